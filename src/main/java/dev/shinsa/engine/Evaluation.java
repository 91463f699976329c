package dev.shinsa.engine;

import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.Reason;
import java.util.List;

/** What the rules concluded for one transaction, before it is shaped into a decision. */
public record Evaluation(Boolean foreignInvestor, List<Reason> reasons, List<String> missing,
                         Integer waitingPeriodDays, Integer reportDeadlineDays,
                         boolean exemptionAvailable, boolean exemptionApplied, List<String> firedRules,
                         List<EntityListHit> entityListHits) {

    /** Without entity-list hits. */
    public Evaluation(Boolean foreignInvestor, List<Reason> reasons, List<String> missing,
                      Integer waitingPeriodDays, Integer reportDeadlineDays,
                      boolean exemptionAvailable, boolean exemptionApplied, List<String> firedRules) {
        this(foreignInvestor, reasons, missing, waitingPeriodDays, reportDeadlineDays, exemptionAvailable, exemptionApplied,
                firedRules, List.of());
    }

    /**
     * No rule ran: the "no rules" benchmark mode, which measures everything but the rules. It answers
     * INSUFFICIENT_INFORMATION (never "no filing"), so a service started in this mode by mistake stops every deal.
     */
    public static final Evaluation NONE = new Evaluation(null, List.of(),
            List.of("(no rules were run: the service is in benchmark mode, shinsa.bench.no-rules=true)"), null, null, false, false, List.of());
}
