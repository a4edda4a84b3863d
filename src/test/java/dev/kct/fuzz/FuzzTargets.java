package dev.kct.fuzz;

import dev.kct.source.CanonicalCsvReader;
import dev.kct.source.CanonicalJsonlReader;
import dev.kct.source.EspacenetCsvReader;
import dev.kct.source.LensCsvReader;
import dev.kct.source.MappedTableReader;
import dev.kct.source.PatentReader;
import dev.kct.source.PatentsViewReader;
import dev.kct.source.PatentscopeCsvReader;
import dev.kct.source.UsptoXmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * One fuzz target per input format: the reader, the name the input file gets (some readers recognise files by
 * name), and the seed files (ours: the hand-written fixtures of the reader tests and the bundled samples).
 */
enum FuzzTargets {
    CANONICAL_CSV(CanonicalCsvReader::new, "input.csv", "samples/every-column.csv"),
    CANONICAL_JSONL(CanonicalJsonlReader::new, "input.jsonl", "samples/every-column.jsonl"),
    LENS(
            LensCsvReader::new,
            "lens-export.csv",
            "src/test/resources/source/lens/lens-2019.csv",
            "src/test/resources/source/lens/lens-2015-windows1252.csv",
            "src/test/resources/source/lens/lens-2018-snake-case.csv",
            "src/test/resources/source/lens/lens-2016-crlf.csv",
            "src/test/resources/source/lens/lens-cleaned.csv"),
    PATENTSCOPE(PatentscopeCsvReader::new, "patentscope.csv", "src/test/resources/source/patentscope/pizza-latin1.csv"),
    ESPACENET(
            EspacenetCsvReader::new,
            "Suchergebnis.csv",
            "src/test/resources/source/espacenet/vise-en.csv",
            "src/test/resources/source/espacenet/schraubstock-de.csv"),
    WIPO_LANDSCAPE(
            () -> MappedTableReader.profile("wipo-landscape"),
            "landscape.csv",
            "src/test/resources/source/wipo-landscape/landscape.csv"),
    USPTO_XML(UsptoXmlReader::new, "ipg-input.xml", "src/test/resources/source/uspto-xml/ipg-sample.xml"),
    /** PatentsView is a folder of tables: the input replaces one table of the sorted fixture folder. */
    PATENTSVIEW_PATENT(
            PatentsViewReader::new, "g_patent.tsv", "src/test/resources/source/patentsview/sorted/g_patent.tsv"),
    PATENTSVIEW_IPC(
            PatentsViewReader::new,
            "g_ipc_at_issue.tsv",
            "src/test/resources/source/patentsview/sorted/g_ipc_at_issue.tsv");

    static final Path PATENTSVIEW_FOLDER = root().resolve("src/test/resources/source/patentsview/sorted");

    /** The project root: the working directory, or {@code kct.fuzz.root} when the fuzzer runs elsewhere. */
    static Path root() {
        return Path.of(System.getProperty("kct.fuzz.root", ""));
    }

    private final Supplier<PatentReader> reader;
    final String fileName;
    final List<Path> seeds;

    FuzzTargets(Supplier<PatentReader> reader, String fileName, String... seeds) {
        this.reader = reader;
        this.fileName = fileName;
        this.seeds = java.util.Arrays.stream(seeds).map(p -> root().resolve(p)).toList();
    }

    PatentReader reader() {
        return reader.get();
    }

    boolean isFolder() {
        return name().startsWith("PATENTSVIEW");
    }

    List<byte[]> seedBytes() {
        return seeds.stream()
                .map(p -> {
                    try {
                        return Files.readAllBytes(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** Runs one input through the harness; a PatentsView table goes into a copy of the fixture folder. */
    ReaderHarness.Outcome run(ReaderHarness harness, byte[] data) {
        if (!isFolder()) return harness.check(reader(), fileName, data);
        Path folder = harness.dir().resolve("pv-" + name());
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try (var files = Files.list(PATENTSVIEW_FOLDER)) {
                    for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            Files.write(folder.resolve(fileName), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return harness.checkFile(reader(), folder.resolve(fileName));
    }
}
