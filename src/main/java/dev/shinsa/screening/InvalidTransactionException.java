package dev.shinsa.screening;

import java.util.List;

/** The request is not a transaction we can screen; every problem found is listed. */
public final class InvalidTransactionException extends RuntimeException {
    private final String code;
    private final List<FieldError> errors;

    public InvalidTransactionException(String code, String message, List<FieldError> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
