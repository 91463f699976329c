package dev.shinsa.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A legal source for a reason. {@code marker} says how well the point is verified in the
 * project's law reference: V (primary text), S (secondary source), U (unverified reading).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String instrument, String provision, String url, String marker) {
}
