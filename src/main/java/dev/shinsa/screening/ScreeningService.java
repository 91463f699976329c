package dev.shinsa.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Effect;
import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.Outcome;
import dev.shinsa.domain.Transaction;
import dev.shinsa.engine.Evaluation;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.Screener;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The use case: a request body in, a decision out. Parse, validate (schema, then domain checks),
 * run the rules in force on the transaction date, and derive the outcome from the reasons.
 * Plain Java, so the HTTP layer, the rule-case runner and the benchmarks share it.
 */
public final class ScreeningService {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // One JSON value per body: text after it (a second transaction, a stray brace) is a 400, never dropped.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Arrays and objects in one another; a transaction with shareholders 10 levels deep needs about 25. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Characters in one number literal. */
    static final int MAX_NUMBER_LENGTH = 100;

    static {
        // Keep numbers as sent (1.0 stays 1.0), so the decision log records the input faithfully.
        JSON.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build());
    }

    private final Clock clock;
    private final boolean evaluateRules;

    public ScreeningService(Clock clock) {
        this(clock, true);
    }

    /**
     * @param evaluateRules false only to measure the cost of the rules: parse, validate and map as usual, then answer
     *                      without running any rule (see {@code shinsa.bench.no-rules})
     */
    public ScreeningService(Clock clock, boolean evaluateRules) {
        this.clock = clock;
        this.evaluateRules = evaluateRules;
    }

    /** Parses a body; malformed JSON is a 400 naming the line and column. */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidTransactionException("malformed_json", "the request body is empty: send a transaction as JSON", List.of());
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new InvalidTransactionException("malformed_json", "the request body is empty: send a transaction as JSON", List.of());
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new InvalidTransactionException("malformed_json", "the body goes past a limit of the JSON parser"
                    + where(e) + " (nesting at most " + MAX_NESTING_DEPTH + " arrays and objects deep, numbers at most "
                    + MAX_NUMBER_LENGTH + " characters): " + detail(e), List.of());
        } catch (JsonProcessingException e) {
            throw new InvalidTransactionException("malformed_json", "the body is not valid JSON" + where(e) + ": " + detail(e), List.of());
        } catch (IOException e) {
            throw new InvalidTransactionException("malformed_json", "the body could not be read: " + e.getMessage(), List.of());
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Jackson's own words, without the source description and the hints at its configuration API. */
    static String detail(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "not valid JSON";
        }
        if (m.startsWith("Trailing token")) {
            return "more follows the first JSON value; send one transaction (or one batch object) per request";
        }
        return m.replaceAll("\\[Source: [^;]*; ", "[").replaceAll(",? ?from `[^`]*`", "")
                .replaceAll(": enable `[A-Za-z.]*Feature\\.[A-Z_]+` to allow", " (not allowed in JSON)")
                .replaceAll("Feature '([A-Z_]+)' not enabled for parser", "not allowed in JSON")
                .replaceAll(" \\(for Object starting at[^)]*\\)", "")
                .replaceAll("`[A-Za-z.]*Feature\\.[A-Z_]+`", "the JSON standard");
    }

    /** Validates a parsed body and turns it into the facts the rules read. */
    public Transaction toTransaction(JsonNode body, RuleSet ruleSet) {
        if (!body.isObject()) {
            throw new InvalidTransactionException("invalid_transaction", "the body must be a JSON object (a transaction)",
                    List.of(new FieldError("body", "is " + body.getNodeType().name().toLowerCase() + ", not an object")));
        }
        List<FieldError> errors = new ArrayList<>(TransactionValidator.validate(body));
        errors.addAll(TransactionMapper.checkAgainstRuleSet(body, ruleSet));
        if (!errors.isEmpty()) {
            errors.addAll(crossFieldErrors(body, ruleSet, errors));
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidTransactionException("invalid_transaction", errors.size() + " problem(s) in the transaction", errors);
        }
        return TransactionMapper.map(body, ruleSet, LocalDate.now(clock.withZone(TransactionMapper.JAPAN)));
    }

    /**
     * The checks between fields (holdings before and after, sums, fields that only one act takes), which the
     * mapping makes, on a body that already failed the schema: so that a caller learns every problem in one
     * answer. Best effort: a value the schema refused may stop the checks of its part (investor, target or act),
     * and a field that already has a problem gets no second one.
     */
    private List<FieldError> crossFieldErrors(JsonNode body, RuleSet ruleSet, List<FieldError> found) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        found.forEach(e -> fields.add(e.field()));
        return TransactionMapper.crossFieldChecks(TransactionValidator.withoutAbsurdNumbers(body), ruleSet,
                LocalDate.now(clock.withZone(TransactionMapper.JAPAN))).stream().filter(x -> !fields.contains(x.field())).toList();
    }

    public Decision screen(JsonNode body, RuleSet ruleSet) {
        Transaction tx = toTransaction(body, ruleSet);
        return decide(tx, evaluateRules ? Screener.evaluate(ruleSet, tx) : Evaluation.NONE, ruleSet);
    }

    public Decision decide(Transaction tx, Evaluation e, RuleSet ruleSet) {
        Outcome outcome;
        if (!e.missing().isEmpty()) {
            outcome = Outcome.INSUFFICIENT_INFORMATION;
        } else if (has(e, Effect.TRIGGER) && !e.exemptionApplied()) {
            outcome = Outcome.PRIOR_NOTIFICATION_REQUIRED;
        } else if (has(e, Effect.REPORT)) {
            outcome = Outcome.POST_INVESTMENT_REPORT_REQUIRED;
        } else {
            outcome = Outcome.NO_FILING_REQUIRED;
        }
        boolean review = outcome == Outcome.PRIOR_NOTIFICATION_REQUIRED || outcome == Outcome.INSUFFICIENT_INFORMATION
                || has(e, Effect.FLAG);
        return new Decision(
                UUID.randomUUID().toString(),
                tx.getTransactionId(),
                tx.getAsOf(),
                outcome,
                review,
                e.foreignInvestor(),
                new Decision.ExemptionStatus(e.exemptionAvailable(), e.exemptionApplied()),
                new Decision.ReportStatus(has(e, Effect.REPORT), has(e, Effect.REPORT) ? e.reportDeadlineDays() : null),
                outcome == Outcome.PRIOR_NOTIFICATION_REQUIRED ? e.waitingPeriodDays() : null,
                e.reasons(),
                e.missing(),
                entityListMatches(e),
                new Decision.RuleSetRef(ruleSet.version(), ruleSet.revision()),
                Instant.now(clock),
                null);
    }

    /** Best score first; among equal scores, entries of the party's own country first. */
    private static List<Decision.EntityListMatch> entityListMatches(Evaluation e) {
        return e.entityListHits().stream()
                .sorted(Comparator.comparing(EntityListHit::getScore).reversed()
                        .thenComparing(h -> !h.isCountryMatches()))
                .map(h -> new Decision.EntityListMatch(h.getList(), h.getListVersion().toString(), h.getEntry(),
                        h.getMatchedName(), h.getScore().doubleValue()))
                .toList();
    }

    private static boolean has(Evaluation e, Effect effect) {
        return e.reasons().stream().anyMatch(r -> r.effect() == effect);
    }
}
