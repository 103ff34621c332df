package dev.hankojakarta.fuzz;

/**
 * How long each fuzz target of the {@code fuzz} profile runs. How long one input may take before it counts as a hang
 * is libFuzzer's {@code -timeout}, set in the profile: a JUnit {@code @Timeout} on a fuzz test would bound (and
 * interrupt) the whole fuzzing run, not one input.
 */
public final class FuzzBudget {

    /** Each target's fuzzing time; {@code mvn -Pfuzz test} runs three targets, one JVM each. */
    public static final String PER_TARGET = "60s";

    private FuzzBudget() {
    }
}
