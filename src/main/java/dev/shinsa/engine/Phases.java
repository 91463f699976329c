package dev.shinsa.engine;

import java.util.List;

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

    private Phases() {
    }
}
