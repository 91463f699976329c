package dev.shinsa.domain;

/** The kind of person making the investment, as the request states it (FEFTA Art. 26(1) looks at residency and place of establishment, not nationality). */
public enum InvestorKind {
    NON_RESIDENT_INDIVIDUAL,
    RESIDENT_INDIVIDUAL,
    /** Established under foreign law or with its principal office abroad. */
    FOREIGN_ENTITY,
    JAPANESE_ENTITY,
    /** Investment partnership or fund, Japanese or foreign. */
    PARTNERSHIP
}
