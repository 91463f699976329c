package dev.shinsa.screening;

/** No rule set is loaded (the rules folder failed to build at start), so nothing can be screened. */
public final class RulesUnavailableException extends RuntimeException {
    public RulesUnavailableException(String message) {
        super(message);
    }
}
