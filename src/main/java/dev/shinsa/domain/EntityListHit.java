package dev.shinsa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A party in the investor's chain (the investor or a shareholder) whose name or alias resembles
 * an entry on an entity list (METI End User List, BIS Entity List, ...) closely enough to need a
 * compliance check. Not a FEFTA ground by itself: a risk signal for review. Found in Java before
 * the rules run; the entity-list rule turns each hit into a FLAG reason.
 */
public final class EntityListHit {
    private final Party party;
    private final String screenedName;
    private final String list;
    private final String listName;
    private final LocalDate listVersion;
    private final String entry;
    private final String entryName;
    private final String entryCountry;
    private final String matchedName;
    private final BigDecimal score;
    private final boolean countryMatches;

    public EntityListHit(Party party, String screenedName, String list, String listName, LocalDate listVersion,
                         String entry, String entryName, String entryCountry, String matchedName, BigDecimal score,
                         boolean countryMatches) {
        this.party = party;
        this.screenedName = screenedName;
        this.list = list;
        this.listName = listName;
        this.listVersion = listVersion;
        this.entry = entry;
        this.entryName = entryName;
        this.entryCountry = entryCountry;
        this.matchedName = matchedName;
        this.score = score;
        this.countryMatches = countryMatches;
    }

    public Party getParty() { return party; }
    /** The party's name or alias that matched. */
    public String getScreenedName() { return screenedName; }
    /** The list id (its file name), e.g. {@code bis-entity-list}. */
    public String getList() { return list; }
    public String getListName() { return listName; }
    public LocalDate getListVersion() { return listVersion; }
    /** The entry's id on the list. */
    public String getEntry() { return entry; }
    public String getEntryName() { return entryName; }
    public String getEntryCountry() { return entryCountry; }
    /** The list's name or alias for the entry that matched. */
    public String getMatchedName() { return matchedName; }
    /** Similarity, 0 to 1, three decimals. */
    public BigDecimal getScore() { return score; }
    public boolean isCountryMatches() { return countryMatches; }

    @Override
    public String toString() {
        return party.getLabel() + " ~ " + list + "#" + entry + " (" + score + ")";
    }
}
