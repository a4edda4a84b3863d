package dev.kct.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.kct.KctException;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.aggregate.Aggregates;
import dev.kct.aggregate.CitedPatent;
import dev.kct.aggregate.TechnologyWeights;
import dev.kct.index.DateBasis;
import dev.kct.index.Filters;
import dev.kct.index.RecordFacts;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcParser;
import dev.kct.ipc.IpcSymbol;
import dev.kct.network.CooccurrenceNetwork;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The aggregates of docs/DESIGN.md ("Aggregates schema") computed by Spark from canonical records, equal to those of
 * {@code kct aggregates} on an index of the same records, number for number and bit for bit:
 *
 * <ol>
 *   <li>every record is parsed by kct's canonical parser and packed as the index packs it ({@link SparkInput});</li>
 *   <li>records are bucketed by the range of their id hash and sorted inside each bucket; a repeated id keeps its
 *       last record (inputs in the order given, lines in file order), as {@code kct index} replaces it; the filters
 *       select as {@code PatentIndex.select} does, and the selected records are numbered in id-hash order, the row
 *       order of kct's loaded table (buckets in order, so no global sort and no sampling pass is needed);</li>
 *   <li>with {@code --count families}, records sharing a family id become one unit as
 *       {@code PatentTable.byFamily} merges them, numbered in the order of their first member;</li>
 *   <li>citations resolve by id hash inside the selection; integer counts are plain Spark aggregations, and every
 *       floating-point sum (applicant and country weights, generality, fractional pair weights) is folded in unit
 *       order over a partition sorted by key and unit ({@link Runs}), in the order kct's scan adds them;</li>
 *   <li>the small final tables are collected on the driver, assembled into {@link Aggregates} and written by
 *       {@link AggregateFiles}, so the files are kct's own bytes.</li>
 * </ol>
 */
final class SparkAggregation {

    /** How many most-cited units the files keep per technology. */
    private static final int MOST_CITED = AggregateFiles.MOST_CITED;

    private static final StructType DOCS = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.IntegerType)
            .add("id_hash", DataTypes.LongType)
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("family_hash", DataTypes.LongType)
            .add("year", DataTypes.IntegerType)
            .add("fallback", DataTypes.StringType)
            .add("claims", DataTypes.IntegerType)
            .add("npl", DataTypes.IntegerType)
            .add("reported", DataTypes.IntegerType)
            .add("origin", DataTypes.StringType)
            .add("countries", DataTypes.createArrayType(DataTypes.StringType, true))
            .add("applicants", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("techs", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("cited", DataTypes.createArrayType(DataTypes.LongType, false))
            .add("reject_field", DataTypes.StringType)
            .add("good", DataTypes.LongType)
            .add("duplicates", DataTypes.LongType);

    private static final int KIND_DOC = 0;
    private static final int KIND_REJECTED = 1;
    private static final int KIND_COUNTS = 2;

    /**
     * What to aggregate.
     *
     * @param inputs     paths as Spark takes them
     * @param format     the format of every input, or null to tell it by name
     * @param csvLines   every CSV record is on one line (CSV files can be split)
     * @param filters    the selection (no query)
     * @param level      the technology level
     * @param families   count families
     * @param partitions shuffle partitions of the job's own repartitioning
     */
    record Job(
            List<String> inputs,
            SparkInput.Format format,
            boolean csvLines,
            Filters filters,
            IpcLevel level,
            boolean families,
            int partitions) {}

    /**
     * The aggregates with what the run said about its input.
     *
     * @param warnings          what loading the selection warned about (as {@code kct aggregates} words it)
     * @param read              records read (accepted and rejected)
     * @param rejectedByField   rejected records by the field at fault
     * @param repeated          accepted records whose id came again later (replaced)
     * @param selected          records selected
     */
    record Result(
            Aggregates aggregates,
            List<String> warnings,
            long read,
            Map<String, Long> rejectedByField,
            long repeated,
            long selected) {}

    /** The filters in a form the executors can take (kct's {@link Filters} is rebuilt there). */
    private record FilterSpec(
            Integer from, Integer to, DateBasis basis, List<String> countries, List<String> ipc, IpcLevel level)
            implements Serializable {
        static FilterSpec of(Filters f, IpcLevel level) {
            return new FilterSpec(
                    f.fromYear(),
                    f.toYear(),
                    f.dateBasis(),
                    new ArrayList<>(f.countries()),
                    new ArrayList<>(
                            f.ipcPrefixes().stream().map(IpcSymbol::toString).toList()),
                    level);
        }

        Filters filters() {
            List<IpcSymbol> prefixes = new ArrayList<>();
            for (String p : ipc) prefixes.add(IpcParser.parse(p));
            return new Filters(from, to, basis, null, countries, prefixes);
        }
    }

    private SparkAggregation() {}

    /** Runs {@code job} on {@code spark}. */
    static Result run(SparkSession spark, Job job) {
        List<Dataset<?>> cached = new ArrayList<>();
        // the job's shuffles are sized by its partitions; adaptive execution would re-plan each of its many small
        // queries stage by stage (a job per shuffle) and may merge the partitions a fold relies on being whole
        Map<String, String> settings = Map.of(
                "spark.sql.shuffle.partitions",
                Integer.toString(Math.max(1, job.partitions())),
                "spark.sql.adaptive.enabled",
                "false");
        Map<String, String> before = new HashMap<>();
        settings.forEach((k, v) -> {
            before.put(k, spark.conf().get(k));
            spark.conf().set(k, v);
        });
        try {
            return run(spark, job, cached);
        } finally {
            for (Dataset<?> d : cached) d.unpersist();
            before.forEach((k, v) -> spark.conf().set(k, v));
        }
    }

    private static <T> Dataset<T> keep(Dataset<T> d, List<Dataset<?>> cached) {
        cached.add(d);
        return d.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static Result run(SparkSession spark, Job job, List<Dataset<?>> cached) {
        if (job.filters().query() != null && !job.filters().query().isBlank()) {
            throw KctException.usage(
                    "--query needs kct's index (a Lucene query over titles, abstracts and applicants)");
        }
        int partitions = Math.max(1, job.partitions());
        int bits = Math.min(20, 64 - Long.numberOfLeadingZeros(Math.max(1, 8L * partitions - 1)));
        int buckets = 1 << bits;

        // 1-2. facts, bucketed by id-hash range, sorted, one record per id, selected
        Dataset<Row> facts = SparkInput.read(spark, job.inputs(), job.format(), job.csvLines());
        Column bucket = org.apache
                .spark
                .sql
                .functions
                .shiftrightunsigned(col("id_hash").bitwiseXOR(lit(Long.MIN_VALUE)), 64 - bits)
                .cast(DataTypes.IntegerType);
        Dataset<Row> all = keep(
                facts.withColumn("bucket", bucket)
                        .repartition(partitions, col("bucket"))
                        .sortWithinPartitions(col("bucket"), col("id_hash"), col("id"), col("input"), col("pos"))
                        .mapPartitions(new Dedupe(FilterSpec.of(job.filters(), job.level())), Encoders.row(DOCS)),
                cached);

        long read = 0;
        long repeated = 0;
        long good = 0;
        Map<String, Long> rejectedByField = new TreeMap<>();
        for (Row r : all.where(col("kind").notEqual(lit(KIND_DOC)))
                .groupBy(col("kind"), col("reject_field"))
                .agg(count(lit(1)), sum(col("good")), sum(col("duplicates")))
                .collectAsList()) {
            if (r.getInt(0) == KIND_REJECTED) {
                rejectedByField.merge(r.getString(1), r.getLong(2), Long::sum);
                read += r.getLong(2);
            } else {
                good += r.getLong(3);
                repeated += r.getLong(4);
            }
        }
        read += good;
        if (good == 0) {
            long rejected = read;
            throw KctException.data("no usable records: " + read + " read, " + rejected + " rejected"
                    + (rejectedByField.isEmpty() ? "" : " (by field: " + rejectedByField + ")"));
        }

        Dataset<Row> docs =
                keep(number(all.where(col("kind").equalTo(lit(KIND_DOC))), "bucket", buckets, "doc"), cached);
        long selected = docs.count();

        List<String> warnings = new ArrayList<>();
        Map<DateBasis, Long> fallbacks = new java.util.EnumMap<>(DateBasis.class);
        for (Row r : docs.where(col("fallback").isNotNull())
                .groupBy("fallback")
                .count()
                .collectAsList()) {
            fallbacks.put(DateBasis.fromId(r.getString(0)), r.getLong(1));
        }
        fallbacks.forEach((basis, n) -> warnings.add(n + " records lack a "
                + job.filters().dateBasis().id() + " date; their " + basis.id() + " date was used"));
        if (selected == 0)
            warnings.add("the selection is empty (" + job.filters().describe() + ")");
        boolean citationLists = !docs.where(size(col("cited")).gt(0)).isEmpty();
        TreeSet<String> countryLabels = new TreeSet<>();
        for (Row r : docs.select(explode(col("countries")).as("c"))
                .union(docs.select(col("origin").as("c")))
                .where(col("c").isNotNull())
                .distinct()
                .collectAsList()) {
            countryLabels.add(r.getString(0));
        }

        // citations between records of the selection (a cited id resolves to the last record with its hash)
        Dataset<Row> citing =
                docs.select(col("doc").as("citing"), explode(col("cited")).as("h"));
        Dataset<Row> targets = docs.select(col("id_hash").as("h"), col("doc").as("target"))
                .groupBy("h")
                .agg(max("target").as("target"));
        Dataset<Row> docCitations = citing.join(targets, "h")
                .where(col("citing").notEqual(col("target")))
                .select(col("citing"), col("target").as("cited"));

        // 3. units
        Dataset<Row> units;
        Dataset<Row> unitCitations;
        if (!job.families()) {
            units = docs.select(
                    col("doc").as("u"),
                    col("id"),
                    col("title"),
                    col("year"),
                    col("claims"),
                    col("npl"),
                    col("reported"),
                    col("origin"),
                    col("countries"),
                    col("applicants"),
                    col("techs"));
            unitCitations = docCitations;
        } else {
            Dataset<Row> grouped = docs.withColumn(
                            "solo",
                            when(col("family_hash").equalTo(lit(0L)), col("doc"))
                                    .otherwise(lit(-1L)))
                    .groupBy(col("family_hash"), col("solo"))
                    .agg(
                            min("doc").as("first"),
                            min(struct(col("year"), col("doc"), col("origin"))).as("earliest"),
                            min(struct(col("doc"), col("id"), col("title"))).as("head"),
                            max("claims").as("claims"),
                            max("npl").as("npl"),
                            max("reported").as("reported"),
                            array_sort(array_distinct(flatten(collect_list(col("techs")))))
                                    .as("techs"),
                            array_distinct(flatten(collect_list(col("applicants"))))
                                    .as("applicants"),
                            array_sort(collect_list(struct(col("doc"), col("countries"))))
                                    .as("listed"),
                            collect_list(col("doc")).as("members"));
            Column unitBucket = org.apache.spark.sql.functions.expr(
                    "cast((first * " + buckets + ") div " + Math.max(1L, selected) + " as int)");
            Dataset<Row> sorted = grouped.withColumn("bucket", unitBucket)
                    .repartition(partitions, col("bucket"))
                    .sortWithinPartitions(col("bucket"), col("first"));
            Dataset<Row> numbered = keep(number(keep(sorted, cached), "bucket", buckets, "u"), cached);
            units = numbered.select(
                    col("u"),
                    col("head.id").as("id"),
                    col("head.title").as("title"),
                    col("earliest.year").as("year"),
                    col("claims"),
                    col("npl"),
                    col("reported"),
                    col("earliest.origin").as("origin"),
                    flatten(transform(col("listed"), x -> x.getField("countries")))
                            .as("countries"),
                    col("applicants"),
                    col("techs"));
            Dataset<Row> unitOf = numbered.select(explode(col("members")).as("doc"), col("u"));
            unitCitations = docCitations
                    .join(unitOf.withColumnRenamed("doc", "citing").withColumnRenamed("u", "cu"), "citing")
                    .join(unitOf.withColumnRenamed("doc", "cited").withColumnRenamed("u", "tu"), "cited")
                    .where(col("cu").notEqual(col("tu")))
                    .select(col("cu").as("citing"), col("tu").as("cited"))
                    .distinct();
        }
        unitCitations = keep(unitCitations, cached);
        units = keep(units, cached);

        // per unit: forward citations and generality
        Dataset<Row> forward = unitCitations
                .groupBy(col("cited").as("u"))
                .agg(count(lit(1)).cast(DataTypes.IntegerType).as("fwd"));
        Dataset<Row> citingTechs = unitCitations
                .join(units.select(col("u").as("citing"), col("techs")), "citing")
                .select(col("cited"), col("citing"), col("techs"));
        Dataset<Row> generality = fold(
                        citingTechs,
                        1,
                        Runs.generality(),
                        new StructType().add("u", DataTypes.LongType).add("g", DataTypes.DoubleType),
                        col("citing"))
                .toDF("u", "g");
        Dataset<Row> u2 = keep(
                units.join(forward, scalaSeq("u"), "left")
                        .join(generality, scalaSeq("u"), "left")
                        .withColumn("fwd", coalesce(col("fwd"), lit(0))),
                cached);
        Dataset<Row> e = u2.select(
                col("u"),
                col("id"),
                col("title"),
                col("year"),
                col("fwd"),
                col("g"),
                col("claims"),
                col("npl"),
                col("reported"),
                col("origin"),
                col("countries"),
                col("applicants"),
                explode(col("techs")).as("tech"));

        // 4. per technology
        List<Row> sums = e.groupBy("tech")
                .agg(
                        count(lit(1)),
                        sum(col("fwd")),
                        sum(when(col("reported").geq(0), col("reported")).otherwise(lit(0))),
                        count(when(col("reported").geq(0), lit(1))),
                        count(col("g")),
                        sum(when(col("claims").geq(0), col("claims")).otherwise(lit(0))),
                        count(when(col("claims").geq(0), lit(1))),
                        sum(when(col("npl").geq(0), col("npl")).otherwise(lit(0))),
                        count(when(col("npl").geq(0), lit(1))))
                .collectAsList();
        List<Row> generalitySums = sumsInOrder(
                        e.where(col("g").isNotNull()).select(col("tech"), col("u"), col("g")), 1, false)
                .collectAsList();
        List<Row> techYears =
                e.where(col("year").gt(0)).groupBy("tech", "year").count().collectAsList();
        Column oneOver = lit(1.0).divide(col("k"));
        List<Row> techApplicants = sumsInOrder(
                        e.select(
                                        col("tech"),
                                        explode(col("applicants")).as("key"),
                                        col("u"),
                                        size(col("applicants")).as("k"))
                                .select(col("tech"), col("key"), col("u"), oneOver.as("w")),
                        2,
                        false)
                .collectAsList();
        List<Row> firstCountries = e.where(col("origin").isNotNull())
                .groupBy("tech", "origin")
                .count()
                .collectAsList();
        List<Row> listedCountries = sumsInOrder(
                        e.select(
                                        col("tech"),
                                        explode(col("countries")).as("key"),
                                        col("u"),
                                        size(col("countries")).as("k"))
                                .where(col("key").isNotNull())
                                .select(col("tech"), col("key"), col("u"), oneOver.as("w")),
                        2,
                        false)
                .collectAsList();
        StructType pairSchema = new StructType()
                .add("source", DataTypes.StringType)
                .add("target", DataTypes.StringType)
                .add("u", DataTypes.LongType)
                .add("w", DataTypes.DoubleType);
        List<Row> pairs = sumsInOrder(
                        u2.where(size(col("techs")).geq(2))
                                .select(col("u"), col("techs"))
                                .mapPartitions(new Pairs(), Encoders.row(pairSchema)),
                        2,
                        true)
                .collectAsList();
        StructType citedSchema = new StructType()
                .add("tech", DataTypes.StringType)
                .add("fwd", DataTypes.IntegerType)
                .add("id", DataTypes.StringType)
                .add("year", DataTypes.IntegerType)
                .add("title", DataTypes.StringType);
        List<Row> mostCited = fold(
                        e.where(col("fwd").gt(0)).select(col("tech"), col("fwd"), col("id"), col("year"), col("title")),
                        1,
                        Runs.mostCited(MOST_CITED),
                        citedSchema)
                .collectAsList();

        // 5. over the units
        Row scalars = u2.agg(
                        count(lit(1)),
                        count(when(col("year").leq(0), lit(1))),
                        min(when(col("year").gt(0), col("year"))),
                        max(when(col("year").gt(0), col("year"))),
                        max(col("reported")),
                        max(col("claims")),
                        max(col("npl")),
                        max(size(col("applicants"))),
                        count(when(col("origin").isNull(), lit(1))))
                .first();
        List<Row> unitYears = u2.groupBy("year").count().collectAsList();
        List<Row> unitCountries =
                u2.where(col("origin").isNotNull()).groupBy("origin").count().collectAsList();
        List<Row> unitApplicants = u2.select(explode(col("applicants")).as("a"))
                .groupBy("a")
                .count()
                .collectAsList();

        return assemble(
                job,
                warnings,
                read,
                rejectedByField,
                repeated,
                selected,
                citationLists,
                countryLabels.toArray(String[]::new),
                sums,
                generalitySums,
                techYears,
                techApplicants,
                firstCountries,
                listedCountries,
                pairs,
                mostCited,
                scalars,
                unitYears,
                unitCountries,
                unitApplicants);
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(names))
                .toList();
    }

    /** Runs of {@code keys} keys in unit order (column {@code order}, then any {@code then}), folded. */
    private static Dataset<Row> fold(Dataset<Row> rows, int keys, Runs.Folds folds, StructType result, Column... then) {
        Column[] keyColumns = new Column[keys];
        for (int k = 0; k < keys; k++) keyColumns[k] = col(rows.columns()[k]);
        List<Column> sort = new ArrayList<>(Arrays.asList(keyColumns));
        sort.addAll(Arrays.asList(then));
        return rows.repartition(keyColumns)
                .sortWithinPartitions(sort.toArray(Column[]::new))
                .mapPartitions(new Runs(keys, folds), Encoders.row(result));
    }

    /** Rows (key…, order, value) summed per key in order ({@link Runs#sum}); result (key…, count, sum). */
    private static Dataset<Row> sumsInOrder(Dataset<Row> rows, int keys, boolean chunked) {
        StructType result = new StructType();
        for (int k = 0; k < keys; k++) result = result.add(rows.schema().fields()[k]);
        result = result.add("count", DataTypes.LongType).add("sum", DataTypes.DoubleType);
        return fold(rows, keys, Runs.sum(keys, chunked), result, col(rows.columns()[keys]));
    }

    /**
     * Numbers the rows of {@code sorted} 0, 1, … in their order: {@code sorted} is partitioned by the int column
     * {@code bucket} (in [0, buckets), every bucket in one partition) and sorted by bucket and then by the order
     * wanted; the rows of bucket b are numbered after those of every bucket before b. {@code kept} is read twice
     * (counts, then numbers): persist it, or what it derives from.
     */
    private static Dataset<Row> number(Dataset<Row> kept, String bucket, int buckets, String name) {
        long[] offsets = new long[buckets + 1];
        for (Row r : kept.groupBy(bucket).count().collectAsList()) {
            offsets[r.getInt(0) + 1] = r.getLong(1);
        }
        for (int b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
        StructType schema = kept.schema().add(name, DataTypes.LongType, false);
        int at = Arrays.asList(kept.columns()).indexOf(bucket);
        Dataset<Row> out = kept.mapPartitions(new Numbering(offsets, at), Encoders.row(schema));
        return out;
    }

    /** A row of {@link #DOCS} that is no record: a rejection, or a partition's counts. */
    private static Row outcome(int kind, String rejectField, long good, long duplicates) {
        Object[] v = new Object[DOCS.fields().length];
        v[0] = kind;
        v[v.length - 3] = rejectField;
        v[v.length - 2] = good;
        v[v.length - 1] = duplicates;
        return RowFactory.create(v);
    }

    /** Gives each row its bucket's offset plus its place in the bucket. */
    private static final class Numbering implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final long[] offsets;
        private final int bucketAt;

        Numbering(long[] offsets, int bucketAt) {
            this.offsets = offsets;
            this.bucketAt = bucketAt;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                int bucket = -1;
                long next;

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    int b = r.getInt(bucketAt);
                    if (b != bucket) {
                        bucket = b;
                        next = offsets[b];
                    }
                    Object[] values = new Object[r.length() + 1];
                    for (int i = 0; i < r.length(); i++) values[i] = r.get(i);
                    values[r.length()] = next++;
                    return RowFactory.create(values);
                }
            };
        }
    }

    /**
     * Over rows sorted by bucket, id hash, id, input and position: keeps the last record of each id, selects it,
     * and passes rejections through; one row of counts per partition.
     */
    private static final class Dedupe implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final FilterSpec spec;

        Dedupe(FilterSpec spec) {
            this.spec = spec;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Filters filters = spec.filters();
            DateBasis basis = filters.dateBasis();
            int bucketAt = SparkInput.FACTS.fields().length;
            return new Iterator<>() {
                private Row pending;
                private Row out;
                private long good;
                private long duplicates;
                private boolean counted;

                @Override
                public boolean hasNext() {
                    while (out == null) {
                        Row r = rows.hasNext() ? rows.next() : null;
                        if (r != null && !r.isNullAt(2)) {
                            out = outcome(KIND_REJECTED, r.getString(2), 0, 0);
                            continue;
                        }
                        if (r != null) good++;
                        if (pending != null && r != null && sameId(pending, r)) {
                            duplicates++;
                            pending = r;
                            continue;
                        }
                        Row last = pending;
                        pending = r;
                        if (last != null) {
                            out = select(last);
                            continue;
                        }
                        if (r == null) {
                            if (counted) return false;
                            counted = true;
                            out = outcome(KIND_COUNTS, null, good, duplicates);
                        }
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) throw new java.util.NoSuchElementException();
                    Row r = out;
                    out = null;
                    return r;
                }

                private boolean sameId(Row a, Row b) {
                    return a.getLong(5) == b.getLong(5) && a.getString(3).equals(b.getString(3));
                }

                /** The record's row if the filters select it, else null. */
                private Row select(Row r) {
                    RecordFacts.Dated dated = RecordFacts.dated(basis, r.getInt(7), r.getInt(8), r.getInt(9));
                    List<String> symbols = r.getList(16);
                    String origin = r.getString(13);
                    if (!RecordFacts.selects(filters, dated.year(), origin, symbols)) return null;
                    String fallback = dated.basis() == null || dated.basis() == basis
                            ? null
                            : dated.basis().id();
                    return RowFactory.create(
                            KIND_DOC,
                            r.getInt(bucketAt),
                            r.getLong(5),
                            r.getString(3),
                            r.getString(4),
                            r.getLong(6),
                            dated.year(),
                            fallback,
                            r.getInt(10),
                            r.getInt(11),
                            r.getInt(12),
                            origin,
                            r.getList(14).toArray(String[]::new),
                            r.getList(15).toArray(String[]::new),
                            RecordFacts.technologies(symbols, spec.level()).toArray(String[]::new),
                            longs(r.getList(17)),
                            null,
                            0L,
                            0L);
                }
            };
        }

        private static long[] longs(List<Object> list) {
            long[] out = new long[list.size()];
            for (int i = 0; i < out.length; i++) out[i] = ((Number) list.get(i)).longValue();
            return out;
        }
    }

    /** Every pair of a unit's technologies (source before target), with the unit and its fractional weight. */
    private static final class Pairs implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private List<String> techs;
                private long unit;
                private int a;
                private int b;
                private double w;

                @Override
                public boolean hasNext() {
                    while (techs == null || a >= techs.size() - 1) {
                        if (!rows.hasNext()) return false;
                        Row r = rows.next();
                        unit = r.getLong(0);
                        techs = r.getList(1);
                        w = 1.0 / (techs.size() - 1);
                        a = 0;
                        b = 1;
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) throw new java.util.NoSuchElementException();
                    Row out = RowFactory.create(techs.get(a), techs.get(b), unit, w);
                    if (++b == techs.size()) {
                        a++;
                        b = a + 1;
                    }
                    return out;
                }
            };
        }
    }

    /** Builds {@link Aggregates} from the collected tables (technologies and labels in Java's string order). */
    private static Result assemble(
            Job job,
            List<String> warnings,
            long read,
            Map<String, Long> rejectedByField,
            long repeated,
            long selected,
            boolean citationLists,
            String[] countryLabels,
            List<Row> sums,
            List<Row> generalitySums,
            List<Row> techYears,
            List<Row> techApplicants,
            List<Row> firstCountries,
            List<Row> listedCountries,
            List<Row> pairs,
            List<Row> mostCited,
            Row scalars,
            List<Row> unitYears,
            List<Row> unitCountries,
            List<Row> unitApplicants) {
        String[] codes = sums.stream().map(r -> r.getString(0)).sorted().toArray(String[]::new);
        int t = codes.length;
        Map<String, Integer> tech = new HashMap<>();
        for (int i = 0; i < t; i++) tech.put(codes[i], i);
        int[] patents = new int[t];
        long[] citationsReceived = new long[t];
        long[] reported = new long[t];
        int[] reportedKnown = new int[t];
        double[] generalitySum = new double[t];
        int[] generalityPatents = new int[t];
        long[] claims = new long[t];
        int[] claimsKnown = new int[t];
        long[] npl = new long[t];
        int[] nplKnown = new int[t];
        for (Row r : sums) {
            int i = tech.get(r.getString(0));
            patents[i] = Math.toIntExact(r.getLong(1));
            citationsReceived[i] = r.getLong(2);
            reported[i] = r.getLong(3);
            reportedKnown[i] = Math.toIntExact(r.getLong(4));
            generalityPatents[i] = Math.toIntExact(r.getLong(5));
            claims[i] = r.getLong(6);
            claimsKnown[i] = Math.toIntExact(r.getLong(7));
            npl[i] = r.getLong(8);
            nplKnown[i] = Math.toIntExact(r.getLong(9));
        }
        for (Row r : generalitySums) generalitySum[tech.get(r.getString(0))] = r.getDouble(2);

        long units = scalars.getLong(0);
        int undated = Math.toIntExact(scalars.getLong(1));
        boolean dated = !scalars.isNullAt(2);
        int firstYear = dated ? scalars.getInt(2) : 0;
        int lastYear = dated ? scalars.getInt(3) : 0;
        int years = dated ? lastYear - firstYear + 1 : 0;
        if ((long) t * years > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(t + " technologies × " + years + " years (" + firstYear + "–" + lastYear
                    + ") is too many per-year counts; check the years of the data");
        }
        int[] perYear = new int[t * years];
        for (Row r : techYears) {
            perYear[tech.get(r.getString(0)) * years + r.getInt(1) - firstYear] = Math.toIntExact(r.getLong(2));
        }

        TreeSet<String> applicantSet = new TreeSet<>();
        for (Row r : unitApplicants) applicantSet.add(r.getString(0));
        String[] applicantLabels = applicantSet.toArray(String[]::new);
        int[] unitsPerApplicant = new int[applicantLabels.length];
        for (Row r : unitApplicants) {
            unitsPerApplicant[Arrays.binarySearch(applicantLabels, r.getString(0))] = Math.toIntExact(r.getLong(1));
        }
        int[] unitsPerCountry = new int[countryLabels.length];
        for (Row r : unitCountries) {
            unitsPerCountry[Arrays.binarySearch(countryLabels, r.getString(0))] = Math.toIntExact(r.getLong(1));
        }
        TreeMap<Integer, Integer> yearCounts = new TreeMap<>();
        for (Row r : unitYears) yearCounts.put(r.getInt(0), Math.toIntExact(r.getLong(1)));

        TechnologyWeights applicants = weights(t, tech, applicantLabels, techApplicants, 3);
        TechnologyWeights first = weights(t, tech, countryLabels, firstCountries, -1);
        TechnologyWeights listed = weights(t, tech, countryLabels, listedCountries, 3);

        int m = pairs.size();
        Integer[] order = new Integer[m];
        int[] src = new int[m];
        int[] dst = new int[m];
        for (int p = 0; p < m; p++) {
            order[p] = p;
            src[p] = tech.get(pairs.get(p).getString(0));
            dst[p] = tech.get(pairs.get(p).getString(1));
        }
        Arrays.sort(
                order, (x, y) -> src[x] != src[y] ? Integer.compare(src[x], src[y]) : Integer.compare(dst[x], dst[y]));
        int[] a = new int[m];
        int[] b = new int[m];
        double[] full = new double[m];
        double[] fractional = new double[m];
        for (int p = 0; p < m; p++) {
            Row r = pairs.get(order[p]);
            a[p] = src[order[p]];
            b[p] = dst[order[p]];
            full[p] = r.getLong(2);
            fractional[p] = r.getDouble(3);
        }

        List<List<CitedPatent>> cited = new ArrayList<>();
        for (int i = 0; i < t; i++) cited.add(new ArrayList<>());
        for (Row r : mostCited) {
            cited.get(tech.get(r.getString(0)))
                    .add(new CitedPatent(
                            r.getString(2), r.getInt(3), r.getInt(1), r.isNullAt(4) ? null : r.getString(4)));
        }
        java.util.Comparator<CitedPatent> best = java.util.Comparator.comparingInt(
                        (CitedPatent p) -> -p.forwardCitations())
                .thenComparing(CitedPatent::id);
        cited.forEach(l -> l.sort(best));

        Aggregates aggregates = new Aggregates(
                new Aggregates.Selection(
                        job.level(), job.families(), Math.toIntExact(units), undated, firstYear, lastYear),
                new Aggregates.Sources(
                        citationLists,
                        !scalars.isNullAt(4) && scalars.getInt(4) >= 0,
                        !scalars.isNullAt(5) && scalars.getInt(5) >= 0,
                        !scalars.isNullAt(6) && scalars.getInt(6) >= 0,
                        !scalars.isNullAt(7) && scalars.getInt(7) > 0),
                codes,
                new Aggregates.Sums(
                        patents,
                        citationsReceived,
                        reported,
                        reportedKnown,
                        generalitySum,
                        generalityPatents,
                        claims,
                        claimsKnown,
                        npl,
                        nplKnown),
                perYear,
                applicants,
                first,
                listed,
                CooccurrenceNetwork.fromEdges(codes, patents, a, b, full),
                CooccurrenceNetwork.fromEdges(codes, patents, a, b, fractional),
                Aggregates.MostCited.of(cited),
                new Aggregates.Corpus(
                        yearCounts.keySet().stream().mapToInt(Integer::intValue).toArray(),
                        yearCounts.values().stream().mapToInt(Integer::intValue).toArray(),
                        unitsPerCountry,
                        Math.toIntExact(scalars.getLong(8)),
                        applicantLabels,
                        unitsPerApplicant));
        return new Result(aggregates, warnings, read, rejectedByField, repeated, selected);
    }

    /**
     * Weights per technology from rows (tech, key, …): the weight in field {@code weightAt} (a double), or, when
     * {@code weightAt} is negative, the count in field 2 as a double (a sum of ones).
     */
    private static TechnologyWeights weights(
            int t, Map<String, Integer> tech, String[] labels, List<Row> rows, int weightAt) {
        List<List<double[]>> per = new ArrayList<>();
        for (int i = 0; i < t; i++) per.add(new ArrayList<>());
        for (Row r : rows) {
            int key = Arrays.binarySearch(labels, r.getString(1));
            if (key < 0) throw new IllegalStateException("no label for key " + r.getString(1));
            double w = weightAt < 0 ? (double) r.getLong(2) : r.getDouble(weightAt);
            per.get(tech.get(r.getString(0))).add(new double[] {key, w});
        }
        int[] offsets = new int[t + 1];
        for (int i = 0; i < t; i++) offsets[i + 1] = offsets[i] + per.get(i).size();
        int[] keys = new int[offsets[t]];
        double[] w = new double[offsets[t]];
        for (int i = 0; i < t; i++) {
            List<double[]> l = per.get(i);
            l.sort((x, y) -> Double.compare(x[0], y[0]));
            for (int e = 0; e < l.size(); e++) {
                keys[offsets[i] + e] = (int) l.get(e)[0];
                w[offsets[i] + e] = l.get(e)[1];
            }
        }
        return TechnologyWeights.of(labels, offsets, keys, w);
    }
}
