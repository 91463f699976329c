package dev.shinsa.engine;

import dev.shinsa.refdata.Parameter;
import dev.shinsa.refdata.ParameterValue;
import dev.shinsa.refdata.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The legal numbers in force on the transaction date, as a fact the rules read:
 * {@code $p : Params()} then {@code $p.reaches($a.combinedHoldingAfterPercent, "listedThresholdPercent")}.
 * Comparisons are exact (fractions such as one third included).
 */
public final class Params {
    private final Parameters parameters;
    private final LocalDate asOf;
    private final Map<String, LocalDate> legalDates;

    public Params(Parameters parameters, LocalDate asOf) {
        this(parameters, asOf, Map.of());
    }

    public Params(Parameters parameters, LocalDate asOf, Map<String, LocalDate> legalDates) {
        this.parameters = parameters;
        this.asOf = asOf;
        this.legalDates = Map.copyOf(legalDates);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    private ParameterValue value(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalStateException("unknown parameter '" + name + "'");
        }
        ParameterValue v = p.valueOn(asOf);
        if (v == null) {
            throw new IllegalStateException("parameter '" + name + "' has no value on " + asOf);
        }
        return v;
    }

    /**
     * A date named in ruleset.yaml {@code legalDates}, for messages: {@code $p.legalDate("amendment2026MainProvisions")}
     * shows the date a lawyer keeps there, so a message never repeats it.
     */
    public LocalDate legalDate(String name) {
        LocalDate d = legalDates.get(name);
        if (d == null) {
            throw new IllegalStateException("unknown legal date '" + name + "' (ruleset.yaml legalDates has " + legalDates.keySet() + ")");
        }
        return d;
    }

    /**
     * The transaction date is on or after the legal date {@code name}: for a condition that only part of a rule
     * depends on, {@code params.inForce("amendment2026MainProvisions")}. A whole rule uses @effectiveFrom instead.
     */
    public boolean inForce(String name) {
        return !asOf.isBefore(legalDate(name));
    }

    /** The parameter has a value on the transaction date (the item it measures exists then). */
    public boolean has(String name) {
        return valueOrNull(name) != null;
    }

    /** The value as a decimal. */
    public BigDecimal decimal(String name) {
        return value(name).decimal();
    }

    /** The value as written in the data, e.g. {@code 1} or {@code 100/3}: for messages. */
    public String text(String name) {
        return value(name).text();
    }

    /** A whole number of days. */
    public int days(String name) {
        return value(name).decimal().intValueExact();
    }

    /**
     * {@code x} is at or above the value ("以上"); false when x is null, or when the parameter has no
     * value yet on the transaction date (conditions are evaluated for rules not yet in force too; the
     * loader makes sure every rule has its values from the day it comes into force).
     */
    public boolean reaches(BigDecimal x, String name) {
        ParameterValue v = valueOrNull(name);
        return x != null && v != null && v.compareWith(x) >= 0;
    }

    /** {@code x} is more than the value ("超える"); false when x is null or the parameter has no value yet. */
    public boolean exceeds(BigDecimal x, String name) {
        ParameterValue v = valueOrNull(name);
        return x != null && v != null && v.compareWith(x) > 0;
    }

    /** {@code x} is below the value ("未満"); false when x is null or the parameter has no value yet. */
    public boolean below(BigDecimal x, String name) {
        ParameterValue v = valueOrNull(name);
        return x != null && v != null && v.compareWith(x) < 0;
    }

    private ParameterValue valueOrNull(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalStateException("unknown parameter '" + name + "'");
        }
        return p.valueOn(asOf);
    }

    /** How far {@code x} is below the value, in the value's unit (for near-miss notes). */
    public BigDecimal gap(BigDecimal x, String name) {
        return value(name).decimal().subtract(x);
    }
}
