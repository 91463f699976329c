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

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shinsa.batch.max-size", defaultValue = "1000")
    int maxBatchSize;

    public ScreeningResource(RuleEngine engine, BodyLimit limit) {
        this.engine = engine;
        this.limit = limit;
    }

    /** One entry of a batch answer: a decision, or the error of an invalid item at its index. */
    public record BatchItemError(int index, ApiError error) {
    }

    public record BatchAnswer(java.util.List<Object> decisions) {
    }

    /**
     * {@code POST /api/v1/screenings/batch}: {@code {"transactions": [...]}} screened in order against one
     * rule-set snapshot; an invalid item answers {@code {"index", "error"}} in its place.
     */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response screenBatch(java.io.InputStream in) {
        byte[] body = limit.read(in);
        if (body == null) {
            return ApiExceptionMappers.error(413, BodyLimit.tooLarge(limit.maxBodyBytes()));
        }
        RuleSet ruleSet = engine.current();
        com.fasterxml.jackson.databind.JsonNode root = ScreeningService.parse(body);
        com.fasterxml.jackson.databind.JsonNode items = root.get("transactions");
        java.util.List<dev.shinsa.screening.FieldError> shape = new java.util.ArrayList<>();
        if (!root.isObject() || items == null || !items.isArray()) {
            shape.add(new dev.shinsa.screening.FieldError("transactions", "is required: an array of transactions"));
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!f.equals("transactions")) {
                shape.add(new dev.shinsa.screening.FieldError(f, "is not a field of a batch (only 'transactions')"));
            }
        });
        if (!shape.isEmpty()) {
            return ApiExceptionMappers.error(400, new ApiError(ApiError.INVALID_TRANSACTION, "the body must be {\"transactions\": [...]}", shape));
        }
        if (items.size() > maxBatchSize) {
            return ApiExceptionMappers.error(413, ApiError.of(ApiError.BATCH_TOO_LARGE, "the batch has " + items.size()
                    + " transactions; at most " + maxBatchSize + " are screened in one request (shinsa.batch.max-size)"));
        }
        java.util.List<Object> out = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                out.add(service.screen(items.get(i), ruleSet));
            } catch (dev.shinsa.screening.InvalidTransactionException e) {
                out.add(new BatchItemError(i, new ApiError(e.code(), e.getMessage(), e.errors())));
            }
        }
        return Response.ok(new BatchAnswer(out)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response screen(java.io.InputStream in) {
        byte[] body = limit.read(in);
        if (body == null) {
            return ApiExceptionMappers.error(413, BodyLimit.tooLarge(limit.maxBodyBytes()));
        }
        RuleSet ruleSet = engine.current();
        Decision decision = service.screen(ScreeningService.parse(body), ruleSet);
        return Response.ok(decision).build();
    }
}
