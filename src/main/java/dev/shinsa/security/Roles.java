package dev.shinsa.security;

/** The roles a caller can hold. */
public final class Roles {
    /** May screen transactions and read the rule set and sectors. */
    public static final String SCREENER = "screener";
    /** May reload the rules and run replays (and read the rule set). */
    public static final String RULE_ADMIN = "rule-admin";

    private Roles() {
    }
}
