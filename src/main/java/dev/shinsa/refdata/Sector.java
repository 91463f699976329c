package dev.shinsa.refdata;

import dev.shinsa.domain.SectorClass;
import java.time.LocalDate;
import java.util.List;

/** One business sector of the vocabulary with its class over time; before its first period it is NON_DESIGNATED. */
public record Sector(String code, String name, String nameJa, List<Period> periods) {

    /** From {@code from} (inclusive) until the next period's start. */
    public record Period(LocalDate from, SectorClass sectorClass, boolean specifiedAcquisition,
                         String source, String marker, String note) {
    }

    public Period periodOn(LocalDate date) {
        Period found = null;
        for (Period p : periods) {
            if (!p.from().isAfter(date)) {
                found = p;
            }
        }
        return found;
    }

    public SectorClass classOn(LocalDate date) {
        Period p = periodOn(date);
        return p == null ? SectorClass.NON_DESIGNATED : p.sectorClass();
    }

    public boolean specifiedAcquisitionOn(LocalDate date) {
        Period p = periodOn(date);
        return p != null && p.specifiedAcquisition();
    }
}
