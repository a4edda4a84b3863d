package dev.kct.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
 * holding only the columns asked for, each on one line (line breaks in quoted text become spaces); a row
 * of the wrong width is rejected with its line.
 */
final class TsvTable implements Closeable {

    private final String displayName;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final ProblemSink sink;

    private TsvTable(String displayName, CsvReader<CsvRecord> reader, ProblemSink sink) {
        this.displayName = displayName;
        this.reader = reader;
        this.records = reader.iterator();
        this.sink = sink;
        this.header = records.hasNext() ? records.next().getFields() : List.of();
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(SourceFields.key(header.get(i)), i);
    }

    static TsvTable open(Path file, String displayName, ProblemSink sink) throws IOException {
        InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                ? unzipped(file, displayName)
                : TextInput.openBytes(file);
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator('\t')
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            return new TsvTable(displayName, reader, sink);
        } catch (CsvParseException e) {
            reader.close();
            throw KctException.data(displayName + ": cannot read the header row: " + e.getMessage());
        }
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
        return new Iterator<>() {
            private ExternalSort.KeyedRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    CsvRecord r;
                    try {
                        if (!records.hasNext()) return false;
                        r = records.next();
                    } catch (CsvParseException e) {
                        sink.reject(new Rejection(
                                new SourceLocation(displayName, 0),
                                "(record)",
                                "unparseable TSV: " + e.getMessage() + " (an unclosed quote?)",
                                ""));
                        return false;
                    }
                    SourceLocation where = new SourceLocation(displayName, r.getStartingLineNumber());
                    String id = r.getFieldCount() > key ? r.getField(key).strip() : "";
                    if (r.getFieldCount() != header.size() || id.isEmpty()) {
                        sink.reject(new Rejection(
                                where,
                                id.isEmpty() ? header.get(key) : "(record)",
                                id.isEmpty()
                                        ? "empty " + header.get(key)
                                        : "has " + r.getFieldCount() + " fields but the header has " + header.size(),
                                String.join("\t", r.getFields())));
                        continue;
                    }
                    String[] values = new String[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        values[i] = columns[i] < 0
                                ? null
                                : SourceFields.oneLine(SourceFields.value(r.getField(columns[i])));
                    }
                    next = new ExternalSort.KeyedRow(id, r.getStartingLineNumber(), values);
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
        reader.close();
    }
}
