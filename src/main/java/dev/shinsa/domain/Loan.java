package dev.shinsa.domain;

import java.math.BigDecimal;

/** What decides whether a loan to a Japanese corporation is an inward direct investment (act.loan); null fields are not given. */
public record Loan(BigDecimal amountYen, Integer termMonths, BigDecimal outstandingAfterYen, BigDecimal bondsHeldYen,
                   BigDecimal borrowerLiabilitiesYen, boolean yenLoanByResident, boolean lenderIsFinancialInstitutionInBusiness) {

    public BigDecimal getAmountYen() { return amountYen; }
    public Integer getTermMonths() { return termMonths; }
    public BigDecimal getOutstandingAfterYen() { return outstandingAfterYen; }
    public BigDecimal getBondsHeldYen() { return bondsHeldYen == null ? BigDecimal.ZERO : bondsHeldYen; }
    public BigDecimal getBorrowerLiabilitiesYen() { return borrowerLiabilitiesYen; }
    public boolean isYenLoanByResident() { return yenLoanByResident; }
    public boolean isLenderIsFinancialInstitutionInBusiness() { return lenderIsFinancialInstitutionInBusiness; }

    /** The lender's loans plus bonds, as a percentage of the borrower's liabilities plus this loan; null when a figure is missing. */
    public BigDecimal getShareOfLiabilitiesPercent() {
        if (outstandingAfterYen == null || borrowerLiabilitiesYen == null || amountYen == null) {
            return null;
        }
        BigDecimal base = borrowerLiabilitiesYen.add(amountYen);
        if (base.signum() == 0) {
            return BigDecimal.valueOf(100);
        }
        return outstandingAfterYen.add(getBondsHeldYen()).multiply(BigDecimal.valueOf(100))
                .divide(base, 6, java.math.RoundingMode.HALF_EVEN);
    }

    /** The request gives every figure the test needs. */
    public boolean isComplete() {
        return amountYen != null && termMonths != null && outstandingAfterYen != null && borrowerLiabilitiesYen != null;
    }
}
