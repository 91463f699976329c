package dev.shinsa.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Outcome;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetLoader;
import dev.shinsa.fuzz.BodyFuzzer;
import dev.shinsa.fuzz.FuzzRun;
import dev.shinsa.fuzz.TransactionGen;
import dev.shinsa.refdata.Sector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the screening use case, in process over the shipped rules: whatever the body,
 * the service answers a {@link Decision} or refuses with {@link InvalidTransactionException}
 * (a known code, a message, well-formed field errors), within a few seconds, and a decision can be
 * written as JSON. Anything else (a runtime exception, a hang, an answer Jackson cannot write)
 * would be a 500 over HTTP. Seed and size: see {@link FuzzRun}.
 */
class ScreeningFuzzTest {
    private static final FuzzRun RUN = FuzzRun.fromSystemProperties();
    private static final Set<String> CODES = Set.of("malformed_json", "invalid_transaction");
    private static final ObjectMapper OUT = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final long SECONDS_PER_INPUT = 10;
    private static RuleSet ruleSet;
    private static ExecutorService worker;
    private final ScreeningService service = new ScreeningService(Clock.systemUTC());

    @BeforeAll
    static void loadRules() {
        ruleSet = RuleSetLoader.load(Path.of("rules"));
        worker = newWorker();
    }

    /** One daemon thread, so an input that hangs is reported (and left behind) instead of blocking the run. */
    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void everyMutatedBodyIsDecidedOrRefusedWithFieldErrors() {
        String name = "ScreeningFuzzTest#everyMutatedBodyIsDecidedOrRefusedWithFieldErrors";
        BodyFuzzer fuzzer = new BodyFuzzer(RUN.random(name));
        Map<String, Integer> seen = run(name, RUN.tries(3000), fuzzer::next);
        assertTrue(seen.getOrDefault("decided", 0) > 0, "no mutated body was decided: the mutations are too coarse " + seen);
        assertTrue(seen.getOrDefault("invalid_transaction", 0) > 0 && seen.getOrDefault("malformed_json", 0) > 0, seen.toString());
    }

    @Test
    void everyWellFormedTransactionIsDecided() {
        String name = "ScreeningFuzzTest#everyWellFormedTransactionIsDecided";
        TransactionGen gen = new TransactionGen(RUN.random(name), ruleSet.sectors().all().stream().map(Sector::code).toList());
        Map<String, Integer> seen = run(name, RUN.tries(1000), () -> {
            byte[] body = BodyFuzzer.write(gen.next());
            return new BodyFuzzer.Input("well-formed transaction", body);
        });
        assertEquals(Set.of("decided"), seen.keySet(), "a well-formed transaction was refused " + seen);
    }

    /**
     * Screens {@code tries} inputs and fails at the end if any broke the property, showing the first
     * few with the seed, the input and the stack trace.
     */
    private Map<String, Integer> run(String name, int tries, Supplier<BodyFuzzer.Input> inputs) {
        System.out.println("fuzz " + RUN.describe(name) + ", " + tries + " inputs");
        Map<String, Integer> seen = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            BodyFuzzer.Input input = inputs.get();
            Future<String> answer = worker.submit(() -> screen(input.body()));
            String what;
            try {
                what = answer.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                what = "!no answer within " + SECONDS_PER_INPUT + " s" + failure(input, null);
            } catch (ExecutionException e) {
                what = "!threw " + failure(input, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (what.startsWith("!")) {
                failures.add("input " + i + ": " + what.substring(1) + (what.contains("\n  ") ? "" : failure(input, null)));
                what = "FAILED";
            }
            seen.merge(what, 1, Integer::sum);
        }
        System.out.printf("fuzz %s: %d inputs in %d ms: %s%n", name, tries, (System.nanoTime() - start) / 1_000_000, seen);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tries + " inputs broke the property in " + RUN.describe(name) + "\n"
                    + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        return seen;
    }

    /** "decided", the refusal code, or "!" and what is wrong with the answer. */
    private String screen(byte[] body) throws Exception {
        try {
            Decision d = service.screen(ScreeningService.parse(body), ruleSet);
            OUT.writeValueAsBytes(d);
            return checkDecision(d);
        } catch (InvalidTransactionException e) {
            if (!CODES.contains(e.code()) || e.getMessage() == null || e.getMessage().isBlank()) {
                return "!refused with code '" + e.code() + "' and message '" + e.getMessage() + "'";
            }
            if (e.code().equals("invalid_transaction") && e.errors().isEmpty()) {
                return "!invalid_transaction without field errors: " + e.getMessage();
            }
            for (FieldError f : e.errors()) {
                if (f == null || f.field() == null || f.field().isBlank() || f.message() == null || f.message().isBlank()) {
                    return "!malformed field error " + f + " in " + e.errors();
                }
            }
            return e.code();
        }
    }

    private static String checkDecision(Decision d) {
        if (d.outcome() == null || d.reasons() == null || d.missing() == null || d.asOf() == null) {
            return "!incomplete decision " + d;
        }
        if ((d.outcome() == Outcome.INSUFFICIENT_INFORMATION) != !d.missing().isEmpty()) {
            return "!outcome " + d.outcome() + " with missing " + d.missing();
        }
        if ((d.outcome() == Outcome.PRIOR_NOTIFICATION_REQUIRED) != (d.waitingPeriodDays() != null)) {
            return "!outcome " + d.outcome() + " with waitingPeriodDays " + d.waitingPeriodDays();
        }
        if (d.outcome() == Outcome.PRIOR_NOTIFICATION_REQUIRED && !d.reviewRequired()) {
            return "!prior notification without reviewRequired";
        }
        if (d.reasons().stream().anyMatch(r -> r.code() == null || r.effect() == null)) {
            return "!a reason without code or effect: " + d.reasons();
        }
        return "decided";
    }

    private static String failure(BodyFuzzer.Input input, Throwable t) {
        StringWriter trace = new StringWriter();
        if (t != null) {
            t.printStackTrace(new PrintWriter(trace));
        }
        return "\n  " + input.show() + (t == null ? "" : "\n" + String.join("\n", trace.toString().lines().limit(25).toList()));
    }
}
