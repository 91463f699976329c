package dev.shinsa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.RulesCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule authors' {@code check} command: exit status and what it prints. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    record Run(int status, String out) {
    }

    static Run run(String... args) {
        StringWriter text = new StringWriter();
        int status = ShinsaCommand.execute(new PrintWriter(text, true), args);
        return new Run(status, text.toString());
    }

    private Path copyOfRules() {
        return RulesCopy.of(tmp.resolve("rules"));
    }

    @Test
    void theShippedRulesPassWithACoverageTable() {
        Run r = run("check", "--rules", "rules");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("failed"), r.out());
        assertTrue(r.out().contains(" 0 failed"), r.out());
        assertTrue(r.out().contains("LISTED_THRESHOLD_REACHED"), "the coverage table lists every rule: " + r.out());
        assertTrue(r.out().contains("Every rule fires in some case."), r.out());
        assertTrue(r.out().strip().endsWith("OK"), r.out());
    }

    @Test
    void aBrokenRuleFileFailsWithFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("fefta/listed-shares.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("then", "thenn"));
        Run r = run("check", "--rules", rules.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("does not build"), r.out());
        assertTrue(r.out().matches("(?s).*listed-shares\\.drl:\\d+.*"), r.out());
    }

    @Test
    void aWrongExpectationFailsAndNamesTheCase() throws IOException {
        Path rules = copyOfRules();
        Path cases = rules.resolve("fefta/listed-shares_test.yaml");
        String yaml = Files.readString(cases);
        Files.writeString(cases, yaml.replaceFirst("outcome: PRIOR_NOTIFICATION_REQUIRED", "outcome: NO_FILING_REQUIRED"));
        Run r = run("check", "--rules", rules.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("1 failed"), r.out());
        assertTrue(r.out().contains("FAIL ") && r.out().contains("expected outcome NO_FILING_REQUIRED but got PRIOR_NOTIFICATION_REQUIRED"), r.out());
        assertTrue(r.out().strip().endsWith("FAILED"), r.out());
    }

    @Test
    void aRuleThatNoCaseFiresIsReported() throws IOException {
        Path rules = copyOfRules();
        Path cases = rules.resolve("fefta/joint-voting_test.yaml");
        // Keep only the second case (9.5%, below the threshold): JOINT_VOTING_AGREEMENT_REACHED then fires nowhere.
        String yaml = Files.readString(cases);
        int first = yaml.indexOf("  - name:");
        int second = yaml.indexOf("  - name:", first + 1);
        assertTrue(yaml.substring(second).contains("below the 10% threshold"), yaml);
        Files.writeString(cases, yaml.substring(0, first) + yaml.substring(second));
        Run r = run("check", "--rules", rules.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("1 rule(s) never fired: [rules/fefta/joint-voting.drl#JOINT_VOTING_AGREEMENT_REACHED]"), r.out());
    }

    @Test
    void aMissingFolderIsAClearFailure() {
        Run r = run("check", "--rules", tmp.resolve("nowhere").toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("no rules folder"), r.out());
    }
}
