package dev.shinsa.engine;

import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.Party;
import dev.shinsa.domain.Transaction;
import dev.shinsa.matching.EntityListIndex;
import dev.shinsa.matching.NameMatch;
import dev.shinsa.refdata.Parameter;
import dev.shinsa.refdata.ParameterValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens the investor (its name and aliases) and every shareholder in its chain against the rule
 * set's entity lists, as of the transaction date: an entry listed after {@code asOf} does not
 * match, and the score threshold is the {@value #THRESHOLD} parameter in force on that date.
 * The hits become facts for the entity-list rule.
 */
public final class EntityListScreening {
    /** The parameter (rules/parameters) holding the smallest score that counts as a match. */
    public static final String THRESHOLD = "entityListMatchThreshold";
    /** The parameter holding the smallest Jaro-Winkler similarity at which two name tokens count as alike. */
    public static final String TOKEN_MINIMUM = "entityListTokenSimilarityMinimum";

    private EntityListScreening() {
    }

    public static List<EntityListHit> hits(RuleSet ruleSet, Transaction tx) {
        EntityListIndex index = ruleSet.entityLists();
        if (index == null || index.isEmpty()) {
            return List.of();
        }
        ParameterValue threshold = value(ruleSet, THRESHOLD, tx);
        ParameterValue tokenMinimum = value(ruleSet, TOKEN_MINIMUM, tx);
        if (threshold == null || tokenMinimum == null) {
            return List.of();
        }
        EntityListIndex.Settings settings = new EntityListIndex.Settings(threshold.decimal().doubleValue(),
                tokenMinimum.decimal().doubleValue());
        List<EntityListHit> out = new ArrayList<>();
        for (Party party : tx.parties()) {
            List<String> names = new ArrayList<>();
            names.add(party.getName());
            if (party.isRoot()) {
                names.addAll(tx.getInvestor().getAliases());
            }
            for (NameMatch m : index.match(names, party.getCountry(), tx.getAsOf(), settings)) {
                out.add(new EntityListHit(party, m.queryName(), m.list().id(), m.list().name(), m.list().version(),
                        m.entry().id(), m.entry().name(), m.entry().country(), m.matchedName(),
                        BigDecimal.valueOf(m.score()).setScale(3, java.math.RoundingMode.HALF_UP), m.countryMatches()));
            }
        }
        return out;
    }

    private static ParameterValue value(RuleSet ruleSet, String name, Transaction tx) {
        Parameter p = ruleSet.parameters().get(name);
        return p == null ? null : p.valueOn(tx.getAsOf());
    }
}
