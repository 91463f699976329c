package dev.shinsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shinsa.audit.DecisionLog;
import dev.shinsa.domain.Citation;
import dev.shinsa.domain.Effect;
import dev.shinsa.engine.RuleEngine;
import dev.shinsa.engine.RuleMeta;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.engine.RuleSetException;
import dev.shinsa.engine.RuleSetLoader;
import dev.shinsa.replay.Replay;
import dev.shinsa.screening.FieldError;
import dev.shinsa.screening.RulesUnavailableException;
import dev.shinsa.screening.ScreeningService;
import dev.shinsa.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/v1/rules}: the rule set in force, one rule, reload, and replay against a candidate. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    private final RuleEngine engine;
    private final DecisionLog log;

    public RulesResource(RuleEngine engine, DecisionLog log) {
        this.engine = engine;
        this.log = log;
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

    public record RuleDetail(String code, Effect effect, String title, String message, List<Citation> citations,
                             LocalDate effectiveFrom, LocalDate effectiveTo, String reading, String phase, String source,
                             int line, String drl) {
    }

    public record ReloadView(String version, String revision, String previousRevision, boolean changed, int ruleCount,
                             Instant loadedAt, long tookMillis) {
    }

    @GET
    @RolesAllowed({Roles.SCREENER, Roles.RULE_ADMIN})
    public RuleSetView rules() {
        RuleSet rs = engine.current();
        return new RuleSetView(rs.version(), rs.revision(), rs.loadedAt(), rs.coverageFrom(), rs.rules().size(),
                rs.rules().stream().map(RuleView::of).toList());
    }

    /** A path of the API that names a rule the rule set in force does not have. */
    static final class NoSuchRule extends NotFoundException {
        NoSuchRule(String code) {
            super("no rule " + code + " in the rule set in force (GET /api/v1/rules lists every reason code)");
        }
    }

    /** {@code GET /api/v1/rules/{code}}: one rule with its metadata and its DRL text. */
    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SCREENER, Roles.RULE_ADMIN})
    public RuleDetail rule(@PathParam("code") String code) {
        RuleMeta m = engine.current().byCode().get(code);
        if (m == null) {
            String allow = AllowedMethods.of("/api/v1/rules/" + code);
            if (allow != null && !allow.contains("GET")) {
                // GET /api/v1/rules/reload names an action that takes POST, not a rule that is missing.
                throw new NotAllowedException(allow);
            }
            throw new NoSuchRule(code);
        }
        return new RuleDetail(m.code(), m.effect(), m.title(), m.message(), m.citations(), m.effectiveFrom(), m.effectiveTo(),
                m.reading(), m.phase(), m.source(), m.line(), m.text());
    }

    /**
     * {@code POST /api/v1/rules/reload}: rebuild from the rules folder. 200 with the new revision; 422
     * {@code rules_invalid} listing every problem (field = file:line) with the old rule set still in force.
     */
    @POST
    @Path("/reload")
    @RolesAllowed(Roles.RULE_ADMIN)
    public Response reload() {
        try {
            RuleEngine.Reloaded r = engine.reload();
            RuleSet rs = r.ruleSet();
            return Response.ok(new ReloadView(rs.version(), rs.revision(), r.previousRevision(),
                    !rs.revision().equals(r.previousRevision()), rs.rules().size(), rs.loadedAt(), r.millis())).build();
        } catch (RuleSetException e) {
            String inForce;
            try {
                inForce = "the rule set in force is still " + engine.current().version() + " (" + engine.current().revision() + ")";
            } catch (RulesUnavailableException none) {
                inForce = "no rule set is in force";
            }
            return rulesInvalid(e, inForce);
        }
    }

    private static Response rulesInvalid(RuleSetException e, String context) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.file() + (p.line() > 0 ? ":" + p.line() : ""), p.message()))
                .toList();
        return ApiExceptionMappers.error(422, new ApiError(ApiError.RULES_INVALID, e.problems().size()
                + " problem(s) in the rules folder; " + context, errors));
    }

    /**
     * {@code POST /api/v1/rules/replay} {@code {"candidateRulesDir": "...", "transactions": [...]}}: re-screen the
     * given transactions (or, without them, every decision in this service's decision log) under the rules in
     * force and under the candidate folder (a path on the server), and report what would change.
     */
    @POST
    @Path("/replay")
    @RolesAllowed(Roles.RULE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replay(byte[] body) {
        RuleSet baseline = engine.current();
        JsonNode root = ScreeningService.parse(body);
        List<FieldError> problems = new ArrayList<>();
        JsonNode dir = root.get("candidateRulesDir");
        JsonNode items = root.get("transactions");
        if (dir == null || !dir.isTextual() || dir.asText().isBlank()) {
            problems.add(new FieldError("candidateRulesDir", "is required: the candidate rules folder, a path on the server"));
        } else if (!Files.isDirectory(java.nio.file.Path.of(dir.asText()))) {
            problems.add(new FieldError("candidateRulesDir", "is not a folder on the server: " + dir.asText()));
        }
        if (items != null && !items.isArray()) {
            problems.add(new FieldError("transactions", "must be an array of transactions (or left out to replay the decision log)"));
        }
        if (items == null && log.dir() == null) {
            problems.add(new FieldError("transactions", "are required: the decision log is switched off, so there is nothing to replay"));
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!f.equals("candidateRulesDir") && !f.equals("transactions")) {
                problems.add(new FieldError(f, "is not a field of a replay request (candidateRulesDir, transactions)"));
            }
        });
        if (!problems.isEmpty()) {
            return ApiExceptionMappers.error(400, new ApiError(ApiError.INVALID_PARAMETER, problems.size() + " problem(s) in the replay request", problems));
        }
        RuleSet candidate;
        try {
            candidate = RuleSetLoader.load(java.nio.file.Path.of(dir.asText()));
        } catch (RuleSetException e) {
            return rulesInvalid(e, "the candidate does not build; nothing was replayed");
        }
        if (items != null) {
            List<Replay.Input> inputs = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                inputs.add(new Replay.Input("transactions[" + i + "]", items.get(i)));
            }
            return Response.ok(Replay.run(inputs, baseline, candidate, Clock.systemUTC())).build();
        }
        // The log is streamed, a line at a time: its size does not matter.
        try (java.util.stream.Stream<Replay.Input> inputs = Files.isDirectory(log.dir()) ? Replay.stream(log.dir()) : java.util.stream.Stream.empty()) {
            return Response.ok(Replay.run(inputs, baseline, candidate, Clock.systemUTC())).build();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return ApiExceptionMappers.error(422, ApiError.of(ApiError.REPLAY_SOURCE_INVALID,
                    "the decision log cannot be replayed: " + e.getMessage()));
        }
    }
}
