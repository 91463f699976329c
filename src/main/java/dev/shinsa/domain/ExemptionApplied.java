package dev.shinsa.domain;

/** The exemption was claimed, is available by {@code route}, and every criterion is met: no prior notification. */
public record ExemptionApplied(String route) {
    public String getRoute() {
        return route;
    }
}
