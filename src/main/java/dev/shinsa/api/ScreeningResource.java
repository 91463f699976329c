package dev.shinsa.api;

import dev.shinsa.domain.Decision;
import dev.shinsa.engine.RuleEngine;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.screening.ScreeningService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** {@code POST /api/v1/screenings}: screen one transaction. */
@Path("/api/v1/screenings")
public class ScreeningResource {
    private final RuleEngine engine;
    private final BodyLimit limit;
    private final ScreeningService service = new ScreeningService(Clock.systemUTC());

    public ScreeningResource(RuleEngine engine, BodyLimit limit) {
        this.engine = engine;
        this.limit = limit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response screen(byte[] body) {
        if (body != null && body.length > limit.maxBodyBytes()) {
            return ApiExceptionMappers.error(413, BodyLimit.tooLarge(limit.maxBodyBytes()));
        }
        RuleSet ruleSet = engine.current();
        Decision decision = service.screen(ScreeningService.parse(body), ruleSet);
        return Response.ok(decision).build();
    }
}
