package dev.shinsa.api;

import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.RulesUnavailableException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns exceptions into {@link ApiError} answers; no stack trace or class name ever reaches a caller. */
public class ApiExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    static Response error(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidTransactionException e) {
        return error(400, new ApiError(e.code(), e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e) {
        return unauthorized("the API key or credentials are not known: send a valid key as 'X-API-Key: <key>' (or basic name:key)");
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e) {
        return unauthorized("this needs a caller: send your API key as 'X-API-Key: <key>' (or basic credentials name:key)");
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).header("WWW-Authenticate", "Basic realm=\"shinsa\"")
                .entity(ApiError.of(ApiError.UNAUTHORIZED, message)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return error(403, ApiError.of(ApiError.FORBIDDEN, "this caller's roles do not allow this: screening needs role "
                + "'screener', reload and replay need 'rule-admin'"));
    }

    @ServerExceptionMapper
    public Response unavailable(RulesUnavailableException e) {
        return error(503, ApiError.of(ApiError.RULES_UNAVAILABLE, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, jakarta.ws.rs.core.UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e instanceof RulesResource.NoSuchRule) {
            return error(404, ApiError.of(ApiError.NOT_FOUND, e.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return error(404, ApiError.of(ApiError.NOT_FOUND, "no such resource: the API is under /api/v1 (see the README)"));
        }
        if (e instanceof NotAllowedException) {
            // HTTP asks a 405 to say which methods the path takes (RFC 9110, 15.5.6).
            String allow = AllowedMethods.of("/" + uri.getPath().replaceFirst("^/+", ""));
            Response.ResponseBuilder r = Response.status(405).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(ApiError.METHOD_NOT_ALLOWED, "this HTTP method is not allowed on this path"
                            + (allow == null || allow.isBlank() ? "" : ": use " + allow) + " (see the README)"));
            return allow == null || allow.isBlank() ? r.build() : r.header("Allow", allow).build();
        }
        if (e instanceof NotSupportedException) {
            return error(415, ApiError.of(ApiError.UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON with the header 'Content-Type: application/json'"));
        }
        if (e instanceof NotAcceptableException) {
            return error(406, ApiError.of(ApiError.NOT_ACCEPTABLE, "this service answers application/json only"));
        }
        if (status == 413) {
            return error(413, ApiError.of(ApiError.BODY_TOO_LARGE, "the request body is too large"));
        }
        if (status >= 500) {
            return internal(e);
        }
        return error(status, ApiError.of(status == 400 ? ApiError.INVALID_PARAMETER : "http_" + status,
                e.getMessage() == null ? "the request was refused" : e.getMessage()));
    }

    /**
     * A body sent without a length (chunked) that runs past Vert.x' own limit
     * ({@code quarkus.http.limits.max-body-size}, above {@code shinsa.max-body-bytes}): Vert.x has already
     * answered 413 and closed the connection, so no body can follow; this keeps it out of the internal
     * errors, their log and their counter.
     */
    @ServerExceptionMapper
    public Response tooLarge(java.io.IOException e) {
        if ("Request too large".equals(e.getMessage())) {
            LOG.debug("refused a body without Content-Length past quarkus.http.limits.max-body-size");
            return error(413, ApiError.of(ApiError.BODY_TOO_LARGE, "the request body is larger than the service accepts;"
                    + " screen large portfolios with several requests"));
        }
        return internal(e);
    }

    @ServerExceptionMapper
    public Response internal(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "internal error %s", id);
        return error(500, ApiError.of(ApiError.INTERNAL_ERROR,
                "the service failed to answer; the error is logged under id " + id));
    }
}
