package dev.shinsa.domain;

import java.util.List;

/**
 * The exemption from prior notification is available by this route (foreign financial
 * institution blanket exemption, designated non-core sector, or core sector under the cap);
 * {@code breachedCriteria} lists the criteria the investor's stated intentions would breach, and
 * {@code intentionsNotGiven} the request fields of the intentions this route's criteria turn on that the
 * request does not state.
 */
public record ExemptionRoute(String route, List<String> breachedCriteria, List<String> intentionsNotGiven) {
    public ExemptionRoute {
        breachedCriteria = List.copyOf(breachedCriteria);
        intentionsNotGiven = List.copyOf(intentionsNotGiven);
    }

    public String getRoute() {
        return route;
    }

    public List<String> getBreachedCriteria() {
        return breachedCriteria;
    }

    public List<String> getIntentionsNotGiven() {
        return intentionsNotGiven;
    }
}
