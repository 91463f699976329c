package dev.shinsa.refdata;

import java.time.LocalDate;
import java.util.List;

/** Countries and regions outside Appended Table 1 of the Cabinet Order (rules/data/countries.yaml), with dates. */
public record CountryList(String version, List<Entry> entries) {

    public record Entry(String code, String name, LocalDate from, LocalDate to, String source, String marker) {
        boolean appliesOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** Whether {@code country} is in Appended Table 1 on {@code date}; null when the country is not given. */
    public Boolean inAppendedTable1(String country, LocalDate date) {
        if (country == null) {
            return null;
        }
        return entries.stream().noneMatch(e -> e.code().equals(country) && e.appliesOn(date));
    }
}
