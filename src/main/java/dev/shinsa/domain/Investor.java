package dev.shinsa.domain;

import java.util.List;

/**
 * What the request says about the investor beyond its place in the ownership chain: the
 * attributes that decide access to the exemption and other triggers.
 */
public final class Investor {
    private final Party party;
    private final List<String> aliases;
    private final boolean foreignFinancialInstitution;
    private final boolean stateOwned;
    private final boolean accreditedByMof;
    private final boolean priorFeftaViolation;
    private final SpecifiedForeignInvestorType specifiedForeignInvestor;
    private final boolean iranRelated;
    private final Boolean appendedTable1Country;
    private final boolean actingForHighRiskForeignInvestor;

    public Investor(Party party, List<String> aliases, boolean foreignFinancialInstitution, boolean stateOwned,
                    boolean accreditedByMof, boolean priorFeftaViolation,
                    SpecifiedForeignInvestorType specifiedForeignInvestor, boolean iranRelated,
                    Boolean appendedTable1Country, boolean actingForHighRiskForeignInvestor) {
        this.party = party;
        this.aliases = List.copyOf(aliases);
        this.foreignFinancialInstitution = foreignFinancialInstitution;
        this.stateOwned = stateOwned;
        this.accreditedByMof = accreditedByMof;
        this.priorFeftaViolation = priorFeftaViolation;
        this.specifiedForeignInvestor = specifiedForeignInvestor;
        this.iranRelated = iranRelated;
        this.appendedTable1Country = appendedTable1Country;
        this.actingForHighRiskForeignInvestor = actingForHighRiskForeignInvestor;
    }

    public Party getParty() { return party; }
    public String getName() { return party.getName(); }
    public InvestorKind getKind() { return party.getKind(); }
    public String getCountry() { return party.getCountry(); }
    public List<String> getAliases() { return aliases; }
    public boolean isForeignFinancialInstitution() { return foreignFinancialInstitution; }
    public boolean isStateOwned() { return stateOwned; }
    public boolean isAccreditedByMof() { return accreditedByMof; }
    public boolean isPriorFeftaViolation() { return priorFeftaViolation; }
    public SpecifiedForeignInvestorType getSpecifiedForeignInvestor() { return specifiedForeignInvestor; }
    public boolean isIranRelated() { return iranRelated; }
    /** Whether the investor's country is in Appended Table 1 on the transaction date (rules/data/countries.yaml); null when no country is given. */
    public Boolean getAppendedTable1Country() { return appendedTable1Country; }

    /**
     * The investor acts on behalf of, or on the instructions of, a high-risk foreign investor: under the 2026
     * amendment's anti-circumvention rules such a domestic investor is deemed a foreign investor.
     */
    public boolean isActingForHighRiskForeignInvestor() { return actingForHighRiskForeignInvestor; }
}
