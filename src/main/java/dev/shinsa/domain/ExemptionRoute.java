package dev.shinsa.domain;

import java.util.List;

/**
 * The exemption from prior notification is available by this route (foreign financial
 * institution blanket exemption, designated non-core sector, or core sector under the cap);
 * {@code breachedCriteria} lists the criteria the investor's stated intentions would breach.
 */
public record ExemptionRoute(String route, List<String> breachedCriteria) {
    public ExemptionRoute {
        breachedCriteria = List.copyOf(breachedCriteria);
    }

    public String getRoute() {
        return route;
    }

    public List<String> getBreachedCriteria() {
        return breachedCriteria;
    }
}
