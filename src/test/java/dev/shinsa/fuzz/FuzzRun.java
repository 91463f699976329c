package dev.shinsa.fuzz;

import java.util.Random;

/**
 * The seed and size of one fuzz run. The seed is random unless {@code -Dshinsa.fuzz.seed=N} fixes
 * it; it is printed at the start of each fuzz test and named in every failure, so a failure is
 * reproduced with {@code ./mvnw test -Dtest=<the test> -Dshinsa.fuzz.seed=N}.
 * {@code -Dshinsa.fuzz.scale=10} runs ten times the inputs (a long run, not for CI).
 */
public record FuzzRun(long seed, double scale) {

    public static FuzzRun fromSystemProperties() {
        String seed = System.getProperty("shinsa.fuzz.seed", "");
        String scale = System.getProperty("shinsa.fuzz.scale", "1");
        return new FuzzRun(seed.isBlank() ? new Random().nextLong() : Long.parseLong(seed.trim()), Double.parseDouble(scale.trim()));
    }

    /** How many inputs a test that runs {@code base} of them normally runs in this run. */
    public int tries(int base) {
        return Math.max(1, (int) Math.round(base * scale));
    }

    /** Each test gets its own stream from the run's seed, so tests do not depend on each other's order. */
    public Random random(String testName) {
        return new Random(seed ^ testName.hashCode());
    }

    public String describe(String testName) {
        return testName + ": seed " + seed + ", scale " + scale
                + " (reproduce with -Dtest=" + testName.replaceAll("#.*", "") + " -Dshinsa.fuzz.seed=" + seed + ")";
    }
}
