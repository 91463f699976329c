package dev.shinsa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.cases.RuleCase;
import dev.shinsa.cases.RuleCases;
import dev.shinsa.domain.Transaction;
import dev.shinsa.fuzz.FuzzRun;
import dev.shinsa.fuzz.TransactionGen;
import dev.shinsa.refdata.Sector;
import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.ScreeningService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * A pooled session is emptied and reused, not reset (see {@link SessionPool}): nothing of one
 * screening may leak into the next. Every case transaction beside the shipped rules, and random
 * well-formed transactions, are screened in shuffled order through one reused session, and each
 * answer must equal the answer of a new session.
 */
class SessionReuseTest {
    private static final FuzzRun RUN = FuzzRun.fromSystemProperties();
    private static RuleSet reusing;
    private static RuleSet fresh;
    private static final List<Transaction> transactions = new ArrayList<>();

    @BeforeAll
    static void load() {
        Path rules = Path.of("rules");
        reusing = RuleSetLoader.load(rules);
        // The same rule base, with a pool that keeps no session: every screening gets a new one.
        fresh = withPool(reusing, new SessionPool(reusing.kieBase(), 0));
        ScreeningService service = new ScreeningService(Clock.systemUTC());
        for (Path file : RuleCases.files(rules, null)) {
            for (RuleCase c : RuleCases.load(rules, file)) {
                try {
                    transactions.add(service.toTransaction(c.transaction(), reusing));
                } catch (InvalidTransactionException e) {
                    // a case of a refused request: no screening to compare
                }
            }
        }
        TransactionGen gen = new TransactionGen(RUN.random("SessionReuseTest"),
                reusing.sectors().all().stream().map(Sector::code).toList());
        for (int i = 0; i < RUN.tries(300); i++) {
            try {
                transactions.add(service.toTransaction(gen.next(), reusing));
            } catch (InvalidTransactionException e) {
                // the generator's transactions are well formed; ScreeningFuzzTest checks that
            }
        }
    }

    private static RuleSet withPool(RuleSet r, SessionPool pool) {
        return new RuleSet(r.version(), r.revision(), r.loadedAt(), r.rulesDir(), r.coverageFrom(), r.kieBase(), pool,
                r.rules(), r.byCode(), r.parameters(), r.sectors(), r.countries(), r.listedCompanies(), r.legalDates(),
                r.entityLists());
    }

    @Test
    void aReusedSessionAnswersAsANewOne() {
        assertTrue(transactions.size() > 300, "too few transactions to compare: " + transactions.size());
        List<String> expected = new ArrayList<>();
        for (Transaction tx : transactions) {
            expected.add(canonical(Screener.evaluate(fresh, tx)));
        }
        assertEquals(0, fresh.sessions().idleCount(), "the comparison pool kept a session");
        Random rnd = RUN.random("SessionReuseTest#order");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            order.add(i);
        }
        // A pool of its own, so that what other tests leave in the shared one does not count here.
        RuleSet oneThread = withPool(reusing, new SessionPool(reusing.kieBase(), 16));
        List<String> differ = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(order, rnd);
            for (int i : order) {
                String got = canonical(Screener.evaluate(oneThread, transactions.get(i)));
                if (!got.equals(expected.get(i))) {
                    differ.add("transaction " + i + " (round " + round + "): " + got + "\n  instead of " + expected.get(i));
                }
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(5, differ.size())), differ.size() + " answers differ");
        // One thread, so one session served every screening: it was kept, emptied, each time.
        assertEquals(1, oneThread.sessions().idleCount());
    }

    @Test
    void sessionsSharedByThreadsAnswerAsNewOnes() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Transaction tx : transactions) {
            expected.add(canonical(Screener.evaluate(fresh, tx)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> differ = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < transactions.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, RUN.random("SessionReuseTest#thread" + t));
                differ.add(threads.submit(() -> {
                    int n = 0;
                    for (int i : order) {
                        if (!canonical(Screener.evaluate(reusing, transactions.get(i))).equals(expected.get(i))) {
                            n++;
                        }
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : differ) {
                assertEquals(0, f.get(5, TimeUnit.MINUTES), "answers of a thread differ from a new session's");
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(reusing.sessions().idleCount() >= 1, "no session was kept for reuse");
    }

    /** The whole answer, with each entity-list hit (a new object in every screening) written out by value. */
    private static String canonical(Evaluation e) {
        List<String> hits = e.entityListHits().stream().map(h -> h.getScreenedName() + "|" + h.getList() + "|" + h.getEntry()
                + "|" + h.getMatchedName() + "|" + h.getScore() + "|" + h.isCountryMatches()).toList();
        return new Evaluation(e.foreignInvestor(), e.reasons(), e.missing(), e.waitingPeriodDays(), e.reportDeadlineDays(),
                e.exemptionAvailable(), e.exemptionApplied(), e.firedRules(), List.of()) + " hits " + hits;
    }

    @Test
    void aSessionThatFailedIsNotReused() {
        SessionPool pool = new SessionPool(reusing.kieBase(), 4);
        KieSession s = pool.acquire();
        s.insert(transactions.get(0));
        pool.release(s, false);
        assertEquals(0, pool.idleCount(), "a session that failed is disposed of");
        KieSession t = pool.acquire();
        assertNotSame(s, t);
        t.insert(transactions.get(0));
        t.insert(transactions.get(0).getInvestor().getParty());
        pool.release(t, true);
        assertEquals(1, pool.idleCount());
        KieSession u = pool.acquire();
        assertSame(t, u, "a released session is reused");
        assertEquals(0, u.getFactCount(), "a released session is empty");
    }
}
