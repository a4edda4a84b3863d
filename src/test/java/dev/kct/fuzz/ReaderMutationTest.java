package dev.kct.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The short fuzz run of {@code mvn verify} (issue 16): every reader gets its seeds and a few hundred seeded
 * mutations of them, and must answer each with records and located rejections or a located refusal of the whole
 * file, within seconds. {@code scripts/fuzz} runs the coverage-guided fuzzer (Jazzer) on the same targets for
 * millions of inputs. An input that breaks the contract is kept under {@code target/fuzz-failures/}.
 */
class ReaderMutationTest {

    /** Inputs per format in the verify run; {@code -Dkct.fuzz.mutations=N} runs more. */
    private static final int MUTATIONS = Integer.getInteger("kct.fuzz.mutations", 300);

    @ParameterizedTest
    @EnumSource(FuzzTargets.class)
    void seedsAndMutationsKeepTheReaderContract(FuzzTargets target) throws IOException {
        List<byte[]> seeds = target.seedBytes();
        int records = 0;
        try (ReaderHarness harness = new ReaderHarness(20_000)) {
            for (byte[] seed : seeds) {
                ReaderHarness.Outcome o = target.run(harness, seed);
                assertThat(o.refused()).as("seed of %s is read", target).isFalse();
                records += o.records();
            }
            Mutator mutator = new Mutator(target.ordinal() * 1_000_003L + 7);
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] input = mutator.mutate(seeds);
                try {
                    target.run(harness, input);
                } catch (ReaderHarness.ContractViolation v) {
                    Path kept = Path.of("target", "fuzz-failures", target.name(), "mutation-" + i);
                    Files.createDirectories(kept.getParent());
                    Files.write(kept, input);
                    throw new AssertionError(
                            target + " mutation " + i + " (kept in " + kept + "): " + v.getMessage(), v);
                }
            }
        }
        assertThat(records).as("the seeds of %s hold records", target).isPositive();
    }

    /** Inputs the fuzzers once broke a reader with, kept per target under ReaderFuzzTestInputs/ (Jazzer's layout). */
    @ParameterizedTest
    @EnumSource(FuzzTargets.class)
    void keptFindingsKeepTheReaderContract(FuzzTargets target) throws IOException {
        String method = switch (target) {
            case CANONICAL_CSV -> "canonicalCsv";
            case CANONICAL_JSONL -> "canonicalJsonl";
            case LENS -> "lens";
            case PATENTSCOPE -> "patentscope";
            case ESPACENET -> "espacenet";
            case WIPO_LANDSCAPE -> "wipoLandscape";
            case USPTO_XML -> "usptoXml";
            case PATENTSVIEW_PATENT -> "patentsViewPatent";
            case PATENTSVIEW_IPC -> "patentsViewIpc";
        };
        Path kept = Path.of("src/test/resources/dev/kct/fuzz/ReaderFuzzTestInputs", method);
        if (!Files.isDirectory(kept)) return;
        try (ReaderHarness harness = new ReaderHarness(20_000);
                var files = Files.list(kept)) {
            for (Path f : files.sorted().toList()) target.run(harness, Files.readAllBytes(f));
        }
    }
}
