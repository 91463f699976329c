package dev.shinsa.domain;

/** A shareholders' meeting proposal the investor consents to (Art. 26(2), consent items). */
public enum Proposal {
    DIRECTOR_APPOINTMENT,
    BUSINESS_TRANSFER_OR_ABOLITION,
    BUSINESS_PURPOSE_CHANGE
}
