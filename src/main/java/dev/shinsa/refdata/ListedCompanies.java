package dev.shinsa.refdata;

import dev.shinsa.domain.SectorClass;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Ministry of Finance's list classifying listed companies for prior notification (categories
 * 1 non-designated only, 2 designated non-core, 3 core; plus the designated-core-business-entity
 * flag), keyed by securities code, with the date the list speaks for. Empty when no list is shipped.
 */
public record ListedCompanies(String name, LocalDate asOf, String source, Map<String, Entry> byCode) {

    public record Entry(String securitiesCode, String isin, String nameJa, String nameEn, int category,
                        boolean designatedCoreBusinessEntity, int line) {
        public SectorClass sectorClass() {
            return switch (category) {
                case 1 -> SectorClass.NON_DESIGNATED;
                case 2 -> SectorClass.DESIGNATED;
                default -> SectorClass.CORE;
            };
        }
    }

    public static ListedCompanies none() {
        return new ListedCompanies("", null, "", Map.of());
    }

    /** The entry for {@code code} if the list speaks for {@code date} (it is dated on or before it). */
    public Entry lookup(String code, LocalDate date) {
        if (code == null || asOf == null || date.isBefore(asOf)) {
            return null;
        }
        return byCode.get(code);
    }
}
