package dev.shinsa.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer for one transaction (API contract, "Decision"). */
public record Decision(
        String decisionId,
        String transactionId,
        LocalDate asOf,
        Outcome outcome,
        boolean reviewRequired,
        Boolean foreignInvestor,
        ExemptionStatus exemption,
        ReportStatus postInvestmentReport,
        Integer waitingPeriodDays,
        List<Reason> reasons,
        List<String> missing,
        List<EntityListMatch> entityListMatches,
        RuleSetRef ruleSet,
        Instant evaluatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) LogStatus decisionLog) {

    /** The same decision with the decision log's answer: written, or why not. */
    public Decision withLog(LogStatus log) {
        return new Decision(decisionId, transactionId, asOf, outcome, reviewRequired, foreignInvestor, exemption,
                postInvestmentReport, waitingPeriodDays, reasons, missing, entityListMatches, ruleSet, evaluatedAt, log);
    }

    /** Whether the decision is in the decision log; when not, why (the caller should keep its own record). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogStatus(boolean logged, String error) {
        public static final LogStatus LOGGED = new LogStatus(true, null);
    }

    public record ExemptionStatus(boolean available, boolean applied) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportStatus(boolean required, Integer deadlineDays) {
    }

    public record EntityListMatch(String list, String listVersion, String entry, String matchedName, double score) {
    }

    public record RuleSetRef(String version, String revision) {
    }
}
