package dev.shinsa.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule author's YAML case under {@code rules/} as a named test (the case's sentence),
 * then checks that every rule fired in at least one case. {@code -Drules.only=listed-shares}
 * runs the case files whose path contains that text (and skips the coverage check).
 */
class RuleCasesTest {
    private static final Path RULES = Path.of(System.getProperty("shinsa.rules.dir", "rules"));

    @TestFactory
    Stream<DynamicNode> ruleCases() {
        String only = System.getProperty("rules.only");
        RuleSet ruleSet = RuleSetLoader.load(RULES);
        List<Path> files = RuleCases.files(RULES, only);
        assertFalse(files.isEmpty(), "no *_test.yaml case files found under " + RULES.toAbsolutePath()
                + (only == null ? "" : " matching -Drules.only=" + only));
        List<RuleCases.Result> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            List<RuleCase> cases = RuleCases.load(RULES, file);
            // Flat, not nested in containers: Maven Surefire reports nested dynamic tests poorly.
            for (RuleCase c : cases) {
                nodes.add(DynamicTest.dynamicTest(c.displayName(), () -> {
                    RuleCases.Result r = RuleCases.run(c, ruleSet);
                    results.add(r);
                    if (!r.passed()) {
                        fail(r.failure());
                    }
                }));
            }
        }
        if (only == null || only.isBlank()) {
            nodes.add(DynamicTest.dynamicTest("every rule fires in at least one case", () -> {
                List<String> never = Coverage.of(ruleSet, results).neverFired().stream().map(r -> r.rule().source()).toList();
                assertTrue(never.isEmpty(), "rules that no case makes fire (write a case for each): " + never);
            }));
            nodes.add(DynamicTest.dynamicTest("every rule has a case beside it that makes it fire and one that does not", () -> {
                List<String> lacking = Coverage.of(ruleSet, results).lackingOwnCases().stream()
                        .map(r -> r.rule().code() + " in " + r.caseFile() + " (" + r.ownFiring() + " of " + r.ownCases() + " cases fire it)")
                        .toList();
                assertTrue(lacking.isEmpty(), "write the missing case beside each rule: " + lacking);
            }));
        }
        return nodes.stream();
    }
}
