package dev.kct.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzz targets, one per reader (Jazzer's JUnit integration). Under {@code mvn verify} they run in
 * regression mode: each replays the inputs kept in {@code src/test/resources/dev/kct/fuzz/ReaderFuzzTestInputs/}
 * (crashes found earlier, once fixed, belong there). {@code JAZZER_FUZZ=1 mvn test -Dtest='ReaderFuzzTest#lens'}
 * fuzzes one target; {@code scripts/fuzz} runs them all with the standalone driver and a number of executions.
 */
class ReaderFuzzTest {

    private static final ReaderHarness HARNESS = new ReaderHarness(20_000);

    @AfterAll
    static void cleanUp() throws IOException {
        HARNESS.close();
    }

    @FuzzTest(maxDuration = "60s")
    void canonicalCsv(byte[] data) {
        FuzzTargets.CANONICAL_CSV.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void canonicalJsonl(byte[] data) {
        FuzzTargets.CANONICAL_JSONL.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void lens(byte[] data) {
        FuzzTargets.LENS.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void patentscope(byte[] data) {
        FuzzTargets.PATENTSCOPE.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void espacenet(byte[] data) {
        FuzzTargets.ESPACENET.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void wipoLandscape(byte[] data) {
        FuzzTargets.WIPO_LANDSCAPE.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void usptoXml(byte[] data) {
        FuzzTargets.USPTO_XML.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void patentsViewPatent(byte[] data) {
        FuzzTargets.PATENTSVIEW_PATENT.run(HARNESS, data);
    }

    @FuzzTest(maxDuration = "60s")
    void patentsViewIpc(byte[] data) {
        FuzzTargets.PATENTSVIEW_IPC.run(HARNESS, data);
    }
}
