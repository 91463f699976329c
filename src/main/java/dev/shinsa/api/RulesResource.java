package dev.shinsa.api;

import dev.shinsa.domain.Citation;
import dev.shinsa.domain.Effect;
import dev.shinsa.engine.RuleEngine;
import dev.shinsa.engine.RuleMeta;
import dev.shinsa.engine.RuleSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/rules}: the rule set in force and every rule in it. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    private final RuleEngine engine;

    public RulesResource(RuleEngine engine) {
        this.engine = engine;
    }

    public record RuleView(String code, Effect effect, String title, List<Citation> citations, LocalDate effectiveFrom,
                           LocalDate effectiveTo, String reading, String phase, String source, int line) {
        static RuleView of(RuleMeta m) {
            return new RuleView(m.code(), m.effect(), m.title(), m.citations(), m.effectiveFrom(), m.effectiveTo(),
                    m.reading(), m.phase(), m.source(), m.line());
        }
    }

    public record RuleSetView(String version, String revision, Instant loadedAt, LocalDate coverageFrom, int ruleCount,
                              List<RuleView> rules) {
    }

    public record RuleDetail(String code, dev.shinsa.domain.Effect effect, String title, String message, List<Citation> citations,
                             LocalDate effectiveFrom, LocalDate effectiveTo, String reading, String phase, String source,
                             int line, String drl) {
    }

    /** {@code GET /api/v1/rules/{code}}: one rule with its metadata and its DRL text. */
    @GET
    @jakarta.ws.rs.Path("/{code}")
    public RuleDetail rule(@jakarta.ws.rs.PathParam("code") String code) {
        RuleMeta m = engine.current().byCode().get(code);
        if (m == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return new RuleDetail(m.code(), m.effect(), m.title(), m.message(), m.citations(), m.effectiveFrom(), m.effectiveTo(),
                m.reading(), m.phase(), m.source(), m.line(), m.text());
    }

    public record ReloadView(String version, String revision, String previousRevision, boolean changed, int ruleCount,
                             Instant loadedAt, long tookMillis) {
    }

    /**
     * {@code POST /api/v1/rules/reload}: rebuild from the rules folder. 200 with the new revision; 422
     * {@code rules_invalid} listing every problem (field = file:line) with the old rule set still in force.
     */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("/reload")
    public jakarta.ws.rs.core.Response reload() {
        try {
            RuleEngine.Reloaded r = engine.reload();
            RuleSet rs = r.ruleSet();
            return jakarta.ws.rs.core.Response.ok(new ReloadView(rs.version(), rs.revision(), r.previousRevision(),
                    !rs.revision().equals(r.previousRevision()), rs.rules().size(), rs.loadedAt(), r.millis())).build();
        } catch (dev.shinsa.engine.RuleSetException e) {
            String inForce;
            try {
                inForce = "the rule set in force is still " + engine.current().version() + " (" + engine.current().revision() + ")";
            } catch (dev.shinsa.screening.RulesUnavailableException none) {
                inForce = "no rule set is in force";
            }
            List<dev.shinsa.screening.FieldError> errors = e.problems().stream()
                    .map(p -> new dev.shinsa.screening.FieldError(p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message()))
                    .toList();
            return ApiExceptionMappers.error(422, new ApiError(ApiError.RULES_INVALID, e.problems().size()
                    + " problem(s) in the rules folder; " + inForce, errors));
        }
    }

    @GET
    public RuleSetView rules() {
        RuleSet rs = engine.current();
        return new RuleSetView(rs.version(), rs.revision(), rs.loadedAt(), rs.coverageFrom(), rs.rules().size(),
                rs.rules().stream().map(RuleView::of).toList());
    }
}
