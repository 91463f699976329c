package dev.shinsa.engine;

import java.util.List;
import org.kie.api.runtime.rule.Agenda;

/**
 * The order in which rules run, following the decision procedure of the law reference
 * (section 9). Each DRL file names its phase once, at the top, as {@code ruleflow-group "coverage"} (Drools 10 deprecates the
 * equivalent {@code agenda-group}); the loader checks that every rule runs in the phase its file names.
 */
public final class Phases {
    /** Who is a foreign investor (Art. 26(1)), shareholders first (look-through). */
    public static final String CLASSIFY = "classify";
    /** Is the act covered, does a ground make prior notification required, what is missing. */
    public static final String COVERAGE = "coverage";
    /** May the exemption from prior notification be used. */
    public static final String EXEMPTION = "exemption";
    /** Post-investment reports, waiting periods and other consequences of the above. */
    public static final String REPORT = "report";

    public static final List<String> ORDER = List.of(CLASSIFY, COVERAGE, EXEMPTION, REPORT);

    /** Puts the phases on {@code agenda}'s focus stack so that the next fire runs them in {@link #ORDER}. */
    static void focus(Agenda agenda) {
        for (int i = ORDER.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(ORDER.get(i)).setFocus();
        }
    }

    private Phases() {
    }
}
