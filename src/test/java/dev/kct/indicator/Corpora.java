package dev.kct.indicator;

import dev.kct.index.IndexedTable;
import dev.kct.index.PatentTable;
import dev.kct.ipc.IpcLevel;
import java.util.List;

/** Small hand-made corpora shared by the indicator tests; every number the tests expect is worked out there. */
final class Corpora {

    private Corpora() {}

    /**
     * Five patents, three subclasses, years 2018–2020:
     *
     * <pre>
     *   id  year  technologies   applicants    countries  family  cites     claims  npl
     *   P1  2018  A01B, H01L     acme          US         F1      –         10      2
     *   P2  2018  H01L           acme, beta    US, CN     F1      P1        20      –
     *   P3  2020  G06F, H01L     gamma         CN         –       P1, P2    –       4
     *   P4  2019  H01L           beta          DE         –       P1, P3    6       0
     *   P5  2020  A01B           –             –          –       P3        8       –
     * </pre>
     *
     * Technology ids in code order: A01B = 0, G06F = 1, H01L = 2. Families are used only by byFamily().
     * The table is indexed and loaded as in production ({@link IndexedTable}): applicant keys are normalised
     * ({@code ACME}) and rows are in id-hash order, so tests find a patent's row with {@link IndexedTable#row}.
     */
    static PatentTable five() {
        return IndexedTable.builder(IpcLevel.SUBCLASS)
                .add("P1", 2018, List.of("A01B", "H01L"), List.of("acme"), List.of("US"), "F1", List.of(), 10, 2)
                .add(
                        "P2",
                        2018,
                        List.of("H01L"),
                        List.of("acme", "beta"),
                        List.of("US", "CN"),
                        "F1",
                        List.of("P1"),
                        20,
                        -1)
                .add(
                        "P3",
                        2020,
                        List.of("G06F", "H01L"),
                        List.of("gamma"),
                        List.of("CN"),
                        null,
                        List.of("P1", "P2"),
                        -1,
                        4)
                .add("P4", 2019, List.of("H01L"), List.of("beta"), List.of("DE"), null, List.of("P1", "P3"), 6, 0)
                .add("P5", 2020, List.of("A01B"), List.of(), List.of(), null, List.of("P3"), 8, -1)
                .build();
    }

    static final int A01B = 0;
    static final int G06F = 1;
    static final int H01L = 2;
}
