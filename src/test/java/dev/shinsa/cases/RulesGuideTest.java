package dev.shinsa.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shinsa.engine.RuleMeta;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule author's guide lists exactly the reason codes of the shipped rules, each with its effect and file. */
class RulesGuideTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| ([A-Z]+) \\|.*\\| `([^`]+\\.drl)` \\|$", Pattern.MULTILINE);

    @Test
    void theReasonCodeTableMatchesTheRules() throws IOException {
        RuleSet rs = RuleSetLoader.load(Path.of("rules"));
        String guide = Files.readString(Path.of("rules/README.md"));
        Set<String> documented = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        Matcher m = ROW.matcher(guide);
        while (m.find()) {
            documented.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        List<RuleMeta> rules = rs.rules();
        for (RuleMeta r : rules) {
            expected.add(r.code() + " " + r.effect() + " " + r.file().replaceFirst("^rules/", ""));
        }
        assertEquals(expected, documented, "rules/README.md, 'Reason codes': one row per rule, `CODE` | EFFECT | ... | `file.drl`");
    }
}
