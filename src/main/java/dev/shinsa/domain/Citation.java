package dev.shinsa.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A legal source for a reason. {@code marker} says how well the point is verified in the
 * project's law reference: V (primary text), S (secondary source), U (unverified reading).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"instrument", "provision", "url", "marker"})
public record Citation(String instrument, String provision, String url, String marker) {
}
