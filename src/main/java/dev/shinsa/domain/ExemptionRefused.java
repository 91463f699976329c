package dev.shinsa.domain;

/** The exemption from prior notification is not available, for the reason of the rule {@code code}. */
public record ExemptionRefused(String code) {
    public String getCode() {
        return code;
    }
}
