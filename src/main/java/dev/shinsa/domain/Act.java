package dev.shinsa.domain;

import java.math.BigDecimal;

/** The act screened, with the holdings it concerns (shares or voting rights, in percent). */
public final class Act {
    private final ActType type;
    private final BigDecimal holdingBeforePercent;
    private final BigDecimal holdingAfterPercent;
    private final BigDecimal closelyRelatedPersonsPercent;
    private final boolean sellerIsForeignInvestor;
    private final Proposal proposal;
    private final Loan loan;
    private final DirectHoldingEntity directHoldingEntity;
    private final boolean directorReappointment;
    private final AcquisitionCause acquisitionCause;

    public Act(ActType type, BigDecimal holdingBeforePercent, BigDecimal holdingAfterPercent,
               BigDecimal closelyRelatedPersonsPercent, boolean sellerIsForeignInvestor, Proposal proposal, Loan loan,
               DirectHoldingEntity directHoldingEntity, boolean directorReappointment, AcquisitionCause acquisitionCause) {
        this.type = type;
        this.holdingBeforePercent = holdingBeforePercent;
        this.holdingAfterPercent = holdingAfterPercent;
        this.closelyRelatedPersonsPercent = closelyRelatedPersonsPercent;
        this.sellerIsForeignInvestor = sellerIsForeignInvestor;
        this.proposal = proposal;
        this.loan = loan;
        this.directHoldingEntity = directHoldingEntity;
        this.directorReappointment = directorReappointment;
        this.acquisitionCause = acquisitionCause;
    }

    public ActType getType() { return type; }
    public BigDecimal getHoldingBeforePercent() { return holdingBeforePercent; }
    public BigDecimal getHoldingAfterPercent() { return holdingAfterPercent; }
    /** What closely related persons hold; 0 when not given. */
    public BigDecimal getCloselyRelatedPersonsPercent() {
        return closelyRelatedPersonsPercent == null ? BigDecimal.ZERO : closelyRelatedPersonsPercent;
    }
    /** Whether the request gave closelyRelatedPersonsPercent (0 included); when not, it is read as 0. */
    public boolean isCloselyRelatedPersonsGiven() { return closelyRelatedPersonsPercent != null; }
    public boolean isSellerIsForeignInvestor() { return sellerIsForeignInvestor; }
    public Proposal getProposal() { return proposal; }
    /** The loan's figures (act.loan); null when not given. */
    public Loan getLoan() { return loan; }
    /**
     * For {@code INDIRECT_ACQUISITION}: the foreign holding entity (act.directHoldingEntity), never null, with
     * null fields where the request says nothing; null for every other act.
     */
    public DirectHoldingEntity getDirectHoldingEntity() { return directHoldingEntity; }
    /**
     * For a consent to a {@code DIRECTOR_APPOINTMENT}: the proposal re-appoints, unchanged, directors or company
     * auditors already in office (the 2026 amendment takes such consents out of prior notification).
     */
    public boolean isDirectorReappointment() { return directorReappointment; }
    /**
     * For a share or voting-rights acquisition: it comes by inheritance, bequest or merger (act.acquisitionCause);
     * null for a purchase or subscription, and for every other act.
     */
    public AcquisitionCause getAcquisitionCause() { return acquisitionCause; }

    /** Shares or voting rights acquired (not authority, consent or other acts). */
    public boolean isShareOrVotingRightsAcquisition() {
        return type == ActType.SHARE_ACQUISITION || type == ActType.VOTING_RIGHTS_ACQUISITION;
    }

    /** The investor's holding after the act plus its closely related persons'; null when the holding is not given. */
    public BigDecimal getCombinedHoldingAfterPercent() {
        return holdingAfterPercent == null ? null : holdingAfterPercent.add(getCloselyRelatedPersonsPercent());
    }

    /**
     * The voting rights the investor holds with its closely related persons for an act that does not
     * change its holding (a consent): the holding after if given, else the holding before; null when neither is given.
     */
    public BigDecimal getCombinedHoldingPercent() {
        BigDecimal own = holdingAfterPercent != null ? holdingAfterPercent : holdingBeforePercent;
        return own == null ? null : own.add(getCloselyRelatedPersonsPercent());
    }

    /** The investor's own holding before the act plus its closely related persons'; null when not given. */
    public BigDecimal getCombinedHoldingBeforePercent() {
        return holdingBeforePercent == null ? null : holdingBeforePercent.add(getCloselyRelatedPersonsPercent());
    }
}
