package dev.shinsa.screening;

/** One problem with one request field, named by its path in the body ({@code act.holdingAfterPercent}, {@code investor.shareholders[0].kind}). */
public record FieldError(String field, String message) {
}
