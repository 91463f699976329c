package dev.shinsa.engine;

import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.Party;
import dev.shinsa.domain.Transaction;
import dev.shinsa.matching.EntityListIndex;
import dev.shinsa.matching.NameMatch;
import dev.shinsa.refdata.DataProblem;
import dev.shinsa.refdata.EntityList;
import dev.shinsa.refdata.EntityListLoader;
import dev.shinsa.refdata.Parameter;
import dev.shinsa.refdata.ParameterValue;
import dev.shinsa.refdata.Parameters;
import dev.shinsa.refdata.RefDataLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Screens the investor (its name and aliases) and every shareholder in its chain against the rule
 * set's entity lists, as of the transaction date: an entry listed after {@code asOf} does not
 * match, and the score threshold is the {@value #THRESHOLD} parameter in force on that date.
 * The hits become facts for the entity-list rule. Also builds the rule set's index of the lists.
 */
public final class EntityListScreening {
    /** The parameter (rules/parameters) holding the smallest score that counts as a match. */
    public static final String THRESHOLD = "entityListMatchThreshold";
    /** The parameter holding the smallest Jaro-Winkler similarity at which two name tokens count as alike. */
    public static final String TOKEN_MINIMUM = "entityListTokenSimilarityMinimum";

    private EntityListScreening() {
    }

    /**
     * The entity lists of {@code data/entity-lists/}, indexed once for this rule set. When there
     * are lists, both matching numbers must be parameters with values above 0 and at most 1 from the start
     * of the coverage.
     */
    static EntityListIndex index(Path rulesDir, RefDataLoader data, Parameters parameters,
                                 LocalDate coverageFrom, List<DataProblem> problems) {
        List<EntityList> lists = new EntityListLoader(rulesDir, data, problems).load();
        if (lists.isEmpty()) {
            return EntityListIndex.empty();
        }
        String where = data.rel(rulesDir.resolve(EntityListLoader.FOLDER));
        for (String name : List.of(THRESHOLD, TOKEN_MINIMUM)) {
            Parameter p = parameters.get(name);
            if (p == null) {
                problems.add(new DataProblem(where, 0, "entity lists need the parameter '" + name + "' (a score from 0 to 1) in parameters/"));
                continue;
            }
            if (coverageFrom != null && p.valueOn(coverageFrom) == null) {
                problems.add(new DataProblem(p.file(), 0, name + " has no value on " + coverageFrom + " (coverageFrom)"));
            }
            for (ParameterValue v : p.values().values()) {
                if (v.decimal().signum() <= 0 || v.decimal().compareTo(BigDecimal.ONE) > 0) {
                    problems.add(new DataProblem(p.file(), 0, name + " must be a score above 0 and at most 1, not " + v.text()));
                }
            }
        }
        return new EntityListIndex(lists);
    }

    /** The hits of every party of {@code tx}, party by party (parents first), best score first. */
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
                        BigDecimal.valueOf(m.score()).setScale(3, RoundingMode.HALF_UP), m.countryMatches()));
            }
        }
        return out;
    }

    private static ParameterValue value(RuleSet ruleSet, String name, Transaction tx) {
        Parameter p = ruleSet.parameters().get(name);
        return p == null ? null : p.valueOn(tx.getAsOf());
    }
}
