package dev.shinsa.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The Japanese company (or business) invested in, with its sector class resolved as of the
 * transaction date: from the request's override, else from the sector vocabulary. A null
 * {@link #getSectorClass()} means the request does not say enough to know it.
 */
public final class Target {
    private final String name;
    private final String securitiesCode;
    private final boolean listed;
    private final List<String> sectors;
    private final boolean designatedCoreBusinessEntity;
    private final SectorClass sectorClass;
    private final String classBasis;
    private final List<String> designatedSectors;
    private final Boolean specifiedAcquisitionSector;
    private final List<String> specifiedAcquisitionSectors;
    private final SectorClass sectorsClass;
    private final ListedClass listedClass;

    /**
     * The Ministry of Finance list's classification of a listed target, when it is the one applied:
     * its category (1 to 3), that category as a class, and the date the list speaks for.
     */
    public record ListedClass(int category, SectorClass sectorClass, LocalDate listAsOf) {
    }

    public Target(String name, String securitiesCode, boolean listed, List<String> sectors,
                  boolean designatedCoreBusinessEntity, SectorClass sectorClass, String classBasis,
                  List<String> designatedSectors, Boolean specifiedAcquisitionSector,
                  List<String> specifiedAcquisitionSectors, SectorClass sectorsClass, ListedClass listedClass) {
        this.name = name;
        this.securitiesCode = securitiesCode;
        this.listed = listed;
        this.sectors = sectors == null ? null : List.copyOf(sectors);
        this.designatedCoreBusinessEntity = designatedCoreBusinessEntity;
        this.sectorClass = sectorClass;
        this.classBasis = classBasis;
        this.designatedSectors = List.copyOf(designatedSectors);
        this.specifiedAcquisitionSector = specifiedAcquisitionSector;
        this.specifiedAcquisitionSectors = List.copyOf(specifiedAcquisitionSectors);
        this.sectorsClass = sectorsClass;
        this.listedClass = listedClass;
    }

    public String getName() { return name; }
    public String getSecuritiesCode() { return securitiesCode; }
    public boolean isListed() { return listed; }
    /** The sector codes as given; null when the request did not say. */
    public List<String> getSectors() { return sectors; }
    public boolean isDesignatedCoreBusinessEntity() { return designatedCoreBusinessEntity; }
    /** NON_DESIGNATED, DESIGNATED or CORE on the transaction date; null when unknown. */
    public SectorClass getSectorClass() { return sectorClass; }
    public boolean isSectorClassKnown() { return sectorClass != null; }
    public boolean isDesignated() { return sectorClass != null && sectorClass.isDesignated(); }
    public boolean isCore() { return sectorClass == SectorClass.CORE; }
    /** Where the class came from, in words: the override, or the sectors with their class. */
    public String getClassBasis() { return classBasis; }
    /** Designated sectors of the target on the transaction date, each as "CODE (class)". */
    public List<String> getDesignatedSectors() { return designatedSectors; }
    /** Whether any sector is a designated sector for specified acquisitions; null when unknown. */
    public Boolean getSpecifiedAcquisitionSector() { return specifiedAcquisitionSector; }
    public List<String> getSpecifiedAcquisitionSectors() { return specifiedAcquisitionSectors; }
    /** The strongest class of the sector codes given, on the transaction date, whatever decided {@link #getSectorClass()}; null when no codes are given. */
    public SectorClass getSectorsClass() { return sectorsClass; }
    /** Whether the class applied is the Ministry of Finance list's (the securities code is on it and no sectorClass overrides it). */
    public boolean isClassFromListedCompanies() { return listedClass != null; }
    /** The list's category (1 to 3) when its class is applied; null otherwise. */
    public Integer getListedCompanyCategory() { return listedClass == null ? null : listedClass.category(); }
    /** The list's category as a class when it is applied; null otherwise. */
    public SectorClass getListedCompanyClass() { return listedClass == null ? null : listedClass.sectorClass(); }
    /** The date the list speaks for when its class is applied; null otherwise. */
    public LocalDate getListedCompanyListAsOf() { return listedClass == null ? null : listedClass.listAsOf(); }

    public String getLabel() {
        return name == null || name.isBlank() ? "the target" : name;
    }
}
