package dev.shinsa.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shinsa.engine.RuleMeta;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        Set<String> fired = new TreeSet<>();
        java.util.Map<String, List<Set<String>>> firedByFile = new java.util.concurrent.ConcurrentHashMap<>();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            List<RuleCase> cases = RuleCases.load(RULES, file);
            // Flat, not nested in containers: Maven Surefire reports nested dynamic tests poorly.
            for (RuleCase c : cases) {
                nodes.add(DynamicTest.dynamicTest(c.displayName(), () -> {
                    RuleCases.Result r = RuleCases.run(c, ruleSet);
                    fired.addAll(r.fired());
                    firedByFile.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(Set.copyOf(r.fired()));
                    if (!r.passed()) {
                        fail(r.failure());
                    }
                }));
            }
        }
        if (only == null || only.isBlank()) {
            nodes.add(DynamicTest.dynamicTest("every rule fires in at least one case", () -> {
                List<String> never = ruleSet.rules().stream().map(RuleMeta::source)
                        .filter(s -> !fired.contains(s.substring(s.indexOf('#') + 1))).toList();
                assertTrue(never.isEmpty(), "rules that no case makes fire (write a case for each): " + never);
            }));
        }
        if (only == null || only.isBlank()) {
            nodes.add(DynamicTest.dynamicTest("every rule has a case beside it that makes it fire and one that does not", () -> {
                List<String> lacking = new ArrayList<>();
                for (RuleMeta rule : ruleSet.rules()) {
                    String caseFile = rule.file().replaceFirst("\\.drl$", "_test.yaml");
                    List<Set<String>> cases = firedByFile.getOrDefault(caseFile, List.of());
                    long firing = cases.stream().filter(f -> f.contains(rule.code())).count();
                    if (firing == 0 || firing == cases.size()) {
                        lacking.add(rule.code() + " in " + caseFile + " (" + firing + " of " + cases.size() + " cases fire it)");
                    }
                }
                assertTrue(lacking.isEmpty(), "write the missing case beside each rule: " + lacking);
            }));
        }
        return nodes.stream();
    }
}
