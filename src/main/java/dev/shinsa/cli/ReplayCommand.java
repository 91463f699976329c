package dev.shinsa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetException;
import dev.shinsa.engine.RuleSetLoader;
import dev.shinsa.replay.Replay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: re-screens logged decisions or transaction files under the rules in force and a
 * candidate rules folder, and prints what would change.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-screen transactions under the current rules and a candidate rules folder and report which "
                + "outcomes and reason codes would change.")
public class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--candidate"}, required = true, description = "the candidate rules folder (the change under review)")
    Path candidate;

    @Option(names = {"-r", "--rules"}, description = "the baseline rules folder (default: $SHINSA_RULES_DIR, else rules)")
    Path rules;

    @Option(names = "--json", description = "print the report as JSON (the same shape as POST /api/v1/rules/replay)")
    boolean json;

    @Option(names = "--fail-on-change", description = "exit 1 when any outcome changes (to guard a pull request that must not change outcomes)")
    boolean failOnChange;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "decision logs (.jsonl files or the decisions folder), transaction files (.json: one transaction "
                    + "or {\"transactions\": [...]}), or folders of them, e.g. decisions/ or rules/examples/")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path base = rules != null ? rules : Path.of(ShinsaCommand.defaultRulesDir());
        RuleSet baseline = load(out, "baseline", base);
        RuleSet cand = load(out, "candidate", candidate);
        if (baseline == null || cand == null) {
            return 2;
        }
        Replay.Report report;
        // Sources are streamed, a decision-log line at a time: a log of any size replays in bounded memory.
        try (java.util.stream.Stream<Replay.Input> inputs = sources.stream().flatMap(Replay::stream)) {
            report = Replay.run(inputs, baseline, cand, Clock.systemUTC());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            out.println("cannot read: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            print(out, report, base);
        }
        return failOnChange && report.summary().outcomeChanged() > 0 ? 1 : 0;
    }

    private static RuleSet load(PrintWriter out, String which, Path dir) {
        try {
            return RuleSetLoader.load(dir);
        } catch (RuleSetException e) {
            out.println("the " + which + " rules in " + dir + " do not build (" + e.problems().size() + " problem(s)):");
            e.problems().forEach(p -> out.println("  " + p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            return null;
        }
    }

    private void print(PrintWriter out, Replay.Report r, Path base) {
        Replay.Summary s = r.summary();
        out.printf("Replay of %d transaction(s)%n  baseline  %s (%s) from %s%n  candidate %s (%s) from %s%n",
                s.screened(), r.baselineVersion(), r.baselineRevision(), base, r.candidateVersion(), r.candidateRevision(), candidate);
        out.printf("%d unchanged, %d changed (%d with a new outcome, %d in their reasons only), %d invalid under both%n",
                s.unchanged(), s.changed(), s.outcomeChanged(), s.reasonsOnlyChanged(), s.invalidUnderBoth());
        s.outcomeTransitions().forEach((t, n) -> out.printf("  %-70s %d%n", t, n));
        for (Replay.Change c : r.changes()) {
            out.printf("%n%s%s%s%n", c.ref(), c.transactionId() == null ? "" : "  " + c.transactionId(),
                    c.asOf() == null ? "" : "  asOf " + c.asOf());
            if (c.outcomeChanged()) {
                out.printf("  outcome  %s -> %s%n", show(c.baseline()), show(c.candidate()));
            }
            if (!c.reasonsAdded().isEmpty()) {
                out.println("  reasons  + " + String.join(", ", c.reasonsAdded()));
            }
            if (!c.reasonsRemoved().isEmpty()) {
                out.println("  reasons  - " + String.join(", ", c.reasonsRemoved()));
            }
            for (Replay.Answer a : List.of(c.baseline(), c.candidate())) {
                if (a.error() != null) {
                    out.println("  invalid under " + (a == c.baseline() ? "baseline" : "candidate") + ": " + a.error());
                }
            }
        }
    }

    private static String show(Replay.Answer a) {
        return a.error() != null ? "INVALID" : a.outcome();
    }
}
