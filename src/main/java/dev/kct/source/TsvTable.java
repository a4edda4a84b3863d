package dev.kct.source;

import dev.kct.KctException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One PatentsView table file ({@code g_patent.tsv}, {@code .tsv.gz} or the {@code .tsv.zip} PatentsView
 * publishes, read from the zip without unpacking it): UTF-8, tab-separated, header row, non-numeric
 * fields in double quotes. Streams its rows as {@link ExternalSort.KeyedRow}s keyed by one column and
 * holding only the columns asked for, each on one line (line breaks in quoted text become spaces). Read through
 * {@link CsvInput}: a row of the wrong width is rejected with its line, and a stray quote costs only its own row.
 */
final class TsvTable implements Closeable {

    private final String displayName;
    private final CsvInput csv;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final ProblemSink sink;

    private TsvTable(String displayName, CsvInput csv, ProblemSink sink) {
        this.displayName = displayName;
        this.csv = csv;
        this.sink = sink;
        this.header = csv.header();
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(SourceFields.key(header.get(i)), i);
    }

    static TsvTable open(Path file, String displayName, ProblemSink sink) throws IOException {
        InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                ? unzipped(file, displayName)
                : TextInput.openBytes(file);
        return new TsvTable(
                displayName,
                CsvInput.of(new InputStreamReader(in, StandardCharsets.UTF_8), displayName, '\t', 0, sink),
                sink);
    }

    private static InputStream unzipped(Path file, String displayName) throws IOException {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
                return new BufferedInputStream(zip, 1 << 16);
            }
        }
        zip.close();
        throw KctException.data(displayName + ": the zip holds no .tsv file");
    }

    String displayName() {
        return displayName;
    }

    /** The index of the column named {@code name} (compared as {@link SourceFields#key}), or -1. */
    int column(String name) {
        return columns.getOrDefault(SourceFields.key(name), -1);
    }

    /** The indexes of {@code names}, failing with the header shown when one is missing. */
    int[] require(String... names) {
        int[] idx = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            idx[i] = column(names[i]);
            if (idx[i] < 0) {
                throw KctException.data(
                        displayName + ": no '" + names[i] + "' column; header: " + String.join(", ", header));
            }
        }
        return idx;
    }

    /**
     * The rows keyed by column {@code key}, with the values of {@code columns} (-1 gives null); blank
     * cells are null. Rows with a blank key are rejected.
     */
    Iterator<ExternalSort.KeyedRow> rows(int key, int... columns) {
        Iterator<CsvInput.Row> rows = csv.iterator();
        return new Iterator<>() {
            private ExternalSort.KeyedRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (!rows.hasNext()) return false;
                    CsvInput.Row r = rows.next();
                    String id = r.get(key);
                    if (id == null) {
                        sink.reject(new Rejection(r.where(), header.get(key), "empty " + header.get(key), r.raw()));
                        continue;
                    }
                    String[] values = new String[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        values[i] = SourceFields.oneLine(SourceFields.value(r.get(columns[i])));
                    }
                    next = new ExternalSort.KeyedRow(id, r.where().line(), values);
                }
                return true;
            }

            @Override
            public ExternalSort.KeyedRow next() {
                if (!hasNext()) throw new NoSuchElementException();
                ExternalSort.KeyedRow r = next;
                next = null;
                return r;
            }
        };
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
