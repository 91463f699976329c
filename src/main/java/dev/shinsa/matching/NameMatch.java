package dev.shinsa.matching;

import dev.shinsa.refdata.EntityList;

/**
 * One name found on an entity list: the list and entry, the list's name or alias that matched
 * ({@code matchedName}), the name that was screened ({@code queryName}), the similarity score
 * (0 to 1) and whether the entry's country is the screened party's country (used to rank).
 */
public record NameMatch(EntityList list, EntityList.Entry entry, String matchedName, String queryName,
                        double score, boolean countryMatches) {
}
