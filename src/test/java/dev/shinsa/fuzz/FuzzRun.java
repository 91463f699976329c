package dev.shinsa.fuzz;

import java.util.Random;

/**
 * The seed and size of one fuzz run. The normal build uses a fixed seed, so that CI gives the same
 * answer for the same code; {@code -Dshinsa.fuzz.seed=random} draws a new one (to search) and
 * {@code -Dshinsa.fuzz.seed=N} repeats one. The seed is printed at the start of each fuzz test and
 * named in every failure, so a failure is reproduced with
 * {@code ./mvnw test -Dtest=<the test> -Dshinsa.fuzz.seed=N}. {@code -Dshinsa.fuzz.scale=10} runs
 * ten times the inputs (a long run, not for CI).
 */
public record FuzzRun(long seed, double scale) {
    /** The seed of the normal build. */
    static final long FIXED_SEED = 20261123L;

    public static FuzzRun fromSystemProperties() {
        String seed = System.getProperty("shinsa.fuzz.seed", "").trim();
        String scale = System.getProperty("shinsa.fuzz.scale", "1");
        long value = seed.isEmpty() ? FIXED_SEED : seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed);
        return new FuzzRun(value, Double.parseDouble(scale.trim()));
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
