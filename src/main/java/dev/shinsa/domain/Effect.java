package dev.shinsa.domain;

/** What a reason does to the decision (see the API contract). */
public enum Effect {
    /** Makes prior notification required. */
    TRIGGER,
    /** The exemption from prior notification applies or is refused, and why. */
    EXEMPTION,
    /** A post-investment report is due. */
    REPORT,
    /** Needs a compliance review (for example insufficient information or an entity-list match). */
    FLAG,
    /** Considered and not triggered. */
    NOTE
}
