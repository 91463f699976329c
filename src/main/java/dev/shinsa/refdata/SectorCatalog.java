package dev.shinsa.refdata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sector vocabulary of the rule set (rules/data/sectors.yaml). */
public final class SectorCatalog {
    private final String version;
    private final Map<String, Sector> byCode = new LinkedHashMap<>();

    public SectorCatalog(String version, List<Sector> sectors) {
        this.version = version;
        sectors.forEach(s -> byCode.put(s.code(), s));
    }

    public String version() {
        return version;
    }

    public Sector get(String code) {
        return byCode.get(code);
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Sector> all() {
        return byCode.values();
    }
}
