package dev.shinsa.api;

import dev.shinsa.screening.FieldError;
import java.util.List;

/**
 * The one shape of every error answer: a stable snake_case {@code code}, a sentence for people,
 * and every field problem at once. The codes are listed in the README.
 */
public record ApiError(String code, String message, List<FieldError> errors) {
    public static final String INVALID_TRANSACTION = "invalid_transaction";
    public static final String MALFORMED_JSON = "malformed_json";
    public static final String BODY_TOO_LARGE = "body_too_large";
    public static final String BATCH_TOO_LARGE = "batch_too_large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String NOT_ACCEPTABLE = "not_acceptable";
    public static final String INVALID_PARAMETER = "invalid_parameter";
    public static final String RULES_UNAVAILABLE = "rules_unavailable";
    public static final String RULES_INVALID = "rules_invalid";
    public static final String REPLAY_SOURCE_INVALID = "replay_source_invalid";
    public static final String INTERNAL_ERROR = "internal_error";

    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
