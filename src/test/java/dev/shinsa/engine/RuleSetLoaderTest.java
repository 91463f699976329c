package dev.shinsa.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shinsa.RulesCopy;
import dev.shinsa.refdata.DataProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules-folder loader: the shipped folder loads, and each kind of mistake a rule author can
 * make is reported with its file, line and a message that says what is wrong. Every test works
 * on its own copy of the shipped {@code rules/} folder and breaks one real file.
 */
class RuleSetLoaderTest {
    private static final String LISTED = "fefta/listed-shares.drl";
    private static final String UNLISTED = "fefta/unlisted-shares.drl";
    private static final String FOREIGN_INVESTOR = "fefta/foreign-investor.drl";
    private static final String PRIOR_NOTIFICATION = "fefta/prior-notification.drl";
    private static final String TIMELINES = "parameters/timelines.yaml";
    private static final String THRESHOLDS = "parameters/thresholds.yaml";
    private static final String INDIRECT = "fefta/indirect-acquisition.drl";

    @TempDir
    Path tmp;

    /** The copy under test, named {@code rules} so that problems read {@code rules/fefta/...}. */
    private Path rules;

    @BeforeEach
    void copyShippedRules() {
        rules = RulesCopy.of(tmp.resolve("rules"));
    }

    // ------------------------------------------------------------------ the shipped folder

    @Test
    void shippedRulesLoadWithCompleteMetadata() throws IOException {
        RuleSet set = RuleSetLoader.load(rules);

        assertFalse(set.rules().isEmpty(), "no rules loaded");
        assertEquals(manifestVersion(), set.version(), "version is the one in ruleset.yaml");
        assertTrue(set.revision().matches("sha256:[0-9a-f]{64}"), "revision: " + set.revision());
        assertEquals(set.rules().size(), set.byCode().size(), "every reason code is one rule");
        for (RuleMeta rule : set.rules()) {
            assertTrue(Phases.ORDER.contains(rule.phase()), rule.code() + " has phase " + rule.phase());
            assertTrue(rule.file().startsWith("rules/") && rule.file().endsWith(".drl"), rule.code() + " in " + rule.file());
            assertTrue(rule.line() > 0, rule.code() + " has line " + rule.line());
            assertFalse(rule.citations().isEmpty(), rule.code() + " has no citation");
            assertTrue(RuleSetLoader.isReasonCode(rule.code()), rule.code());
            String text = read(rule.file().substring("rules/".length()));
            assertEquals(ruleLine(text, rule.code()), rule.line(), rule.code() + " points at its rule header");
        }
    }

    /** Each rule runs in the phase its file declares at the top, or in the one it declares itself (README, "Phases"). */
    @Test
    void eachFileKeepsItsOwnPhase() throws IOException {
        RuleSet set = RuleSetLoader.load(rules);
        java.util.regex.Pattern declared = java.util.regex.Pattern.compile("(?m)^ruleflow-group \"([a-z]+)\"");
        java.util.regex.Pattern own = java.util.regex.Pattern.compile("(?m)^\\s+ruleflow-group \"([a-z]+)\"");
        int ownPhases = 0;
        for (RuleMeta rule : set.rules()) {
            String text = read(rule.file().substring("rules/".length()));
            java.util.regex.Matcher m = declared.matcher(text);
            assertTrue(m.find(), rule.file() + " declares no phase");
            String header = text.substring(text.indexOf("rule \"" + rule.code() + "\""));
            header = header.substring(0, header.indexOf("\nwhen"));
            java.util.regex.Matcher mine = own.matcher(header);
            String expected = mine.find() ? mine.group(1) : m.group(1);
            ownPhases += expected.equals(m.group(1)) ? 0 : 1;
            assertEquals(expected, rule.phase(), rule.source());
        }
        assertTrue(ownPhases > 0, "no shipped rule runs in a phase of its own: INDIRECT_ACQUISITION_NO_EXEMPTION should (exemption)");
    }

    @Test
    void missingRulesFolderIsReported() {
        List<DataProblem> problems = problems(tmp.resolve("no-such-folder"));
        DataProblem p = single(problems);
        assertTrue(p.message().contains("does not exist"), p.message());
    }

    // ------------------------------------------------------------------ DRL compilation

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        String text = replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED", "\nthen\n", "\n");
        // Without `then` the actions read as more conditions; the parser gives up at the rule's `end`.
        int header = ruleLine(text, "LISTED_THRESHOLD_REACHED");
        int end = endLine(text, header);

        DataProblem p = single(problems(rules));
        assertEquals("rules/" + LISTED, p.file());
        assertEquals(end, p.line(), p.toString());
        assertTrue(p.message().contains("LISTED_THRESHOLD_REACHED"), p.message());
        assertTrue(p.message().contains("'end'"), p.message());
    }

    /** A typo in a file whose functions other files use: the parse error, and one line for what follows from it. */
    @Test
    void aFileThatDoesNotParseIsReportedWithoutTheErrorsItCausesElsewhere() throws IOException {
        replaceInRule("fefta/consents.drl", "CONSENT_DIRECTOR_OR_BUSINESS_TRANSFER", "\nthen\n", "\nthn\n");

        List<DataProblem> problems = problems(rules);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("rules/fefta/consents.drl", problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("[ERR"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("follow from rules/fefta/consents.drl"), problems.get(1).message());
    }

    @Test
    void unknownFactFieldNamesFileAndConstraintLine() throws IOException {
        String text = replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED", "target.listed, target.designated,", "target.listed, target.desginated,");
        int line = lineOf(text, "target.desginated");

        DataProblem p = single(problems(rules));
        assertEquals("rules/" + LISTED, p.file());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains("desginated"), p.message());
    }

    // ------------------------------------------------------------------ rule metadata

    @Test
    void ruleWithoutCitationNamesRuleFileAndLine() throws IOException {
        String text = replaceInRule(LISTED, "LISTED_NON_DESIGNATED",
                "    @citation(\"FEFTA | Art. 27(1); Art. 55-5(1) | https://laws.e-gov.go.jp/law/324AC0000000228 | S\")\n", "");

        DataProblem p = onlyProblemAt(LISTED, text, "LISTED_NON_DESIGNATED");
        assertTrue(p.message().startsWith("rule LISTED_NON_DESIGNATED:"), p.message());
        assertTrue(p.message().contains("@citation(\"instrument | provision | url | marker\") is missing"), p.message());
    }

    @Test
    void unquotedDateAsksForQuotedDate() throws IOException {
        String text = replaceInRule(UNLISTED, "SPECIFIED_ACQUISITION_SECTOR",
                "@effectiveFrom(\"2017-10-01\")", "@effectiveFrom(2017-10-01)");

        DataProblem p = onlyProblemAt(UNLISTED, text, "SPECIFIED_ACQUISITION_SECTOR");
        assertTrue(p.message().contains("SPECIFIED_ACQUISITION_SECTOR"), p.message());
        assertTrue(p.message().contains("@effectiveFrom must be a quoted date \"YYYY-MM-DD\""), p.message());
        assertTrue(p.message().contains("unquoted date is read as a subtraction"), p.message());
    }

    @Test
    void theDayBeforeANamedDateMovesWithIt() throws IOException {
        RuleMeta note = RuleSetLoader.load(rules).byCode().get("INDIRECT_ACQUISITION_NOT_YET_IN_FORCE");
        assertEquals(java.time.LocalDate.parse("2027-01-03"), note.effectiveTo(), "the day before amendment2026MainProvisions (2027-01-04)");

        replaceOnce("ruleset.yaml", "    date: 2027-01-04", "    date: 2027-04-01");
        // Full application comes after entry into force; a lawyer moves both (a rule runs between them).
        replaceOnce("ruleset.yaml", "    date: 2027-02-03", "    date: 2027-05-03");
        RuleSet moved = RuleSetLoader.load(rules);
        assertEquals(java.time.LocalDate.parse("2027-03-31"), moved.byCode().get("INDIRECT_ACQUISITION_NOT_YET_IN_FORCE").effectiveTo());
        assertEquals(java.time.LocalDate.parse("2027-04-01"), moved.byCode().get("INDIRECT_ACQUISITION_DESIGNATED").effectiveFrom());
        assertEquals(java.time.LocalDate.parse("2027-05-02"), moved.byCode().get("INDIRECT_ACQUISITION_TRANSITIONAL_PERIOD").effectiveTo());
    }

    @Test
    void theDayBeforeAnUnknownNameIsReported() throws IOException {
        String text = replaceInRule(INDIRECT, "INDIRECT_ACQUISITION_NOT_YET_IN_FORCE",
                "@effectiveTo(\"day before amendment2026MainProvisions\")", "@effectiveTo(\"day before amendment2026\")");

        DataProblem p = onlyProblemAt(INDIRECT, text, "INDIRECT_ACQUISITION_NOT_YET_IN_FORCE");
        assertTrue(p.message().contains("@effectiveTo must be a quoted date"), p.message());
        assertTrue(p.message().contains("'day before '"), p.message());
    }

    @Test
    void aMessageDateThatIsNotALegalDateIsReported() throws IOException {
        String text = replaceInRule(INDIRECT, "INDIRECT_ACQUISITION_NOT_YET_IN_FORCE",
                "params.legalDate(\"amendment2026MainProvisions\")", "params.legalDate(\"amendment2026\")");

        DataProblem p = onlyProblemAt(INDIRECT, text, "INDIRECT_ACQUISITION_NOT_YET_IN_FORCE");
        assertTrue(p.message().contains("legal date 'amendment2026'"), p.message());
    }

    @Test
    void unknownEffectListsTheAllowedOnes() throws IOException {
        String text = replaceInRule(FOREIGN_INVESTOR, "FOREIGN_INVESTOR_FOREIGN_ENTITY", "@effect(\"NOTE\")", "@effect(\"NOTICE\")");

        DataProblem p = onlyProblemAt(FOREIGN_INVESTOR, text, "FOREIGN_INVESTOR_FOREIGN_ENTITY");
        assertTrue(p.message().contains("FOREIGN_INVESTOR_FOREIGN_ENTITY"), p.message());
        assertTrue(p.message().contains("@effect must be one of [TRIGGER, EXEMPTION, REPORT, FLAG, NOTE], not 'NOTICE'"), p.message());
    }

    @Test
    void unverifiedCitationNeedsReading() throws IOException {
        String text = replaceInRule(PRIOR_NOTIFICATION, "WAITING_PERIOD", "324AC0000000228 | V\",", "324AC0000000228 | U\",");

        DataProblem p = onlyProblemAt(PRIOR_NOTIFICATION, text, "WAITING_PERIOD");
        assertTrue(p.message().contains("WAITING_PERIOD"), p.message());
        assertTrue(p.message().contains("marked U"), p.message());
        assertTrue(p.message().contains("@reading"), p.message());
    }

    @Test
    void unverifiedCitationWithReadingLoads() throws IOException {
        replaceInRule(PRIOR_NOTIFICATION, "WAITING_PERIOD", "324AC0000000228 | V\",", "324AC0000000228 | U\",");
        replaceInRule(PRIOR_NOTIFICATION, "WAITING_PERIOD", "    @effectiveFrom(",
                "    @reading(\"The waiting period runs from acceptance.\")\n    @effectiveFrom(");

        RuleMeta rule = RuleSetLoader.load(rules).byCode().get("WAITING_PERIOD");
        assertEquals("The waiting period runs from acceptance.", rule.reading());
        assertEquals("U", rule.citations().get(0).marker());
    }

    @Test
    void ruleNameMustBeUpperSnake() throws IOException {
        replaceInRule(UNLISTED, "UNLISTED_ACQUISITION_REPORT", "rule \"UNLISTED_ACQUISITION_REPORT\"", "rule \"UnlistedAcquisitionReport\"");
        String text = read(UNLISTED);

        DataProblem p = single(problems(rules));
        assertEquals("rules/" + UNLISTED, p.file());
        assertEquals(lineOf(text, "rule \"UnlistedAcquisitionReport\""), p.line(), p.toString());
        assertTrue(p.message().contains("UPPER_SNAKE, not 'UnlistedAcquisitionReport'"), p.message());
    }

    // ------------------------------------------------------------------ phases

    @Test
    void unknownPhaseIsReported() throws IOException {
        String text = replaceOnce(PRIOR_NOTIFICATION, "ruleflow-group \"report\"", "ruleflow-group \"reporting\"");

        // Every rule of the file is reported, each at its own header; nothing in any other file.
        List<DataProblem> problems = problems(rules);
        for (DataProblem q : problems) {
            assertEquals("rules/" + PRIOR_NOTIFICATION, q.file(), describe(problems));
            assertTrue(q.message().contains("not 'reporting'"), q.message());
        }
        DataProblem p = find(problems, "rules/" + PRIOR_NOTIFICATION, "rule WAITING_PERIOD:");
        assertEquals(ruleLine(text, "WAITING_PERIOD"), p.line(), p.toString());
        assertTrue(p.message().contains("phase"), p.message());
        assertTrue(p.message().contains(Phases.ORDER.toString()), p.message());
        assertTrue(p.message().contains("not 'reporting'"), p.message());
    }

    @Test
    void missingPhaseIsReported() throws IOException {
        replaceOnce(PRIOR_NOTIFICATION, "ruleflow-group \"report\"\n", "");

        List<DataProblem> problems = problems(rules);
        DataProblem p = find(problems, "rules/" + PRIOR_NOTIFICATION, "phase");
        assertTrue(p.message().contains("WAITING_PERIOD"), p.message());
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void undefinedParameterIsNamed() throws IOException {
        String text = replaceInRule(PRIOR_NOTIFICATION, "WAITING_PERIOD",
                "params.text(\"priorNotificationWindowMonths\")", "params.text(\"priorNotificationWindowMonth\")");

        DataProblem p = onlyProblemAt(PRIOR_NOTIFICATION, text, "WAITING_PERIOD");
        assertEquals("WAITING_PERIOD reads parameter 'priorNotificationWindowMonth', which no file in parameters/ defines", p.message());
    }

    @Test
    void aParamsPatternIsRefusedBecauseParamsIsAGlobal() throws IOException {
        String text = replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED",
                "eval( params.reaches( $after, \"listedThresholdPercent\" ) )",
                "$p : Params( reaches( $after, \"listedThresholdPercent\" ) )");

        DataProblem p = find(problems(rules), "rules/" + LISTED, "Params(...) fact");
        assertEquals(ruleLine(text, "LISTED_THRESHOLD_REACHED"), p.line(), p.toString());
        assertTrue(p.message().startsWith("LISTED_THRESHOLD_REACHED matches a Params(...) fact, which is not inserted"), p.message());
    }

    @Test
    void aPatternOnAPartOfTheTransactionIsRefusedBecauseOnlyTheTransactionIsInserted() throws IOException {
        String text = replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED",
                "    eval( params.reaches( $after, \"listedThresholdPercent\" ) )",
                "    Target( listed )\n    not Intentions( boardSeat )\n    eval( params.reaches( $after, \"listedThresholdPercent\" ) )");

        List<DataProblem> found = problems(rules);
        DataProblem target = find(found, "rules/" + LISTED, "Target(...) fact");
        assertEquals(ruleLine(text, "LISTED_THRESHOLD_REACHED"), target.line(), target.toString());
        assertTrue(target.message().startsWith("LISTED_THRESHOLD_REACHED matches a Target(...) fact, which is not inserted: "
                + "match the transaction's target, e.g. Transaction( $t : target, target.listed"), target.message());
        // Found inside a not as well.
        DataProblem intentions = find(found, "rules/" + LISTED, "Intentions(...) fact");
        assertTrue(intentions.message().startsWith("LISTED_THRESHOLD_REACHED matches an Intentions(...) fact"), intentions.message());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void undefinedParameterInConstraintIsNamed() throws IOException {
        replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED",
                "eval( params.reaches( $after, \"listedThresholdPercent\" ) )", "eval( params.reaches( $after, \"listedThresholdPct\" ) )");

        DataProblem p = find(problems(rules), "rules/" + LISTED, "'listedThresholdPct'");
        assertTrue(p.message().startsWith("LISTED_THRESHOLD_REACHED reads parameter"), p.message());
    }

    @Test
    void parameterWithoutValueOnRuleFirstDayIsReported() throws IOException {
        replaceOnce(THRESHOLDS, "    2017-10-01: 10\n    2020-06-07: 1\n", "    2018-01-01: 10\n    2020-06-07: 1\n");
        String text = read(LISTED);

        DataProblem p = find(problems(rules), "rules/" + LISTED, "LISTED_THRESHOLD_REACHED ");
        assertEquals(ruleLine(text, "LISTED_THRESHOLD_REACHED"), p.line(), p.toString());
        assertEquals("LISTED_THRESHOLD_REACHED is in force from 2017-10-01 but parameter 'listedThresholdPercent' "
                + "has no value before 2018-01-01", p.message());
    }

    @Test
    void brokenParameterYamlNamesFileAndLine() throws IOException {
        String text = replaceOnce(TIMELINES, "    provision: Art. 27(3)\n", "    provision: Art. 27(3)\n      stray: indentation\n");
        int line = lineOf(text, "stray: indentation");

        DataProblem p = single(problems(rules));
        assertEquals("rules/" + TIMELINES, p.file());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().startsWith("not valid YAML:"), p.message());
    }

    @Test
    void versionMustBeSemantic() throws IOException {
        replaceOnce("ruleset.yaml", "\nversion: " + manifestVersion() + "\n", "\nversion: 0.1.0-SNAPSHOT\n");

        DataProblem p = single(problems(rules));
        assertEquals("rules/ruleset.yaml", p.file());
        assertEquals("version must be MAJOR.MINOR.PATCH, not '0.1.0-SNAPSHOT'", p.message());
    }

    // ------------------------------------------------------------------ revision

    @Test
    void sameFolderLoadedTwiceHasSameRevision() throws IOException {
        String first = RuleSetLoader.load(rules).revision();
        String second = RuleSetLoader.load(rules).revision();
        assertEquals(first, second);

        Path elsewhere = RulesCopy.of(tmp.resolve("copy").resolve("rules"));
        assertEquals(first, RuleSetLoader.load(elsewhere).revision(), "the revision depends on content, not location");
    }

    @Test
    void changingOneByteOfAnyFileChangesRevision() throws IOException {
        String before = RuleSetLoader.load(rules).revision();
        replaceOnce("data/sectors.yaml", "# Owner: Compliance.", "# Owner: Compliancf.");
        String after = RuleSetLoader.load(rules).revision();
        assertNotEquals(before, after, "a comment in data/sectors.yaml is part of the revision");

        replaceOnce(TIMELINES, "# Owner: Compliance.", "# Owner: Compliancf.");
        assertNotEquals(after, RuleSetLoader.load(rules).revision(), "a comment in a parameters file is part of the revision");
    }

    // ------------------------------------------------------------------ several problems

    @Test
    void severalProblemsAreReportedTogether() throws IOException {
        String drl = replaceInRule(LISTED, "LISTED_THRESHOLD_REACHED", "\nthen\n", "\n");
        String yaml = replaceOnce(TIMELINES, "    provision: Art. 27(3)\n", "    provision: Art. 27(3)\n      stray: indentation\n");

        List<DataProblem> problems = problems(rules);
        assertEquals(2, problems.size(), describe(problems));
        DataProblem syntax = find(problems, "rules/" + LISTED, "LISTED_THRESHOLD_REACHED");
        assertEquals(endLine(drl, ruleLine(drl, "LISTED_THRESHOLD_REACHED")), syntax.line());
        DataProblem data = find(problems, "rules/" + TIMELINES, "not valid YAML");
        assertEquals(lineOf(yaml, "stray: indentation"), data.line());
    }

    @Test
    void metadataProblemsInSeveralFilesAreReportedTogether() throws IOException {
        String drl1 = replaceInRule(PRIOR_NOTIFICATION, "WAITING_PERIOD", "@effect(\"NOTE\")", "@effect(\"NOTICE\")");
        String drl2 = replaceInRule(UNLISTED, "UNLISTED_SECTORS_UNKNOWN", "@effectiveFrom(\"2017-10-01\")", "@effectiveFrom(2017-10-01)");

        List<DataProblem> problems = problems(rules);
        assertEquals(2, problems.size(), describe(problems));
        DataProblem effect = find(problems, "rules/" + PRIOR_NOTIFICATION, "@effect must be one of");
        assertEquals(ruleLine(drl1, "WAITING_PERIOD"), effect.line());
        DataProblem date = find(problems, "rules/" + UNLISTED, "quoted date");
        assertEquals(ruleLine(drl2, "UNLISTED_SECTORS_UNKNOWN"), date.line());
    }

    // ------------------------------------------------------------------ helpers

    private static List<DataProblem> problems(Path dir) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetLoader.load(dir));
        assertFalse(e.problems().isEmpty(), "a RuleSetException without problems");
        return e.problems();
    }

    private static DataProblem single(List<DataProblem> problems) {
        assertEquals(1, problems.size(), "expected exactly one problem:\n" + describe(problems));
        return problems.get(0);
    }

    private static DataProblem find(List<DataProblem> problems, String file, String fragment) {
        return problems.stream()
                .filter(p -> p.file().equals(file) && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no problem in " + file + " mentioning \"" + fragment + "\" among:\n" + describe(problems)));
    }

    private static String describe(List<DataProblem> problems) {
        return problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n  ", "  ", ""));
    }

    private String read(String inside) throws IOException {
        return Files.readString(rules.resolve(inside), UTF_8);
    }

    /** Replaces the one occurrence of {@code from} in a file of the copy; returns the new text. */
    private String replaceOnce(String inside, String from, String to) throws IOException {
        String text = read(inside);
        assertEquals(1, occurrences(text, from), "expected \"" + from + "\" exactly once in " + inside);
        String changed = text.replace(from, to);
        Files.writeString(rules.resolve(inside), changed, UTF_8);
        return changed;
    }

    /** Replaces the one occurrence of {@code from} between a rule's header and its {@code end}. */
    /** The one problem the rules folder has, which must name {@code file} and the line of rule {@code code} in {@code text}. */
    private DataProblem onlyProblemAt(String file, String text, String code) {
        DataProblem p = single(problems(rules));
        assertEquals("rules/" + file, p.file());
        assertEquals(ruleLine(text, code), p.line(), p.toString());
        return p;
    }

    private String replaceInRule(String inside, String code, String from, String to) throws IOException {
        String text = read(inside);
        Matcher header = Pattern.compile("(?m)^rule \"" + Pattern.quote(code) + "\"").matcher(text);
        assertTrue(header.find(), "rule " + code + " not found in " + inside);
        Matcher end = Pattern.compile("(?m)^end$").matcher(text);
        assertTrue(end.find(header.end()), "rule " + code + " has no end in " + inside);
        String body = text.substring(header.start(), end.end());
        assertEquals(1, occurrences(body, from), "expected \"" + from + "\" exactly once in rule " + code);
        String changed = text.substring(0, header.start()) + body.replace(from, to) + text.substring(end.end());
        Files.writeString(rules.resolve(inside), changed, UTF_8);
        return changed;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** 1-based number of the one line containing {@code fragment}. */
    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                assertEquals(0, found, "\"" + fragment + "\" is on more than one line");
                found = i + 1;
            }
        }
        assertTrue(found > 0, "\"" + fragment + "\" not found");
        return found;
    }

    private static int ruleLine(String text, String code) {
        return lineOf(text, "rule \"" + code + "\"");
    }

    /** 1-based number of the first {@code end} line after the given line. */
    private static int endLine(String text, int after) {
        String[] lines = text.split("\n", -1);
        for (int i = after; i < lines.length; i++) {
            if (lines[i].trim().equals("end")) {
                return i + 1;
            }
        }
        return fail("no end after line " + after);
    }

    private String manifestVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^version:\\s*(\\S+)\\s*$").matcher(read("ruleset.yaml"));
        assertTrue(m.find(), "ruleset.yaml has no version line");
        return m.group(1);
    }
}
