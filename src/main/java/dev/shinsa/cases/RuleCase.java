package dev.shinsa.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One rule-author test case from a {@code *_test.yaml} file: a sentence-named transaction and
 * what the law says of it. {@code reasons} is the exact set of reason codes expected; an extra
 * or a missing code fails the case. Optional expectations are null when not stated.
 */
public record RuleCase(String file, String suite, String name, JsonNode transaction, String outcome,
                       List<String> reasons, List<String> missing, Boolean reviewRequired,
                       Boolean foreignInvestor, Integer waitingPeriodDays, Boolean exemptionAvailable,
                       Boolean exemptionApplied, Boolean postInvestmentReportRequired, String problem) {

    public String displayName() {
        return name;
    }
}
