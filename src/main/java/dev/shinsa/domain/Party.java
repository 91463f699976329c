package dev.shinsa.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A person in the investor's ownership chain: the investor itself (the root) or one of the
 * shareholders listed under it, to any depth. Every party is classified by the same five
 * categories of FEFTA Art. 26(1); a shareholder that is a foreign investor has its whole stake
 * counted towards its parent's foreign voting rights (look-through).
 */
public final class Party {
    private final String path;
    private final Party parent;
    private final String name;
    private final InvestorKind kind;
    private final String country;
    private final BigDecimal votingRightsPercent;
    private final BigDecimal foreignVotingRightsPercent;
    private final boolean nonResidentDirectorsMajority;
    private final boolean nonResidentRepresentativeDirectorsMajority;
    private final BigDecimal foreignContributionPercent;
    private final Boolean foreignGeneralPartnersMajority;
    private final Boolean appendedTable1Country;
    private final List<Party> shareholders = new ArrayList<>();

    public Party(String path, Party parent, String name, InvestorKind kind, String country,
                 BigDecimal votingRightsPercent, BigDecimal foreignVotingRightsPercent,
                 boolean nonResidentDirectorsMajority, boolean nonResidentRepresentativeDirectorsMajority,
                 BigDecimal foreignContributionPercent, Boolean foreignGeneralPartnersMajority, Boolean appendedTable1Country) {
        this.path = path;
        this.parent = parent;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.votingRightsPercent = votingRightsPercent;
        this.foreignVotingRightsPercent = foreignVotingRightsPercent;
        this.nonResidentDirectorsMajority = nonResidentDirectorsMajority;
        this.nonResidentRepresentativeDirectorsMajority = nonResidentRepresentativeDirectorsMajority;
        this.foreignContributionPercent = foreignContributionPercent;
        this.foreignGeneralPartnersMajority = foreignGeneralPartnersMajority;
        this.appendedTable1Country = appendedTable1Country;
        if (parent != null) {
            parent.shareholders.add(this);
        }
    }

    /** Where the party sits in the request, e.g. {@code investor.shareholders[0]}: the field prefix for "missing". */
    public String getPath() { return path; }
    public Party getParent() { return parent; }
    public boolean isRoot() { return parent == null; }
    public String getName() { return name; }
    public InvestorKind getKind() { return kind; }
    public String getCountry() { return country; }
    /** The party's stake in its parent's voting rights (null for the investor itself). */
    public BigDecimal getVotingRightsPercent() { return votingRightsPercent; }
    public BigDecimal getForeignVotingRightsPercent() { return foreignVotingRightsPercent; }
    public boolean isNonResidentDirectorsMajority() { return nonResidentDirectorsMajority; }
    public boolean isNonResidentRepresentativeDirectorsMajority() { return nonResidentRepresentativeDirectorsMajority; }
    public BigDecimal getForeignContributionPercent() { return foreignContributionPercent; }
    public Boolean getForeignGeneralPartnersMajority() { return foreignGeneralPartnersMajority; }
    /** Whether {@code country} is in Appended Table 1 on {@code asOf} (rules/data/countries.yaml); null without a country. */
    public Boolean getAppendedTable1Country() { return appendedTable1Country; }
    public List<Party> getShareholders() { return Collections.unmodifiableList(shareholders); }
    public boolean isHasShareholders() { return !shareholders.isEmpty(); }

    /** What the listed shareholders hold of this party's voting rights, counting the stakes given (0 without shareholders). */
    public BigDecimal getListedStakesPercent() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Party s : shareholders) {
            if (s.votingRightsPercent != null) {
                sum = sum.add(s.votingRightsPercent);
            }
        }
        return sum;
    }

    /** The part of this party's voting rights that no listed shareholder is given as holding: 100 less {@link #getListedStakesPercent()}. */
    public BigDecimal getUnlistedStakesPercent() {
        return BigDecimal.valueOf(100).subtract(getListedStakesPercent());
    }

    public int getDepth() {
        return parent == null ? 0 : parent.getDepth() + 1;
    }

    /** The name to show in a reason: the given name, else the path. */
    public String getLabel() {
        return name == null || name.isBlank() ? path : name;
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
