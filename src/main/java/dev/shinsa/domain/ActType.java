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
    JOINT_VOTING_AGREEMENT
}
