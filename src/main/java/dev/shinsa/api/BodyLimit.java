package dev.shinsa.api;

import dev.shinsa.screening.InvalidTransactionException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses a body larger than {@code shinsa.max-body-bytes} (a batch: {@code shinsa.batch.max-body-bytes})
 * with 413 in the error shape, from its Content-Length, before any of it is read. Bodies sent without a
 * length (chunked) are checked after reading: the batch endpoint reads them with {@link #readBatch(InputStream)},
 * which stops one byte past the limit; the single-screening endpoint, on the event loop, gets them whole from Vert.x (up to its own
 * limit, past which Vert.x answers 413 with an empty body) and checks them with {@link #isOver(byte[])}.
 */
@ApplicationScoped
public class BodyLimit {
    private static final Logger LOG = Logger.getLogger(BodyLimit.class);
    @ConfigProperty(name = "shinsa.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    /**
     * A batch's own limit: 1,000 transactions of about 1 KB each (the contract's example) are more than the 1 MiB
     * of one screening. Below {@code quarkus.http.limits.max-body-size}: a chunked batch is read one byte past this
     * limit to tell that it is over, and past Vert.x' limit Vert.x answers first, with an empty 413.
     */
    @ConfigProperty(name = "shinsa.batch.max-body-bytes", defaultValue = "4194304")
    long maxBatchBodyBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> vertxMaxBodySize;

    static final String BATCH_PATH = "/api/v1/screenings/batch";
    /** Vert.x' words when a chunked body passes its limit (it has answered 413 already). */
    private static final String VERTX_TOO_LARGE = "Request too large";

    void register(@Observes Filters filters) {
        long vertx = vertxMaxBodySize.map(m -> m.asLongValue()).orElse(Long.MAX_VALUE);
        for (long ours : new long[] {maxBodyBytes, maxBatchBodyBytes}) {
            if (ours >= vertx) {
                LOG.warnf("a body limit of %d bytes (shinsa.max-body-bytes or shinsa.batch.max-body-bytes) is not below "
                        + "quarkus.http.limits.max-body-size (%d bytes): chunked bodies past it get Vert.x' empty 413, "
                        + "not the error shape; raise quarkus.http.limits.max-body-size", ours, vertx);
            }
        }
        String single = Json.encode(tooLarge(maxBodyBytes));
        String batch = Json.encode(tooLarge(maxBatchBodyBytes));
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            boolean isBatch = isBatch(ctx.normalizedPath());
            if (length != null && isOver(length, isBatch ? maxBatchBodyBytes : maxBodyBytes)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close")
                        .end(isBatch ? batch : single);
            } else {
                ctx.next();
            }
        }, 100);
    }

    /**
     * A chunked body past Vert.x' own limit ({@code quarkus.http.limits.max-body-size}) is answered 413 by Vert.x
     * while the request is still being read; the endpoint then fails on the response already written, and Quarkus
     * would log that as an internal error with its stack trace. It is none: the request was answered, so the failure
     * of a request whose 413 has been sent stops here, logged at debug.
     */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            // Only that case: any other failure, also after an answer was sent, goes on to Quarkus' handler and its log.
            if (ctx.response().ended() && ctx.response().getStatusCode() == 413) {
                LOG.debugf("%s %s failed after its answer (413) was sent: %s", ctx.request().method(), ctx.normalizedPath(),
                        String.valueOf(ctx.failure()));
            } else {
                ctx.next();
            }
        });
    }

    static boolean isBatch(String path) {
        return path != null && (path.equals(BATCH_PATH) || path.equals(BATCH_PATH + "/"));
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The whole batch body, or null if it is longer than {@code shinsa.batch.max-body-bytes}. A body past Vert.x'
     * own limit (which has answered 413 already) is body_too_large; one that breaks off (the client went away) is
     * a 400; neither is a logged internal error.
     */
    public byte[] readBatch(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBatchBodyBytes + 1));
            return body.length > maxBatchBodyBytes ? null : body;
        } catch (IOException e) {
            if (VERTX_TOO_LARGE.equals(e.getMessage())) {
                return null;
            }
            throw new InvalidTransactionException(ApiError.MALFORMED_JSON, "the body could not be read to its end: " + e.getMessage(), List.of());
        }
    }

    /** A body read whole by Vert.x (up to its own limit) that is longer than {@code shinsa.max-body-bytes}. */
    public boolean isOver(byte[] body) {
        return body != null && body.length > maxBodyBytes;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public long maxBatchBodyBytes() {
        return maxBatchBodyBytes;
    }

    static ApiError tooLarge(long max) {
        return ApiError.of(ApiError.BODY_TOO_LARGE, "the request body is larger than " + max
                + " bytes; screen large portfolios with several requests");
    }
}
