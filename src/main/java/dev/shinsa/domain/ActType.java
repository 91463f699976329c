package dev.shinsa.domain;

/** The act being screened (FEFTA Art. 26(2) items and specified acquisitions, Art. 26(3)). */
public enum ActType {
    SHARE_ACQUISITION,
    VOTING_RIGHTS_ACQUISITION,
    /** Discretionary investment or proxy authority over voting rights. */
    VOTING_AUTHORITY_ACQUISITION,
    CONSENT_TO_PROPOSAL,
    BUSINESS_ACQUISITION,
    BRANCH_ESTABLISHMENT,
    LOAN,
    JOINT_VOTING_AGREEMENT,
    /**
     * The investor, a non-resident individual, transfers to a foreign investor unlisted shares it has
     * held since before it became a non-resident (Art. 26(2)(ii)). An addition to API contract v1.
     */
    FORMER_RESIDENT_SHARE_TRANSFER,
    /**
     * The investor acquires, directly or indirectly, voting rights of a foreign holding entity that holds
     * shares or voting rights of the target, or persons related to it take a majority of that entity's board
     * (2026 FEFTA amendment, reference 7.3; not in force before ruleset.yaml legalDates
     * {@code amendment2026MainProvisions}). The entity is {@link Act#getDirectHoldingEntity()}. An addition to
     * API contract v1.
     */
    INDIRECT_ACQUISITION
}
