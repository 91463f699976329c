package dev.shinsa.refdata;

import java.time.LocalDate;
import java.util.List;

/**
 * One entity list as shipped under {@code rules/data/entity-lists/}: its id (the file stem, e.g.
 * {@code bis-entity-list}), name, version (the date of the publication it copies), source, and
 * entries. An entity list is a risk signal for compliance review, not a FEFTA ground.
 */
public record EntityList(String id, String name, LocalDate version, String source, String file, List<Entry> entries) {

    public EntityList {
        entries = List.copyOf(entries);
    }

    /**
     * One listed entity: its id on the list, its name and aliases as published, its country
     * (ISO 3166-1 alpha-2, may be empty), the date it was listed (it matches transactions on or
     * after that date), the publication that lists it, and its line in the CSV.
     */
    public record Entry(String id, String name, List<String> aliases, String country, LocalDate listedOn,
                        String source, int line) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }
}
