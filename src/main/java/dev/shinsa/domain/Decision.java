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
        Instant evaluatedAt) {

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
