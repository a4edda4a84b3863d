package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ingest.IngestListener;
import dev.kct.ingest.IngestSummary;
import dev.kct.ingest.Ingestion;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatentIndexTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private IngestSummary index(Path index, Ingestion.Options options, List<String> warnings, Path... files) {
        List<Ingestion.InputFile> inputs = new ArrayList<>();
        for (Path f : files)
            inputs.add(new Ingestion.InputFile(f, f.getFileName().toString()));
        return Ingestion.run(index, inputs, options, new IngestListener() {
            @Override
            public void warning(dev.kct.source.SourceLocation where, String message) {
                warnings.add(where + ": " + message);
            }
        });
    }

    private IngestSummary index(Path index, Path... files) {
        return index(index, Ingestion.Options.defaults(), new ArrayList<>(), files);
    }

    private static final String CORPUS =
            "id,ipc,priority_date,filing_date,publication_date,family_id,applicants,applicant_countries,cited,claims,npl_citations,title\n"
                    + "P1,H01L 21/027;G03F 7/20;H01L 21/02,2015-01-01,,,F1,Sony Corp.;Acme,JP;US,,10,2,Lithography mask\n"
                    + "P2,H01L 29/66,,2016-05-05,,F1,SONY CORP,JP,P1,12,,Transistor gate\n"
                    + "P3,G03F 7/20,,,2017,,Acme,US,P1;P2;X9,4,0,Exposure apparatus\n"
                    + "P4,G06N 3/08;H01L,2018-02-02,,,,Baidu;Tsinghua,CN;CN,P3,,5,Neural chip\n";

    @Test
    void aTableLoadedWithoutCitationsHasTheSameCountsAndRefusesCitations() throws IOException {
        Path idx = dir.resolve("idx-counts");
        index(idx, csv("c.csv", CORPUS));
        try (PatentIndex index = PatentIndex.open(idx)) {
            Selection sel = index.select(Filters.none());
            PatentTable full = index.load(sel, IpcLevel.SUBCLASS, 0);
            PatentTable counts = index.loadWithoutCitations(sel, IpcLevel.SUBCLASS, 0);
            assertThat(full.hasCitations()).isTrue();
            assertThat(counts.hasCitations()).isFalse();
            assertThat(counts.hasCitationData()).isFalse();
            for (int r = 0; r < full.size(); r++) {
                assertThat(counts.id(r)).isEqualTo(full.id(r));
                assertThat(counts.year(r)).isEqualTo(full.year(r));
                assertThat(labels(counts.technologies(), r)).isEqualTo(labels(full.technologies(), r));
                assertThat(labels(counts.applicants(), r)).isEqualTo(labels(full.applicants(), r));
                assertThat(counts.country(r)).isEqualTo(full.country(r));
            }
            assertThatThrownBy(counts::citedRows)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("without its citations");
            assertThat(counts.byFamily().hasCitations()).isFalse();
        }
    }

    @Test
    void roundTripsRecordsIntoTable() throws IOException {
        Path idx = dir.resolve("idx");
        IngestSummary s = index(idx, csv("a.csv", CORPUS));
        assertThat(s.read()).isEqualTo(4);
        assertThat(s.indexed()).isEqualTo(4);
        assertThat(s.patentsInIndex()).isEqualTo(4);
        try (PatentIndex index = PatentIndex.open(idx)) {
            Selection sel = index.select(Filters.none());
            assertThat(sel.size()).isEqualTo(4);
            assertThat(sel.fallbacks()).containsEntry(DateBasis.FILING, 1L).containsEntry(DateBasis.PUBLICATION, 1L);
            PatentTable t = index.load(sel, IpcLevel.SUBCLASS);
            assertThat(t.technologies().labels()).containsExactly("G03F", "G06N", "H01L");
            Map<String, Integer> rowOf = new java.util.HashMap<>();
            for (int r = 0; r < t.size(); r++) rowOf.put(t.id(r), r);
            int p1 = rowOf.get("P1"), p2 = rowOf.get("P2"), p3 = rowOf.get("P3"), p4 = rowOf.get("P4");
            assertThat(labels(t.technologies(), p1)).containsExactly("G03F", "H01L");
            assertThat(labels(t.technologies(), p4)).containsExactly("G06N", "H01L");
            assertThat(t.year(p1)).isEqualTo(2015);
            assertThat(t.year(p2)).isEqualTo(2016);
            assertThat(t.year(p3)).isEqualTo(2017);
            assertThat(labels(t.applicants(), p1)).containsExactly("ACME", "SONY");
            assertThat(labels(t.applicants(), p2)).containsExactly("SONY");
            assertThat(t.countryLabels()).containsExactly("CN", "JP", "US");
            assertThat(t.countryLabels()[t.country(p1)]).isEqualTo("JP");
            assertThat(labels(t.applicantCountries(), p1)).containsExactly("JP", "US");
            assertThat(cited(t, p3)).containsExactlyInAnyOrder("P1", "P2");
            assertThat(cited(t, p4)).containsExactly("P3");
            assertThat(t.claims(p4)).isEqualTo(-1);
            assertThat(t.npl(p4)).isEqualTo(5);
            assertThat(t.hasCitationData()).isTrue();

            PatentTable g = index.load(sel, IpcLevel.GROUP);
            assertThat(g.technologies().labels()).containsExactly("G03F 7/00", "G06N 3/00", "H01L 21/00", "H01L 29/00");
            assertThat(labels(g.technologies(), p4)).containsExactly("G06N 3/00");

            PatentTable fam = t.byFamily();
            assertThat(fam.size()).isEqualTo(3);
            int f1 = -1;
            for (int u = 0; u < fam.size(); u++) {
                if (fam.id(u).equals("P1") || fam.id(u).equals("P2")) f1 = u;
            }
            assertThat(fam.year(f1)).isEqualTo(2015);
            assertThat(labels(fam.technologies(), f1)).containsExactly("G03F", "H01L");
            assertThat(fam.claims(f1)).isEqualTo(12);
            assertThat(index.applicantVariants(List.of("SONY")))
                    .containsEntry("SONY", List.of("SONY CORP", "Sony Corp."));
        }
    }

    @Test
    void applicantThesaurusMergesNamesAndKeepsTheirSpellings() throws IOException {
        Path map = csv("map.csv", "from,to\nAcme,Sony Corporation\nTsinghua,\n");
        Path idx = dir.resolve("idx");
        index(
                idx,
                Ingestion.Options.defaults().withApplicantMap(dev.kct.record.ApplicantMap.load(map)),
                new ArrayList<>(),
                csv("a.csv", CORPUS));
        try (PatentIndex index = PatentIndex.open(idx)) {
            PatentTable t = index.load(index.select(Filters.none()), IpcLevel.SUBCLASS);
            assertThat(t.applicants().labels()).containsExactly("BAIDU", "SONY");
            assertThat(index.applicantVariants(List.of("SONY")))
                    .containsEntry("SONY", List.of("Acme", "SONY CORP", "Sony Corp."));
        }
    }

    @Test
    void filtersSelect() throws IOException {
        Path idx = dir.resolve("idx");
        index(idx, csv("a.csv", CORPUS));
        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(ids(index, new Filters(2016, 2017, DateBasis.PRIORITY, null, null, null)))
                    .containsExactly("P2", "P3");
            assertThat(ids(index, new Filters(null, null, null, null, List.of("CN", "US"), null)))
                    .containsExactly("P3", "P4");
            assertThat(ids(index, new Filters(null, null, null, null, null, List.of(IpcParser.parse("G03F 7/20")))))
                    .containsExactly("P1", "P3");
            assertThat(ids(index, new Filters(null, null, null, null, null, List.of(IpcParser.parse("H01")))))
                    .containsExactly("P1", "P2", "P4");
            assertThat(ids(index, new Filters(null, null, null, "lithography OR neural", null, null)))
                    .containsExactly("P1", "P4");
            assertThat(ids(index, new Filters(null, null, null, "applicants:acme", null, null)))
                    .containsExactly("P1", "P3");
            assertThat(ids(index, new Filters(null, null, null, "id:P2", null, null)))
                    .containsExactly("P2");
            assertThat(ids(index, new Filters(null, null, null, "id:\"P4\" OR exposure", null, null)))
                    .containsExactly("P3", "P4");
            assertThat(ids(index, new Filters(null, null, null, "id:p2", null, null)))
                    .as("ids are exact")
                    .isEmpty();
            assertThatThrownBy(() -> index.select(new Filters(null, null, null, "title:(", null, null)))
                    .isInstanceOf(KctException.class)
                    .hasMessageContaining("not valid Lucene query syntax");
        }
    }

    @Test
    void storedPatentIsFoundById() throws IOException {
        Path idx = dir.resolve("idx");
        index(idx, csv("a.csv", CORPUS));
        try (PatentIndex index = PatentIndex.open(idx)) {
            PatentIndex.StoredPatent p = index.storedById("P1");
            assertThat(p.title()).isEqualTo("Lithography mask");
            assertThat(p.ipc()).containsExactly("H01L 21/027", "G03F 7/20", "H01L 21/02");
            assertThat(p.applicants()).containsExactly("Sony Corp.", "Acme");
            assertThat(index.storedById("P3").title()).isEqualTo("Exposure apparatus");
            assertThat(index.storedById("P5")).isNull();
        }
    }

    @Test
    void manyReplacementsAcrossRunsAndInsideOneRunKeepOneDocumentPerId() throws IOException {
        Path idx = dir.resolve("idx");
        StringBuilder first = new StringBuilder("id,ipc,publication_date\n");
        for (int i = 0; i < 3000; i++) first.append("R").append(i).append(",H01L,2001\n");
        index(idx, csv("first.csv", first.toString()));
        // more records than one delete query holds; old ids, new ids, and ids repeated inside the run
        StringBuilder second = new StringBuilder("id,ipc,publication_date\n");
        for (int i = 0; i < 40_000; i++) second.append("R").append(i).append(",G06F,2002\n");
        for (int i = 0; i < 50; i++) second.append("R").append(i * 700).append(",B64C,2003\n");
        IngestSummary s = index(idx, csv("second.csv", second.toString()));
        assertThat(s.indexed()).isEqualTo(40_050);
        assertThat(s.replaced()).isEqualTo(3050);
        assertThat(s.patentsInIndex()).isEqualTo(40_000);
        try (PatentIndex index = PatentIndex.open(idx)) {
            PatentTable t = index.load(index.select(Filters.none()), IpcLevel.SUBCLASS);
            Map<String, String> tech = new java.util.HashMap<>();
            for (int r = 0; r < t.size(); r++) {
                assertThat(tech.put(t.id(r), String.join(",", labels(t.technologies(), r))))
                        .as(t.id(r))
                        .isNull();
            }
            assertThat(tech).hasSize(40_000);
            for (int i = 0; i < 40_000; i++) {
                assertThat(tech.get("R" + i)).as("R" + i).isEqualTo(i % 700 == 0 && i < 35_000 ? "B64C" : "G06F");
            }
        }
    }

    @Test
    void sameIdAgainReplacesAndRerunIsIdempotent() throws IOException {
        Path idx = dir.resolve("idx");
        Path a = csv("a.csv", CORPUS);
        index(idx, a);
        IngestSummary again = index(idx, a);
        assertThat(again.replaced()).isEqualTo(4);
        assertThat(again.patentsInIndex()).isEqualTo(4);
        IngestSummary update =
                index(idx, csv("b.csv", "id,ipc,publication_date,title\nP1,B64C 39/02,2020,Drone\nP9,B64C,2021,New\n"));
        assertThat(update.replaced()).isEqualTo(1);
        assertThat(update.patentsInIndex()).isEqualTo(5);
        try (PatentIndex index = PatentIndex.open(idx)) {
            PatentTable t = index.load(index.select(Filters.none()), IpcLevel.SUBCLASS);
            for (int r = 0; r < t.size(); r++) {
                if (t.id(r).equals("P1"))
                    assertThat(labels(t.technologies(), r)).containsExactly("B64C");
            }
        }
    }

    @Test
    void duplicateIdInOneFileIsWarnedAndLastWins() throws IOException {
        Path idx = dir.resolve("idx");
        List<String> warnings = new ArrayList<>();
        StringBuilder text = new StringBuilder("id,ipc,publication_date\n");
        for (int i = 0; i < 2000; i++) text.append("D").append(i).append(",H01L,2001\n");
        text.append("D7,G06F,2002\n");
        IngestSummary s = index(idx, Ingestion.Options.defaults(), warnings, csv("d.csv", text.toString()));
        assertThat(warnings)
                .singleElement()
                .asString()
                .isEqualTo(
                        "d.csv:2002: duplicate id 'D7' (also at line 9): this later record replaces the earlier one");
        assertThat(s.patentsInIndex()).isEqualTo(2000);
        assertThat(s.replaced()).isEqualTo(1);
        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(ids(index, new Filters(null, null, null, null, null, List.of(IpcParser.parse("G06F")))))
                    .containsExactly("D7");
        }
    }

    @Test
    void strictStopsAtFirstBadRecordAndCommitsNothing() throws IOException {
        Path idx = dir.resolve("idx");
        index(idx, csv("a.csv", CORPUS));
        Path bad = csv("bad.csv", "id,ipc,publication_date\nN1,H01L,2001\nN2,H01L,20x1\nN3,H01L,2001\n");
        assertThatThrownBy(() -> index(idx, Ingestion.Options.defaults().withStrict(true), new ArrayList<>(), bad))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("bad.csv:3: field 'publication_date'")
                .hasMessageContaining("nothing was committed");
        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(index.patents()).isEqualTo(4);
        }
    }

    @Test
    void failedRunLeavesLastCommit() throws IOException {
        Path idx = dir.resolve("idx");
        index(idx, csv("a.csv", CORPUS));
        Path good = csv("g.csv", "id,ipc,publication_date\nN1,H01L,2001\n");
        Path broken = csv("h.csv", "id,publication_date\nN2,2001\n");
        assertThatThrownBy(() -> index(idx, good, broken)).hasMessageContaining("required column 'ipc'");
        try (PatentIndex index = PatentIndex.open(idx)) {
            assertThat(index.patents()).isEqualTo(4);
        }
    }

    @Test
    void nothingUsableIsADataError() throws IOException {
        Path bad = csv("bad.csv", "id,ipc,publication_date\nN1,,2001\n");
        assertThatThrownBy(() -> index(dir.resolve("idx"), bad))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("no usable records");
    }

    @Test
    void secondWriterIsToldTheIndexIsLocked() throws IOException {
        Path idx = dir.resolve("idx");
        index(idx, csv("a.csv", CORPUS));
        PatentIndexWriter.Settings settings = new PatentIndexWriter.Settings(
                1,
                16,
                dev.kct.record.ApplicantMap.NONE,
                new dev.kct.record.CountryOfOrigin(dev.kct.record.CountryOfOrigin.Mode.APPLICANT));
        try (PatentIndexWriter first = PatentIndexWriter.open(idx, settings)) {
            assertThatThrownBy(() -> PatentIndexWriter.open(idx, settings))
                    .isInstanceOf(KctException.class)
                    .hasMessageContaining("is locked by another kct")
                    .extracting(e -> ((KctException) e).kind())
                    .isEqualTo(KctException.Kind.IO);
        }
    }

    @Test
    void otherSchemaVersionIsRefusedWithRebuildAdvice() throws IOException {
        Path idx = dir.resolve("old");
        try (IndexWriter w = new IndexWriter(FSDirectory.open(idx), new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexSchema.META_SCHEMA, "0").entrySet());
            w.commit();
        }
        assertThatThrownBy(() -> PatentIndex.open(idx))
                .hasMessageContaining("has schema version 0")
                .hasMessageContaining("rebuild it");
        Path plain = dir.resolve("plain");
        try (IndexWriter w = new IndexWriter(FSDirectory.open(plain), new IndexWriterConfig())) {
            w.commit();
        }
        assertThatThrownBy(() -> PatentIndex.open(plain)).hasMessageContaining("not a kct index");
        assertThatThrownBy(() -> PatentIndex.open(dir.resolve("none"))).hasMessageContaining("no index at");
    }

    private static List<String> ids(PatentIndex index, Filters f) {
        PatentTable t = index.load(index.select(f), IpcLevel.SUBCLASS);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) out.add(t.id(r));
        out.sort(null);
        return out;
    }

    private static List<String> labels(CodeLists lists, int row) {
        return Arrays.stream(lists.row(row)).mapToObj(lists::label).toList();
    }

    private static List<String> cited(PatentTable t, int row) {
        List<String> out = new ArrayList<>();
        for (int k = t.citedStart(row); k < t.citedEnd(row); k++) out.add(t.id(t.citedRows()[k]));
        return out;
    }
}
