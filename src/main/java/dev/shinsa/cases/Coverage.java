package dev.shinsa.cases;

import dev.shinsa.engine.RuleMeta;
import dev.shinsa.engine.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules the cases make fire: for each rule, the cases (anywhere) that fire it, and how many
 * of the cases in its own {@code <stem>_test.yaml} do. A rule is covered when some case fires it
 * and its own file has both a case that fires it and one that does not.
 */
public record Coverage(List<Row> rows) {

    public record Row(RuleMeta rule, String caseFile, List<String> firingCases, int ownCases, int ownFiring) {
        public boolean neverFired() {
            return firingCases.isEmpty();
        }

        /** Its own case file lacks a case that makes it fire, or one that does not. */
        public boolean lacksOwnCases() {
            return ownFiring == 0 || ownFiring == ownCases;
        }
    }

    public static Coverage of(RuleSet ruleSet, List<RuleCases.Result> results) {
        Map<String, List<String>> firing = new LinkedHashMap<>();
        for (RuleMeta rule : ruleSet.rules()) {
            firing.put(rule.code(), new ArrayList<>());
        }
        for (RuleCases.Result res : results) {
            for (String code : res.fired()) {
                List<String> names = firing.get(code);
                if (names != null && !names.contains(res.ruleCase().name())) {
                    names.add(res.ruleCase().name());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RuleMeta rule : ruleSet.rules()) {
            String caseFile = caseFileOf(rule);
            int cases = 0;
            int fires = 0;
            for (RuleCases.Result res : results) {
                if (res.ruleCase().file().equals(caseFile)) {
                    cases++;
                    if (res.fired().contains(rule.code())) {
                        fires++;
                    }
                }
            }
            rows.add(new Row(rule, caseFile, List.copyOf(firing.get(rule.code())), cases, fires));
        }
        return new Coverage(List.copyOf(rows));
    }

    /** The case file beside a rule's DRL file: {@code x.drl} → {@code x_test.yaml}. */
    public static String caseFileOf(RuleMeta rule) {
        return rule.file().replaceFirst("\\.drl$", "_test.yaml");
    }

    public List<Row> neverFired() {
        return rows.stream().filter(Row::neverFired).toList();
    }

    public List<Row> lackingOwnCases() {
        return rows.stream().filter(Row::lacksOwnCases).toList();
    }

    public boolean complete() {
        return neverFired().isEmpty() && lackingOwnCases().isEmpty();
    }
}
