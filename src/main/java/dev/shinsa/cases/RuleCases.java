package dev.shinsa.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Reason;
import dev.shinsa.domain.Transaction;
import dev.shinsa.engine.Evaluation;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.Screener;
import dev.shinsa.refdata.RefDataLoader;
import dev.shinsa.refdata.RulesFolder;
import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.ScreeningService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds and runs the rule authors' YAML cases ({@code rules/**}{@code /*_test.yaml}). A case
 * names its investor, target and intentions either inline or by a key in {@code rules/testdata/investors.yaml},
 * {@code targets.yaml} and {@code intentions.yaml}; it goes through the same validation as an API request.
 */
public final class RuleCases {
    private static final Set<String> CASE_FIELDS = Set.of("name", "asOf", "transactionId", "investor", "target", "act",
            "exemption", "intentions", "transaction", "expect");
    private static final Set<String> EXPECT_FIELDS = Set.of("outcome", "reasons", "missing", "reviewRequired",
            "foreignInvestor", "waitingPeriodDays", "exemption", "postInvestmentReport");

    private RuleCases() {
    }

    /**
     * Case files below the rules folder, in path order; {@code only} keeps files whose path contains
     * it after a slash ({@code listed-shares} and {@code fefta/listed-shares} both name one file).
     */
    public static List<Path> files(Path rulesDir, String only) {
        try (Stream<Path> s = Files.walk(rulesDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith("_test.yaml"))
                    .filter(p -> only == null || only.isBlank()
                            || p.toString().replace('\\', '/').contains("/" + only))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + rulesDir + ": " + e.getMessage(), e);
        }
    }

    public static List<RuleCase> load(Path rulesDir, Path file) {
        Map<String, JsonNode> investors = fixtures(rulesDir.resolve("testdata/investors.yaml"));
        Map<String, JsonNode> targets = fixtures(rulesDir.resolve("testdata/targets.yaml"));
        Map<String, JsonNode> intentions = fixtures(rulesDir.resolve("testdata/intentions.yaml"));
        String shown = RulesFolder.display(rulesDir, file);
        JsonNode root;
        try {
            root = RefDataLoader.YAML.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return List.of(broken(shown + ":" + line, "(file)", "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return List.of(broken(shown, "(file)", "cannot read: " + e.getMessage()));
        }
        String suite = root.path("suite").asText(shown);
        List<RuleCase> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("cases")) {
            out.add(toCase(shown, suite, i++, c, investors, targets, intentions));
        }
        if (out.isEmpty()) {
            out.add(broken(shown, suite, "no cases under 'cases:'"));
        }
        return out;
    }


    private static RuleCase broken(String file, String name, String problem) {
        return new RuleCase(file, file, name, null, null, List.of(), null, null, null, null, null, null, null, problem);
    }

    private static RuleCase toCase(String file, String suite, int index, JsonNode c, Map<String, JsonNode> investors,
                                   Map<String, JsonNode> targets, Map<String, JsonNode> intentions) {
        String name = c.path("name").asText("");
        if (name.isBlank()) {
            return broken(file, "case " + (index + 1), "every case needs a name: a sentence about the law");
        }
        List<String> problems = new ArrayList<>();
        unknownFields(c, CASE_FIELDS, "", problems);
        JsonNode expect = c.path("expect");
        unknownFields(expect, EXPECT_FIELDS, "expect.", problems);
        unknownFields(expect.path("exemption"), Set.of("available", "applied"), "expect.exemption.", problems);
        unknownFields(expect.path("postInvestmentReport"), Set.of("required"), "expect.postInvestmentReport.", problems);
        if (!c.has("asOf")) {
            problems.add("every case pins its asOf date");
        }
        if (expect.path("outcome").asText("").isBlank() || !expect.path("reasons").isArray()) {
            problems.add("expect needs an outcome and the exact list of reasons");
        }
        ObjectNode tx;
        if (c.has("transaction")) {
            tx = c.get("transaction").deepCopy();
        } else {
            tx = JsonNodeFactory.instance.objectNode();
            copy(c, tx, "transactionId");
            tx.set("investor", fixture(c.get("investor"), investors, "investor", problems));
            tx.set("target", fixture(c.get("target"), targets, "target", problems));
            copy(c, tx, "act");
            copy(c, tx, "exemption");
            if (c.has("intentions")) {
                tx.set("intentions", fixture(c.get("intentions"), intentions, "intention", problems));
            }
        }
        if (c.has("asOf")) {
            tx.put("asOf", c.get("asOf").asText());
        }
        return new RuleCase(file, suite, name, tx, expect.path("outcome").asText(null), strings(expect.get("reasons")),
                expect.has("missing") ? strings(expect.get("missing")) : null,
                expect.has("reviewRequired") ? expect.get("reviewRequired").asBoolean() : null,
                expect.has("foreignInvestor") ? expect.get("foreignInvestor").asBoolean() : null,
                expect.has("waitingPeriodDays") ? expect.get("waitingPeriodDays").asInt() : null,
                flag(expect.path("exemption"), "available"), flag(expect.path("exemption"), "applied"),
                flag(expect.path("postInvestmentReport"), "required"),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static Boolean flag(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asBoolean() : null;
    }

    private static void unknownFields(JsonNode n, Set<String> allowed, String prefix, List<String> problems) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add("unknown field '" + prefix + f + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    private static JsonNode fixture(JsonNode ref, Map<String, JsonNode> fixtures, String what, List<String> problems) {
        if (ref == null || ref.isNull()) {
            problems.add("the case names no " + what);
            return null;
        }
        if (ref.isTextual()) {
            JsonNode f = fixtures.get(ref.asText());
            if (f == null) {
                problems.add("no " + what + " '" + ref.asText() + "' in rules/testdata/" + what + "s.yaml (known: " + new TreeSet<>(fixtures.keySet()) + ")");
            }
            return f == null ? null : f.deepCopy();
        }
        return ref.deepCopy();
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field).deepCopy());
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Map<String, JsonNode> fixtures(Path file) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            JsonNode root = RefDataLoader.YAML.readTree(Files.readString(file));
            root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return out;
    }

    /** The result of one case: null failure means it passed. */
    private static void expectFlag(List<String> wrong, String field, Boolean expected, boolean actual) {
        if (expected != null && expected != actual) {
            wrong.add("expected " + field + " " + expected + " but got " + actual);
        }
    }

    public record Result(RuleCase ruleCase, List<String> fired, String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    public static Result run(RuleCase c, RuleSet ruleSet) {
        if (c.problem() != null) {
            return new Result(c, List.of(), c.file() + ": " + c.name() + ": " + c.problem());
        }
        ScreeningService service = new ScreeningService(Clock.systemUTC());
        Transaction tx;
        try {
            tx = service.toTransaction(c.transaction(), ruleSet);
        } catch (InvalidTransactionException e) {
            return new Result(c, List.of(), c.file() + ": " + c.name() + ": the case's transaction is invalid: "
                    + e.getMessage() + " " + e.errors());
        }
        Evaluation e = Screener.evaluate(ruleSet, tx);
        Decision d = service.decide(tx, e, ruleSet);
        List<String> wrong = new ArrayList<>();
        Set<String> expected = new TreeSet<>(c.reasons());
        Set<String> actual = d.reasons().stream().map(Reason::code).collect(Collectors.toCollection(TreeSet::new));
        if (!expected.equals(actual)) {
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            Set<String> absent = new TreeSet<>(expected);
            absent.removeAll(actual);
            wrong.add("expected reasons " + expected + " but got " + actual
                    + (extra.isEmpty() ? "" : "; unexpected " + extra) + (absent.isEmpty() ? "" : "; missing " + absent));
        }
        if (!c.outcome().equals(d.outcome().name())) {
            wrong.add("expected outcome " + c.outcome() + " but got " + d.outcome());
        }
        if (c.missing() != null && !new TreeSet<>(c.missing()).equals(new TreeSet<>(d.missing()))) {
            wrong.add("expected missing " + c.missing() + " but got " + d.missing());
        }
        if (c.reviewRequired() != null && c.reviewRequired() != d.reviewRequired()) {
            wrong.add("expected reviewRequired " + c.reviewRequired() + " but got " + d.reviewRequired());
        }
        if (c.foreignInvestor() != null && !c.foreignInvestor().equals(d.foreignInvestor())) {
            wrong.add("expected foreignInvestor " + c.foreignInvestor() + " but got " + d.foreignInvestor());
        }
        if (c.waitingPeriodDays() != null && !c.waitingPeriodDays().equals(d.waitingPeriodDays())) {
            wrong.add("expected waitingPeriodDays " + c.waitingPeriodDays() + " but got " + d.waitingPeriodDays());
        }
        expectFlag(wrong, "exemption.available", c.exemptionAvailable(), d.exemption().available());
        expectFlag(wrong, "exemption.applied", c.exemptionApplied(), d.exemption().applied());
        expectFlag(wrong, "postInvestmentReport.required", c.postInvestmentReportRequired(), d.postInvestmentReport().required());
        for (Reason r : d.reasons()) {
            if (r.message().contains("{")) {
                wrong.add(r.code() + " left a placeholder unfilled in its message: " + r.message());
            }
        }
        if (wrong.isEmpty()) {
            return new Result(c, e.firedRules(), null);
        }
        StringBuilder sb = new StringBuilder(c.file()).append(": ").append(c.name()).append("\n  ")
                .append(String.join("\n  ", wrong)).append("\n  reasons given:");
        for (Reason r : d.reasons()) {
            sb.append("\n    ").append(r.code()).append(" (").append(r.effect()).append(") ").append(r.facts());
        }
        return new Result(c, e.firedRules(), sb.toString());
    }
}
