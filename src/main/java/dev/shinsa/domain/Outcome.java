package dev.shinsa.domain;

public enum Outcome {
    PRIOR_NOTIFICATION_REQUIRED,
    POST_INVESTMENT_REPORT_REQUIRED,
    NO_FILING_REQUIRED,
    /** The facts given do not settle the answer; the decision lists what is missing. */
    INSUFFICIENT_INFORMATION
}
