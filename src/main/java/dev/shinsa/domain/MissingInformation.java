package dev.shinsa.domain;

/** A request field whose absence keeps the rules from settling the answer; inserted by {@code reasons.missing(...)}. */
public record MissingInformation(String field) {
    public String getField() {
        return field;
    }
}
