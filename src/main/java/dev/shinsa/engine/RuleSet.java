package dev.shinsa.engine;

import dev.shinsa.matching.EntityListIndex;
import dev.shinsa.refdata.CountryList;
import dev.shinsa.refdata.ListedCompanies;
import dev.shinsa.refdata.Parameters;
import dev.shinsa.refdata.SectorCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * One immutable, complete rule set: the compiled rules, their metadata, the reference data they
 * read (entity lists indexed once, for name matching), and the revision (a hash of every file in the rules folder) that identifies it. A reload
 * builds a new one and swaps it whole.
 */
public record RuleSet(String version, String revision, Instant loadedAt, Path rulesDir, LocalDate coverageFrom,
                      KieBase kieBase, SessionPool sessions, List<RuleMeta> rules,
                      Map<String, RuleMeta> byCode, Parameters parameters, SectorCatalog sectors,
                      CountryList countries, ListedCompanies listedCompanies, Map<String, LocalDate> legalDates,
                      EntityListIndex entityLists) {

    /** A date named in ruleset.yaml {@code legalDates}, or null. */
    public LocalDate legalDate(String name) {
        return legalDates.get(name);
    }
}
