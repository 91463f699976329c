package dev.shinsa.refdata;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A legal number, kept exact: a decimal such as {@code 1} or {@code 45}, or a fraction such as
 * {@code 100/3} (one third, in percent) written in the data as a string.
 */
public record ParameterValue(BigDecimal numerator, BigDecimal denominator, String text) {

    public static ParameterValue parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new ParameterValue(new BigDecimal(t), BigDecimal.ONE, t);
        }
        BigDecimal den = new BigDecimal(t.substring(slash + 1).trim());
        if (den.signum() == 0) {
            throw new NumberFormatException("division by zero");
        }
        return new ParameterValue(new BigDecimal(t.substring(0, slash).trim()), den, t);
    }

    /** The value as a decimal (fractions rounded to 10 significant digits, for display and plain comparisons). */
    public BigDecimal decimal() {
        return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator : numerator.divide(denominator, MathContext.DECIMAL64);
    }

    /** Exact comparison of {@code x} with this value: negative, zero or positive. */
    public int compareWith(BigDecimal x) {
        return x.multiply(denominator).compareTo(numerator);
    }
}
