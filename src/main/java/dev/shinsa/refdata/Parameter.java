package dev.shinsa.refdata;

import java.time.LocalDate;
import java.util.NavigableMap;

/**
 * A legal number that the law changes on dates (OpenFisca style): each value holds from its
 * start date until the next one. The reference says where it comes from; the marker how well
 * it is verified (V, S or U) and the note which reading was adopted.
 */
public record Parameter(String name, String description, String unit, String file,
                        String instrument, String provision, String url, String marker, String note,
                        NavigableMap<LocalDate, ParameterValue> values) {

    /** The value in force on {@code date}, or null before the first start date. */
    public ParameterValue valueOn(LocalDate date) {
        var e = values.floorEntry(date);
        return e == null ? null : e.getValue();
    }
}
