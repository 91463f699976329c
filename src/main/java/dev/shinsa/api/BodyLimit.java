package dev.shinsa.api;

import dev.shinsa.screening.InvalidTransactionException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code shinsa.max-body-bytes} with 413 in the error shape, from its
 * Content-Length, before any of it is read. Bodies sent without a length (chunked) are checked after
 * reading: the batch endpoint reads them with {@link #read(InputStream)}, which stops one byte past the
 * limit; the single-screening endpoint, on the event loop, gets them whole from Vert.x (up to its own
 * limit, past which Vert.x answers 413 with an empty body) and checks them with {@link #isOver(byte[])}.
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "shinsa.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    void register(@Observes Filters filters) {
        String body = Json.encode(tooLarge(maxBodyBytes));
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close").end(body);
            } else {
                ctx.next();
            }
        }, 100);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The whole body, or null if it is longer than {@code shinsa.max-body-bytes}. A body that breaks
     * off (the client went away, or Vert.x' own limit cut it and already answered) is a 400, not a
     * logged internal error.
     */
    public byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return body.length > maxBodyBytes ? null : body;
        } catch (IOException e) {
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

    static ApiError tooLarge(long max) {
        return ApiError.of(ApiError.BODY_TOO_LARGE, "the request body is larger than " + max
                + " bytes; screen large portfolios with several requests");
    }
}
