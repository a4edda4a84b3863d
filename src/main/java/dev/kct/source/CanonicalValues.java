package dev.kct.source;

import dev.kct.record.PatentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses one canonical record given as column values rather than as a line of a file: for readers of tables that a
 * framework has already split into columns (the Spark job's CSV, JSONL and Parquet inputs). The values go through
 * the same {@link CanonicalRecordParser} as {@link CanonicalCsvReader}'s and {@link CanonicalJsonlReader}'s, so a
 * record is accepted, repaired or rejected exactly as {@code kct index} would.
 *
 * <p>A value is null (absent), a {@link String} (a cell: list columns {@code ;}-separated, as in canonical CSV) or a
 * {@link List} (a list column given as an array, as in JSONL or Parquet; a null item counts as a blank one). Text is
 * stripped; a blank cell is absent.
 */
public final class CanonicalValues {

    /**
     * The outcome for one record: the record, or the column at fault and why.
     *
     * @param record the parsed record, or null when rejected
     * @param field  the column at fault, or null
     * @param reason why the record was rejected, or null
     */
    public record Parsed(PatentRecord record, String field, String reason) {}

    private CanonicalValues() {}

    /** Parses the record whose column values {@code value} gives (see the class comment for the value types). */
    public static Parsed parse(Function<CanonicalField, Object> value) {
        Parsed[] out = new Parsed[1];
        CanonicalRecordParser.parse(new Values(value), new SourceLocation("(values)", 1), () -> "", new RecordSink() {
            @Override
            public void accept(PatentRecord record, SourceLocation where) {
                out[0] = new Parsed(record, null, null);
            }

            @Override
            public void reject(Rejection rejection) {
                out[0] = new Parsed(null, rejection.field(), rejection.reason());
            }

            @Override
            public void warn(SourceLocation where, String message) {
                // repairs and notes lose nothing: the record is accepted
            }

            @Override
            public void repaired(SourceLocation where, String what) {
                // as above
            }
        });
        return out[0];
    }

    private record Values(Function<CanonicalField, Object> value) implements CanonicalRecordParser.Fields {
        @Override
        public String text(CanonicalField field) {
            Object v = value.apply(field);
            if (v == null) return null;
            String s = v instanceof List<?> list ? String.join(";", strings(list)) : v.toString();
            s = s.strip();
            return s.isEmpty() ? null : s;
        }

        @Override
        public List<String> items(CanonicalField field) {
            Object v = value.apply(field);
            if (v instanceof List<?> list) return strings(list);
            return CanonicalRecordParser.items(text(field));
        }

        private static List<String> strings(List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(item == null ? "" : item.toString().strip());
            return out;
        }
    }
}
