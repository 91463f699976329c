package dev.shinsa.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What decides whether a loan to a Japanese corporation is an inward direct investment (act.loan); null fields are not given. */
public record Loan(BigDecimal amountYen, Integer termMonths, BigDecimal outstandingAfterYen, BigDecimal bondsHeldYen,
                   BigDecimal borrowerLiabilitiesYen, boolean yenLoanByResident, boolean lenderIsFinancialInstitutionInBusiness) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal getAmountYen() { return amountYen; }
    public Integer getTermMonths() { return termMonths; }
    public BigDecimal getOutstandingAfterYen() { return outstandingAfterYen; }
    /** Null when not given: it is not read as none where it could decide the ratio condition. */
    public BigDecimal getBondsHeldYen() { return bondsHeldYen; }
    public BigDecimal getBorrowerLiabilitiesYen() { return borrowerLiabilitiesYen; }
    public boolean isYenLoanByResident() { return yenLoanByResident; }
    public boolean isLenderIsFinancialInstitutionInBusiness() { return lenderIsFinancialInstitutionInBusiness; }

    /** The lender's loans after this one plus the borrower's bonds it holds (bonds not given count as none); null without the loans. */
    public BigDecimal getLoansAndBondsYen() {
        return outstandingAfterYen == null ? null : outstandingAfterYen.add(bondsHeldYen == null ? BigDecimal.ZERO : bondsHeldYen);
    }

    /** What the ratio is measured against: the borrower's liabilities plus this loan; null when either is not given. */
    public BigDecimal getLiabilitiesBaseYen() {
        return borrowerLiabilitiesYen == null || amountYen == null ? null : borrowerLiabilitiesYen.add(amountYen);
    }

    /**
     * Loans and bonds exceed {@code percent} of the liabilities plus this loan, compared exactly (cross-multiplied, no
     * rounding): TRUE or FALSE, or null when a figure that could change it is not given (bonds not given only matter when
     * the loans alone do not exceed it).
     */
    public Boolean loansAndBondsExceed(BigDecimal percent) {
        BigDecimal base = getLiabilitiesBaseYen();
        if (outstandingAfterYen == null || base == null || percent == null) {
            return null;
        }
        boolean exceeds = getLoansAndBondsYen().multiply(HUNDRED).compareTo(percent.multiply(base)) > 0;
        return exceeds ? Boolean.TRUE : bondsHeldYen == null ? null : Boolean.FALSE;
    }

    /** Loans and bonds as a percentage of the liabilities plus this loan, for messages (a computed value); null when a figure is missing. */
    public BigDecimal getShareOfLiabilitiesPercent() {
        BigDecimal base = getLiabilitiesBaseYen();
        if (outstandingAfterYen == null || base == null) {
            return null;
        }
        if (base.signum() == 0) {
            return HUNDRED;
        }
        return getLoansAndBondsYen().multiply(HUNDRED).divide(base, 12, RoundingMode.HALF_EVEN);
    }

    /** Amount, term, outstanding and liabilities are all given. Rule sets before 0.9.0 match on it; 0.9.0 asks field by field. */
    public boolean isComplete() {
        return amountYen != null && termMonths != null && outstandingAfterYen != null && borrowerLiabilitiesYen != null;
    }
}
