package dev.kct.fuzz;

/**
 * Entry point of Jazzer's standalone driver for {@code scripts/fuzz}: the system property {@code kct.fuzz.target}
 * names one of {@link FuzzTargets}; every input goes through {@link ReaderHarness}, whose contract violations are
 * the findings.
 */
public final class JazzerTarget {

    private static final FuzzTargets TARGET =
            FuzzTargets.valueOf(System.getProperty("kct.fuzz.target", "CANONICAL_CSV"));
    private static final ReaderHarness HARNESS = new ReaderHarness(20_000);

    private JazzerTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        TARGET.run(HARNESS, data);
    }
}
