package dev.shinsa.domain;

/**
 * Conclusion that a party is a foreign investor under FEFTA Art. 26(1), with the category
 * (1 to 5) and the rule that concluded it. Inserted by the classification rules.
 */
public final class ForeignInvestor {
    private final Party party;
    private final int category;
    private final String code;

    public ForeignInvestor(Party party, int category, String code) {
        this.party = party;
        this.category = category;
        this.code = code;
    }

    public Party getParty() { return party; }
    public int getCategory() { return category; }
    public String getCode() { return code; }
    public Party getParent() { return party.getParent(); }
    public java.math.BigDecimal getStake() { return party.getVotingRightsPercent(); }
    /** Categories 1 and 2: held directly by a non-resident or a foreign entity. */
    public boolean isDirect() { return category <= 2; }
}
