package dev.shinsa.cli;

import dev.shinsa.cases.Coverage;
import dev.shinsa.cases.RuleCase;
import dev.shinsa.cases.RuleCases;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetException;
import dev.shinsa.engine.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check}: builds the rule set from the rules folder (DRL, metadata, parameters, data), runs
 * every YAML case, and prints the failures and a coverage table. Exit status 0 only when all of it
 * is right, so it can guard a pull request.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules, check metadata and data files, run every *_test.yaml case and print coverage. "
                + "Exit 0 when all is well, 1 otherwise.")
public class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--rules"}, description = "the rules folder (default: $SHINSA_RULES_DIR, else rules)")
    Path rules;

    @Option(names = "--only", paramLabel = "STEM", description = "run only the case files whose path contains STEM "
            + "after a slash (e.g. listed-shares); the coverage check is then skipped")
    String only;

    @Option(names = {"-v", "--verbose"}, description = "list every case that fires each rule, and every case that passed")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = rules != null ? rules : Path.of(ShinsaCommand.defaultRulesDir());
        if (!Files.isDirectory(dir)) {
            out.println("FAILED: no rules folder at " + dir.toAbsolutePath().normalize());
            return 1;
        }
        RuleSet ruleSet;
        long start = System.nanoTime();
        try {
            ruleSet = RuleSetLoader.load(dir);
        } catch (RuleSetException e) {
            out.println("FAILED: the rule set does not build (" + e.problems().size() + " problem(s)):");
            e.problems().forEach(p -> out.println("  " + p.file() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
            return 1;
        }
        out.printf("Rule set %s (%s) from %s: %d rules, built in %d ms%n", ruleSet.version(), ruleSet.revision(),
                dir, ruleSet.rules().size(), (System.nanoTime() - start) / 1_000_000);

        List<Path> files = RuleCases.files(dir, only);
        if (files.isEmpty()) {
            out.println("FAILED: no *_test.yaml case files under " + dir + (only == null ? "" : " matching " + only));
            return 1;
        }
        List<RuleCases.Result> results = new ArrayList<>();
        for (Path f : files) {
            for (RuleCase c : RuleCases.load(dir, f)) {
                results.add(RuleCases.run(c, ruleSet));
            }
        }
        List<RuleCases.Result> failed = results.stream().filter(r -> !r.passed()).toList();
        out.printf("Cases: %d in %d files, %d passed, %d failed%n", results.size(), files.size(),
                results.size() - failed.size(), failed.size());
        if (verbose) {
            results.stream().filter(RuleCases.Result::passed)
                    .forEach(r -> out.println("  ok   " + r.ruleCase().file() + ": " + r.ruleCase().name()));
        }
        for (RuleCases.Result r : failed) {
            out.println("  FAIL " + r.failure().replace("\n", "\n       "));
        }
        boolean ok = failed.isEmpty();
        if (only == null || only.isBlank()) {
            Coverage coverage = Coverage.of(ruleSet, results);
            printCoverage(out, coverage);
            ok &= coverage.complete();
        } else {
            out.println("Coverage: not checked (--only " + only + ")");
        }
        out.println(ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    private void printCoverage(PrintWriter out, Coverage coverage) {
        int width = coverage.rows().stream().mapToInt(r -> r.rule().code().length()).max().orElse(10);
        out.println();
        out.printf("Coverage: which cases make each rule fire (own file: firing/all cases)%n");
        out.printf("  %-" + width + "s  %-8s %-9s %s%n", "RULE", "OWN FILE", "ALL CASES", "CASES THAT FIRE IT");
        for (Coverage.Row row : coverage.rows()) {
            String flag = row.neverFired() ? "  <- never fired" : row.lacksOwnCases() ? "  <- needs a firing and a non-firing case in " + row.caseFile() : "";
            List<String> names = row.firingCases();
            String shown = verbose || names.size() <= 2 ? String.join("; ", names)
                    : String.join("; ", names.subList(0, 2)) + "; and " + (names.size() - 2) + " more";
            out.printf("  %-" + width + "s  %-8s %-9d %s%s%n", row.rule().code(), row.ownFiring() + "/" + row.ownCases(),
                    names.size(), shown, flag);
        }
        List<Coverage.Row> never = coverage.neverFired();
        List<Coverage.Row> lacking = coverage.lackingOwnCases();
        out.println(never.isEmpty() ? "Every rule fires in some case." : never.size() + " rule(s) never fired: "
                + never.stream().map(r -> r.rule().source()).toList());
        out.println(lacking.isEmpty() ? "Every rule has a firing and a non-firing case beside it."
                : lacking.size() + " rule(s) lack a firing or a non-firing case in their own file: "
                + lacking.stream().map(r -> r.rule().code() + " (" + r.caseFile() + ")").toList());
    }
}
