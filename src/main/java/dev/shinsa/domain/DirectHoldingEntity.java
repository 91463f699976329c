package dev.shinsa.domain;

import java.math.BigDecimal;

/**
 * The foreign "direct holding entity" of an indirect acquisition (2026 FEFTA amendment, reference
 * 7.3): an entity established or with its principal office outside Japan that holds shares or
 * voting rights of the Japanese target. The investor acquires, directly or indirectly, voting
 * rights of this entity, or persons related to the investor take a majority of its board.
 * From {@code act.directHoldingEntity}; a null field is not given (never read as zero or false).
 *
 * @param name                             the holding entity's name, for messages
 * @param country                          ISO code of its country of establishment or principal office (never JP)
 * @param investorVotingRightsAfterPercent the holding entity's voting rights the investor holds after the act,
 *                                         directly and indirectly
 * @param relatedPersonsBoardMajority      after the act, persons related to the investor make up a majority of
 *                                         the holding entity's board (null: not given)
 * @param holdingInTargetPercent           the target's shares or voting rights (the higher) the holding entity holds
 */
public record DirectHoldingEntity(String name, String country, BigDecimal investorVotingRightsAfterPercent,
                                  Boolean relatedPersonsBoardMajority, BigDecimal holdingInTargetPercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DirectHoldingEntity {
        requirePercent(investorVotingRightsAfterPercent, "investorVotingRightsAfterPercent");
        requirePercent(holdingInTargetPercent, "holdingInTargetPercent");
    }

    private static void requirePercent(BigDecimal p, String field) {
        if (p != null && (p.signum() < 0 || p.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException(field + " must be between 0 and 100, not " + p.toPlainString());
        }
    }

    public String getName() { return name; }
    public String getCountry() { return country; }
    public BigDecimal getInvestorVotingRightsAfterPercent() { return investorVotingRightsAfterPercent; }
    public Boolean getRelatedPersonsBoardMajority() { return relatedPersonsBoardMajority; }
    public BigDecimal getHoldingInTargetPercent() { return holdingInTargetPercent; }

    public String getLabel() {
        return name == null || name.isBlank() ? "the holding entity" : name;
    }
}
