package dev.kct.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.kct.source.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every rejected record to a CSV file: {@code file,line,field,reason,raw} (RFC 4180); {@code line} is one
 * line ({@code 57}) or, for a record that spans several, their range ({@code 57-81}).
 */
public final class RejectsCsvWriter implements Closeable {

    private final CsvWriter csv;

    private RejectsCsvWriter(Writer out) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("file", "line", "field", "reason", "raw");
    }

    public static RejectsCsvWriter open(Path file) throws IOException {
        return new RejectsCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public void write(Rejection r) {
        csv.writeRecord(r.where().file(), r.where().lines(), r.field(), r.reason(), r.raw());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
