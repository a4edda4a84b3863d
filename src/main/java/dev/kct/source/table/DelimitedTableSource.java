package dev.kct.source.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kct.KctException;
import dev.kct.source.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text (CSV, TSV, {@code ;}-separated) read with FastCSV as a {@link TableSource}: any separator,
 * quoted cells with separators and line breaks inside, the encoding given or guessed by
 * {@link EncodingDetector} (a byte-order mark is skipped), gzip-compressed files read as they are. Each row
 * carries the line on which it starts.
 */
public final class DelimitedTableSource implements TableSource {

    private final Path file;
    private final char separator;
    private final Charset charset;
    private final int headerRow;

    /**
     * @param file      the file
     * @param separator the field separator, e.g. {@code ','}, {@code ';'} or {@code '\t'}
     * @param charset   the encoding, or null to guess it
     * @param headerRow the 1-based row holding the header; the rows above it are skipped
     */
    public DelimitedTableSource(Path file, char separator, Charset charset, int headerRow) {
        if (headerRow < 1) throw KctException.usage("header_row must be 1 or more, not " + headerRow);
        this.file = file;
        this.separator = separator;
        this.charset = charset;
        this.headerRow = headerRow;
    }

    /** The encoding this source reads with: the one given, else the guess from the file's first bytes. */
    public EncodingDetector.Guess encoding() throws IOException {
        byte[] head = TextInput.head(file, EncodingDetector.SAMPLE_BYTES + 1);
        int length = Math.min(head.length, EncodingDetector.SAMPLE_BYTES);
        EncodingDetector.Guess guess = EncodingDetector.detect(head, length, head.length <= length);
        if (charset == null) return guess;
        return new EncodingDetector.Guess(charset, guess.charset().equals(charset) ? guess.bomLength() : 0);
    }

    @Override
    public void read(Handler handler) throws IOException {
        EncodingDetector.Guess enc = encoding();
        InputStream bytes = TextInput.openBytes(file);
        bytes.skipNBytes(enc.bomLength());
        Reader text = new InputStreamReader(
                bytes,
                enc.charset()
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text)) {
            int rowNumber = 0;
            for (CsvRecord record : csv) {
                rowNumber++;
                if (rowNumber < headerRow) continue;
                List<String> fields = record.getFields();
                if (rowNumber == headerRow) {
                    List<String> names = new ArrayList<>(fields.size());
                    for (String f : fields) names.add(f.strip());
                    handler.header(names, record.getStartingLineNumber());
                } else if (!allBlank(fields)) {
                    handler.row(new TableRow(record.getStartingLineNumber(), fields));
                }
            }
        }
    }

    static boolean allBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) return false;
        }
        return true;
    }
}
