package dev.shinsa.domain;

/** How sensitive a business sector is on a given date; the order is from least to most sensitive. */
public enum SectorClass {
    NON_DESIGNATED,
    DESIGNATED,
    CORE;

    public boolean isDesignated() {
        return this != NON_DESIGNATED;
    }

    /** More sensitive than {@code other} (CORE over DESIGNATED over NON_DESIGNATED); false when other is null. */
    public boolean isStricterThan(SectorClass other) {
        return other != null && compareTo(other) > 0;
    }

    public static SectorClass max(SectorClass a, SectorClass b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
