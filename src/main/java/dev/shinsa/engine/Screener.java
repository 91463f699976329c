package dev.shinsa.engine;

import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.ForeignInvestor;
import dev.shinsa.domain.NotForeignInvestor;
import dev.shinsa.domain.Party;
import dev.shinsa.domain.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs one rule set over one transaction: inserts the facts, runs the phases in order, and lets
 * a rule fire only when the transaction date falls within its {@code @effectiveFrom} ..
 * {@code @effectiveTo} (so the law in force on {@code asOf} applies, never the server clock).
 * Thread-safe: each call takes its own session from the rule set's pool, and gives it back empty.
 */
public final class Screener {
    /** A rule set that fires this often for one transaction is looping. */
    static final int FIRE_LIMIT = 10_000;
    /** The DRL global through which rules read the legal numbers in force on {@code asOf}. */
    static final String PARAMS = "params";

    private Screener() {
    }

    public static Evaluation evaluate(RuleSet ruleSet, Transaction tx) {
        Reasons reasons = new Reasons(ruleSet.byCode());
        List<String> fired = new ArrayList<>();
        KieSession session = ruleSet.sessions().acquire();
        boolean done = false;
        try {
            session.setGlobal("reasons", reasons);
            // Set before any fact goes in, so no condition can see it unset.
            if (((InternalKnowledgeBase) ruleSet.kieBase()).getGlobals().containsKey(PARAMS)) {
                // A global, not a fact: a fact joined by most rules cost a join node in each of them.
                session.setGlobal(PARAMS, new Params(ruleSet.parameters(), tx.getAsOf(), ruleSet.legalDates()));
            }
            // One fact for the investor, the target, the act and the intentions: a rule matches them in one pattern,
            // with no join between them (RuleSetLoader refuses a pattern on one of the parts).
            session.insert(tx);
            for (Party p : tx.parties()) {
                session.insert(p);
            }
            for (EntityListHit hit : EntityListScreening.hits(ruleSet, tx)) {
                session.insert(hit);
            }
            Phases.focus(session.getAgenda());
            int count = session.fireAllRules(inForceOn(ruleSet, tx.getAsOf(), fired), FIRE_LIMIT);
            if (count >= FIRE_LIMIT) {
                throw new IllegalStateException("the rules fired " + count + " times for one transaction: a rule is looping");
            }
            Party investor = tx.getInvestor().getParty();
            // Unsettled (null) when neither was concluded: the answer asks, or does not turn on it (FOREIGN_STATUS_NOT_NEEDED).
            boolean foreign = !session.getObjects(o -> o instanceof ForeignInvestor f && f.getParty() == investor).isEmpty();
            boolean domestic = !session.getObjects(o -> o instanceof NotForeignInvestor n && n.getParty() == investor).isEmpty();
            Boolean foreignInvestor = foreign ? Boolean.TRUE : domestic ? Boolean.FALSE : null;
            Evaluation e = new Evaluation(foreignInvestor, reasons.reasons(), reasons.missingFields(), reasons.waitingPeriodDays(),
                    reasons.reportDeadlineDays(), reasons.exemptionAvailable(), reasons.exemptionApplied(), List.copyOf(fired),
                    reasons.entityListHits());
            done = true;
            return e;
        } finally {
            ruleSet.sessions().release(session, done);
        }
    }

    private static AgendaFilter inForceOn(RuleSet ruleSet, LocalDate asOf, List<String> fired) {
        return match -> {
            RuleMeta meta = ruleSet.byCode().get(match.getRule().getName());
            boolean accept = meta != null && meta.inForceOn(asOf);
            if (accept) {
                fired.add(meta.code());
            }
            return accept;
        };
    }
}
