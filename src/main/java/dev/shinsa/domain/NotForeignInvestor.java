package dev.shinsa.domain;

/**
 * Conclusion that a party is surely not a foreign investor under FEFTA Art. 26(1): a resident
 * individual, a partnership below both tests, or a Japanese company in which foreign investors
 * could hold less than 50% of the voting rights even if every shareholder whose status or stake is
 * not settled were foreign. A party with neither this nor {@link ForeignInvestor} is unsettled.
 * Inserted by the classification rules, with the rule that concluded it.
 */
public final class NotForeignInvestor {
    private final Party party;
    private final String code;

    public NotForeignInvestor(Party party, String code) {
        this.party = party;
        this.code = code;
    }

    public Party getParty() { return party; }
    public String getCode() { return code; }
    public Party getParent() { return party.getParent(); }
}
