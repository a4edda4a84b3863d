package dev.kct.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.KctException;
import dev.kct.index.RecordFacts;
import dev.kct.source.CanonicalField;
import dev.kct.source.CanonicalValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Reads canonical inputs (CSV, JSONL, Parquet with the canonical columns; list columns as arrays or {@code ;}-strings)
 * into one row of {@link #FACTS} per record: each record goes through kct's own canonical parser
 * ({@link CanonicalValues}) and {@link RecordFacts}, so ids, IPC symbols, applicant keys and countries come out in the
 * canonical forms an index would hold. A record the parser rejects becomes a row with {@code reject_field} set.
 */
final class SparkInput {

    /** The input formats. */
    enum Format {
        CSV,
        JSONL,
        PARQUET;

        /** The format a path names by its extension (compression suffixes aside), or null. */
        static Format byName(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
            for (String z : new String[] {".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy"}) {
                if (p.endsWith(z)) p = p.substring(0, p.length() - z.length());
            }
            if (p.endsWith(".csv") || p.endsWith(".txt")) return CSV;
            if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) return JSONL;
            if (p.endsWith(".parquet") || p.endsWith(".parq")) return PARQUET;
            return null;
        }

        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) return f;
            }
            if ("json".equalsIgnoreCase(text.strip())) return JSONL;
            throw KctException.usage("--input-format: '" + text + "' is not csv, jsonl or parquet");
        }
    }

    /** One row per record read: the record's facts, or why it was rejected. */
    static final StructType FACTS = new StructType()
            .add("input", DataTypes.IntegerType, false)
            .add("pos", DataTypes.LongType, false)
            .add("reject_field", DataTypes.StringType)
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("id_hash", DataTypes.LongType)
            .add("family_hash", DataTypes.LongType)
            .add("priority", DataTypes.IntegerType)
            .add("filing", DataTypes.IntegerType)
            .add("publication", DataTypes.IntegerType)
            .add("claims", DataTypes.IntegerType)
            .add("npl", DataTypes.IntegerType)
            .add("reported", DataTypes.IntegerType)
            .add("origin", DataTypes.StringType)
            .add("countries", DataTypes.createArrayType(DataTypes.StringType, true))
            .add("applicants", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("ipc", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("cited", DataTypes.createArrayType(DataTypes.LongType, false));

    private SparkInput() {}

    /**
     * The facts of every record of {@code inputs}, each read as Spark reads a path (a file, a directory, a glob; local,
     * HDFS or S3), in the format {@code forced} or the one its name says.
     *
     * @param csvLines whether every CSV record is on one line (the files can then be split between tasks)
     */
    static Dataset<Row> read(SparkSession spark, List<String> inputs, Format forced, boolean csvLines) {
        Dataset<Row> all = null;
        for (int i = 0; i < inputs.size(); i++) {
            String path = inputs.get(i);
            Format format = forced != null ? forced : Format.byName(path);
            if (format == null) {
                throw KctException.usage(path + ": cannot tell the format from the name: give --input-format csv,"
                        + " jsonl or parquet");
            }
            Dataset<Row> facts = facts(raw(spark, path, format, csvLines), path, format, i);
            all = all == null ? facts : all.union(facts);
        }
        return all;
    }

    private static Dataset<Row> raw(SparkSession spark, String path, Format format, boolean csvLines) {
        try {
            return switch (format) {
                case CSV ->
                    spark.read()
                            .option("header", "true")
                            .option("multiLine", Boolean.toString(!csvLines))
                            .option("quote", "\"")
                            .option("escape", "\"")
                            .option("encoding", "UTF-8")
                            .option("mode", "PERMISSIVE")
                            .option("inferSchema", "false")
                            .csv(path);
                case JSONL -> {
                    StructType schema = new StructType();
                    for (CanonicalField f : CanonicalField.values())
                        schema = schema.add(f.column(), DataTypes.StringType);
                    yield spark.read()
                            .schema(schema)
                            .option("mode", "PERMISSIVE")
                            .json(path);
                }
                case PARQUET -> spark.read().parquet(path);
            };
        } catch (RuntimeException e) {
            if (e.getClass().getName().endsWith("AnalysisException")) {
                throw KctException.io(path + ": cannot be read: " + firstLine(e.getMessage()), e);
            }
            throw e;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The canonical columns of {@code raw} (names matched as kct's readers match them) turned into facts. */
    private static Dataset<Row> facts(Dataset<Row> raw, String path, Format format, int input) {
        StructField[] fields = raw.schema().fields();
        List<Column> columns = new ArrayList<>();
        CanonicalField[] all = CanonicalField.values();
        int[] at = new int[all.length];
        boolean[] array = new boolean[all.length];
        java.util.Arrays.fill(at, -1);
        for (StructField field : fields) {
            String name = field.name().strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            CanonicalField f = CanonicalField.byColumn(name);
            if (f == null) continue;
            if (at[f.ordinal()] >= 0) {
                throw KctException.data(path + ": the header names '" + f.column() + "' twice: rename or remove one");
            }
            DataType type = field.dataType();
            Column c = functions.col("`" + field.name().replace("`", "``") + "`");
            if (type instanceof ArrayType) {
                c = c.cast(DataTypes.createArrayType(DataTypes.StringType));
                array[f.ordinal()] = true;
            } else if (type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType) {
                c = functions.date_format(c, "yyyy-MM-dd");
            } else {
                c = c.cast(DataTypes.StringType);
            }
            at[f.ordinal()] = columns.size();
            columns.add(c.as(f.column()));
        }
        if (format != Format.JSONL) {
            for (CanonicalField f : all) {
                if (f.isRequired() && at[f.ordinal()] < 0) {
                    throw KctException.data(path + ": required column '" + f.column() + "' is missing; it has: "
                            + String.join(",", raw.columns()));
                }
            }
            if (CanonicalField.DATES.stream().noneMatch(f -> at[f.ordinal()] >= 0)) {
                throw KctException.data(path + ": no date column: add priority_date, filing_date or publication_date");
            }
        }
        columns.add(functions.monotonically_increasing_id().as("_pos"));
        return raw.select(columns.toArray(Column[]::new))
                .mapPartitions(new Parse(input, at, array, format == Format.JSONL), Encoders.row(FACTS));
    }

    /** Parses each record with kct's canonical parser and packs its facts. */
    private static final class Parse implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper JSON = new ObjectMapper();

        private final int input;
        private final int[] at;
        private final boolean[] array;
        private final boolean json;

        Parse(int input, int[] at, boolean[] array, boolean json) {
            this.input = input;
            this.at = at;
            this.array = array;
            this.json = json;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            int posAt = 0;
            for (int a : at) posAt = Math.max(posAt, a + 1);
            int pos = posAt;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return facts(rows.next(), pos);
                }
            };
        }

        private Row facts(Row row, int posAt) {
            long pos = row.getLong(posAt);
            CanonicalValues.Parsed parsed = CanonicalValues.parse(f -> value(row, f));
            if (parsed.record() == null) {
                Object[] rejected = new Object[FACTS.fields().length];
                rejected[0] = input;
                rejected[1] = pos;
                rejected[2] = parsed.field();
                return RowFactory.create(rejected);
            }
            RecordFacts r = RecordFacts.of(parsed.record());
            return RowFactory.create(
                    input,
                    pos,
                    null,
                    r.id(),
                    r.title(),
                    r.idHash(),
                    r.familyHash(),
                    r.date(dev.kct.index.DateBasis.PRIORITY),
                    r.date(dev.kct.index.DateBasis.FILING),
                    r.date(dev.kct.index.DateBasis.PUBLICATION),
                    r.claims(),
                    r.npl(),
                    r.reportedCitations(),
                    r.originCountry(),
                    r.applicantCountries().toArray(String[]::new),
                    r.applicantKeys().toArray(String[]::new),
                    r.ipcSymbols().toArray(String[]::new),
                    r.citedHashes());
        }

        private Object value(Row row, CanonicalField f) {
            int i = at[f.ordinal()];
            if (i < 0 || row.isNullAt(i)) return null;
            if (array[f.ordinal()]) return row.getList(i);
            String s = row.getString(i);
            if (json && isList(f) && s.startsWith("[")) {
                try {
                    JsonNode node = JSON.readTree(s);
                    if (node.isArray()) {
                        List<String> items = new ArrayList<>();
                        for (JsonNode item : node) items.add(item.isNull() ? "" : item.asText());
                        return items;
                    }
                } catch (java.io.IOException e) {
                    return s;
                }
            }
            return s;
        }

        private static boolean isList(CanonicalField f) {
            return f == CanonicalField.IPC
                    || f == CanonicalField.APPLICANTS
                    || f == CanonicalField.APPLICANT_COUNTRIES
                    || f == CanonicalField.CITED;
        }
    }
}
