package dev.shinsa.domain;

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

    public Target(String name, String securitiesCode, boolean listed, List<String> sectors,
                  boolean designatedCoreBusinessEntity, SectorClass sectorClass, String classBasis,
                  List<String> designatedSectors, Boolean specifiedAcquisitionSector,
                  List<String> specifiedAcquisitionSectors) {
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

    public String getLabel() {
        return name == null || name.isBlank() ? "the target" : name;
    }
}
