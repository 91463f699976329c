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

    @GET
    public RuleSetView rules() {
        RuleSet rs = engine.current();
        return new RuleSetView(rs.version(), rs.revision(), rs.loadedAt(), rs.coverageFrom(), rs.rules().size(),
                rs.rules().stream().map(RuleView::of).toList());
    }
}
