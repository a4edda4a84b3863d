package dev.kct.aggregate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.kct.KctException;
import dev.kct.KctVersion;
import dev.kct.ipc.IpcLevel;
import dev.kct.network.CooccurrenceNetwork;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An aggregates directory (docs/DESIGN.md, "Aggregates schema"): {@code manifest.json} and nine CSV files, written by
 * {@code kct aggregates} and by the Spark job, read by {@code kct score|rank|explain --aggregates DIR} (and, from the
 * cache, by {@code kct stats}).
 *
 * <pre>
 *   manifest.json              schema, level, count, units, undated, first_year, last_year, sources, countries,
 *                              most_cited, the selection's parameters
 *   technologies.csv           code,patents,citations_received,reported_citations,reported_known,generality_sum,
 *                              generality_patents,claims_sum,claims_known,npl_sum,npl_known
 *   technology_years.csv       code,year,patents                        (rows with patents &gt; 0)
 *   technology_countries.csv   code,country,first,fractional            (empty where a count gives no weight)
 *   technology_applicants.csv  code,applicant,weight
 *   pairs.csv                  source,target,patents,fractional          (source &lt; target in code order)
 *   most_cited.csv             code,id,year,forward_citations,title      (best first, at most most_cited each)
 *   unit_years.csv             year,patents                              (units per year, ascending; ≤ 0 undated)
 *   unit_countries.csv         country,patents                           (units per first-applicant country)
 *   unit_applicants.csv        applicant,patents                         (units listing each applicant)
 * </pre>
 *
 * Numbers are written as Java prints them ({@link Double#toString}), which reads back to the same double, so a
 * ranking from the files equals the ranking from the scan bit for bit. Rows are in code order. Reading checks the
 * schema, every header and every number, and names the file and line of anything wrong.
 */
public final class AggregateFiles {

    /** The schema this version writes and reads. */
    public static final String SCHEMA = "kct-aggregates/1";

    /** How many most-cited patents per technology the files keep ({@code explain --top} up to this). */
    public static final int MOST_CITED = 20;

    static final String MANIFEST = "manifest.json";

    /** The header of each CSV file. */
    private static final List<String> TECHNOLOGIES = List.of(
            "code",
            "patents",
            "citations_received",
            "reported_citations",
            "reported_known",
            "generality_sum",
            "generality_patents",
            "claims_sum",
            "claims_known",
            "npl_sum",
            "npl_known");

    private static final List<String> YEARS = List.of("code", "year", "patents");

    private static final List<String> COUNTRIES = List.of("code", "country", "first", "fractional");

    private static final List<String> APPLICANTS = List.of("code", "applicant", "weight");

    private static final List<String> PAIRS = List.of("source", "target", "patents", "fractional");

    private static final List<String> UNIT_YEARS = List.of("year", "patents");

    private static final List<String> UNIT_COUNTRIES = List.of("country", "patents");

    private static final List<String> UNIT_APPLICANTS = List.of("applicant", "patents");

    private static final List<String> MOST_CITED_FILE = List.of("code", "id", "year", "forward_citations", "title");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest: what the aggregates are of. */
    public record Manifest(
            String schema,
            @JsonProperty("kct_version") String kctVersion,
            String level,
            String count,
            int units,
            int undated,
            @JsonProperty("first_year") int firstYear,
            @JsonProperty("last_year") int lastYear,
            Sources sources,
            List<String> countries,
            @JsonProperty("without_country") int withoutCountry,
            @JsonProperty("most_cited") int mostCited,
            Map<String, Object> selection,
            List<String> warnings) {}

    /**
     * Aggregates read back with what the manifest says of their selection.
     *
     * @param selection the selection's parameters as the writer recorded them (filters, level, count)
     * @param warnings  what the writer warned about the selection (e.g. date fallbacks)
     */
    public record Loaded(Aggregates aggregates, Map<String, Object> selection, List<String> warnings) {}

    /** Which optional inputs the source carried at all. */
    public record Sources(
            @JsonProperty("citation_lists") boolean citationLists,
            @JsonProperty("reported_citations") boolean reportedCitations,
            boolean claims,
            boolean npl,
            boolean applicants) {}

    private AggregateFiles() {}

    /** Writes {@code manifest} as indented JSON to {@code file}, as every aggregates manifest is written. */
    public static void writeManifest(Object manifest, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by {@link #writeManifest} (unknown fields are ignored). */
    public static <T> T readManifest(Path file, Class<T> type) throws IOException {
        return JSON.readValue(file.toFile(), type);
    }

    /** True when {@code dir} holds an aggregates manifest (of any schema). */
    public static boolean isAggregates(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /**
     * Writes {@code a} into the existing, empty directory {@code dir}.
     *
     * @param selection the parameters of the selection (filters, level, count), recorded in the manifest
     * @param warnings  what was said about the selection while it was loaded, recorded in the manifest
     */
    public static void write(Aggregates a, Map<String, Object> selection, List<String> warnings, Path dir)
            throws IOException {
        String[] codes = a.technologies();
        Aggregates.Selection s = a.selection();
        Aggregates.Sources src = a.sources();
        Manifest manifest = new Manifest(
                SCHEMA,
                KctVersion.get(),
                s.level().id(),
                s.families() ? "families" : "documents",
                s.units(),
                s.undated(),
                s.firstYear(),
                s.lastYear(),
                new Sources(src.citationLists(), src.reportedCitations(), src.claims(), src.npl(), src.applicants()),
                List.of(a.countriesFirst().keyLabels()),
                a.corpus().withoutCountry(),
                MOST_CITED,
                selection,
                warnings);
        writeManifest(manifest, dir.resolve(MANIFEST));

        Aggregates.Sums m = a.sums();
        csv(dir, "technologies.csv", w -> {
            w.writeRecord(TECHNOLOGIES.toArray(String[]::new));
            for (int i = 0; i < codes.length; i++) {
                w.writeRecord(
                        codes[i],
                        str(m.patents()[i]),
                        str(m.citationsReceived()[i]),
                        str(m.reportedCitations()[i]),
                        str(m.reportedKnown()[i]),
                        str(m.generalitySum()[i]),
                        str(m.generalityPatents()[i]),
                        str(m.claimsSum()[i]),
                        str(m.claimsKnown()[i]),
                        str(m.nplSum()[i]),
                        str(m.nplKnown()[i]));
            }
        });
        csv(dir, "technology_years.csv", w -> {
            w.writeRecord(YEARS.toArray(String[]::new));
            for (int i = 0; i < codes.length; i++) {
                for (int y = s.firstYear(); a.yearCount() > 0 && y <= s.lastYear(); y++) {
                    int n = a.patents(i, y);
                    if (n > 0) w.writeRecord(codes[i], str(y), str(n));
                }
            }
        });
        csv(dir, "technology_countries.csv", w -> {
            w.writeRecord(COUNTRIES.toArray(String[]::new));
            TechnologyWeights first = a.countriesFirst();
            TechnologyWeights fractional = a.countriesFractional();
            for (int i = 0; i < codes.length; i++) {
                TreeSet<Integer> keys = new TreeSet<>();
                for (int k = first.start(i); k < first.end(i); k++) keys.add(first.key(k));
                for (int k = fractional.start(i); k < fractional.end(i); k++) keys.add(fractional.key(k));
                for (int key : keys) {
                    w.writeRecord(codes[i], first.keyLabel(key), weight(first, i, key), weight(fractional, i, key));
                }
            }
        });
        csv(dir, "technology_applicants.csv", w -> {
            w.writeRecord(APPLICANTS.toArray(String[]::new));
            TechnologyWeights applicants = a.applicants();
            for (int i = 0; i < codes.length; i++) {
                for (int k = applicants.start(i); k < applicants.end(i); k++) {
                    w.writeRecord(codes[i], applicants.keyLabel(applicants.key(k)), str(applicants.weight(k)));
                }
            }
        });
        csv(dir, "pairs.csv", w -> {
            w.writeRecord(PAIRS.toArray(String[]::new));
            CooccurrenceNetwork full = a.network(dev.kct.network.Counting.FULL, 0);
            CooccurrenceNetwork fractional = a.network(dev.kct.network.Counting.FRACTIONAL, 0);
            for (int i = 0; i < codes.length; i++) {
                for (int k = full.start(i); k < full.end(i); k++) {
                    int j = full.neighbour(k);
                    if (j <= i) continue;
                    w.writeRecord(codes[i], codes[j], str((long) full.weight(k)), str(fractional.weight(k)));
                }
            }
        });
        Aggregates.Corpus corpus = a.corpus();
        csv(dir, "unit_years.csv", w -> {
            w.writeRecord(UNIT_YEARS.toArray(String[]::new));
            for (int k = 0; k < corpus.years().length; k++) {
                w.writeRecord(str(corpus.years()[k]), str(corpus.unitsPerYear()[k]));
            }
        });
        csv(dir, "unit_countries.csv", w -> {
            w.writeRecord(UNIT_COUNTRIES.toArray(String[]::new));
            String[] labels = a.countriesFirst().keyLabels();
            for (int c = 0; c < labels.length; c++) {
                if (corpus.unitsPerCountry()[c] > 0) w.writeRecord(labels[c], str(corpus.unitsPerCountry()[c]));
            }
        });
        csv(dir, "unit_applicants.csv", w -> {
            w.writeRecord(UNIT_APPLICANTS.toArray(String[]::new));
            for (int k = 0; k < corpus.applicants().length; k++) {
                if (corpus.unitsPerApplicant()[k] > 0) {
                    w.writeRecord(corpus.applicants()[k], str(corpus.unitsPerApplicant()[k]));
                }
            }
        });
        csv(dir, "most_cited.csv", w -> {
            w.writeRecord(MOST_CITED_FILE.toArray(String[]::new));
            List<List<CitedPatent>> best = a.mostCited().all(MOST_CITED);
            for (int i = 0; i < codes.length; i++) {
                for (CitedPatent p : best.get(i)) {
                    w.writeRecord(
                            codes[i],
                            p.id(),
                            str(p.year()),
                            str(p.forwardCitations()),
                            p.title() == null ? "" : p.title());
                }
            }
        });
    }

    private static String weight(TechnologyWeights w, int technology, int key) {
        int k = Arrays.binarySearch(w.keys(), w.start(technology), w.end(technology), key);
        return k >= 0 ? str(w.weight(k)) : "";
    }

    private static String str(long v) {
        return Long.toString(v);
    }

    private static String str(double v) {
        return Double.toString(v);
    }

    /** A CSV writer that takes whole records. */
    @FunctionalInterface
    public interface Rows {
        void writeRecord(String... fields);
    }

    /** Writes {@code dir/name} as UTF-8 CSV with LF line ends, the rows {@code body} gives, as every aggregates file. */
    public static void csv(Path dir, String name, Consumer<Rows> body) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                CsvWriter w =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            body.accept(w::writeRecord);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Moves the finished directory {@code finished} to {@code target} (a sibling), replacing a directory there: the
     * old one is renamed aside first and removed after, so {@code target} is at every moment the old or the new.
     */
    public static void install(Path finished, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
            Files.delete(old);
            Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(finished, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
    }

    /**
     * Refuses (a usage error) an output target that is a file, or a non-empty directory that does not hold aggregates:
     * writing replaces an aggregates directory, never anything else.
     */
    public static void refuseForeign(Path target) throws IOException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) {
            throw KctException.usage("-o: " + target + " is a file; give a directory for the aggregates");
        }
        try (java.util.stream.Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !isAggregates(target)) {
                throw KctException.usage("-o: " + target + " is a directory with other files in it; give a new or"
                        + " empty directory (an aggregates directory is replaced)");
            }
        }
    }

    /** Deletes {@code dir} and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /**
     * Reads the aggregates in {@code dir}.
     *
     * @throws KctException a usage error when {@code dir} is not an aggregates directory, a data error (naming the
     *                      file and line) when a file is malformed
     */
    public static Loaded read(Path dir) {
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isDirectory(dir)) {
            throw KctException.usage("--aggregates: " + dir + " is not a directory (make one with 'kct aggregates')");
        }
        Manifest manifest;
        try {
            manifest = readManifest(manifestFile, Manifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw KctException.usage("--aggregates: " + dir + " has no " + MANIFEST
                    + ": it is not an aggregates directory (make one with 'kct aggregates')");
        } catch (IOException e) {
            throw KctException.data(manifestFile + ": not a readable aggregates manifest: " + e.getMessage());
        }
        if (!SCHEMA.equals(manifest.schema())) {
            throw KctException.data(manifestFile + ": schema '" + manifest.schema() + "', but this kct reads '" + SCHEMA
                    + "'; write the aggregates again with this version");
        }
        IpcLevel level;
        try {
            level = IpcLevel.fromId(manifest.level());
        } catch (IllegalArgumentException e) {
            throw KctException.data(manifestFile + ": level: " + e.getMessage());
        }
        Reader reader = new Reader(dir, manifest, level);
        return new Loaded(
                reader.read(),
                manifest.selection() == null ? Map.of() : manifest.selection(),
                manifest.warnings() == null ? List.of() : manifest.warnings());
    }

    /** A callback per data row of an aggregates CSV file: its fields and its line (for errors). */
    @FunctionalInterface
    public interface RowReader {
        void accept(List<String> fields, long line);
    }

    /**
     * Reads the data rows of an aggregates CSV file whose first line must be {@code header} and every row as long;
     * anything wrong is a data error naming the file and line.
     *
     * @param missing what the data error says when the file does not exist
     */
    public static void readRows(Path file, List<String> header, String missing, RowReader handler) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean first = true;
            for (CsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                if (first) {
                    first = false;
                    if (!r.getFields().equals(header)) {
                        throw rowError(file, line, "the header must be " + String.join(",", header));
                    }
                    continue;
                }
                if (r.getFieldCount() != header.size()) {
                    throw rowError(file, line, r.getFieldCount() + " fields, the header has " + header.size());
                }
                handler.accept(r.getFields(), line);
            }
            if (first) throw rowError(file, 1, "the file is empty (no header)");
        } catch (NoSuchFileException e) {
            throw KctException.data(missing);
        } catch (IOException | UncheckedIOException e) {
            throw KctException.data(file + ": cannot be read: " + e.getMessage());
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw KctException.data(file + ": not valid CSV: " + e.getMessage());
        }
    }

    /** A data error at {@code line} of the aggregates file {@code file}. */
    public static KctException rowError(Path file, long line, String message) {
        return KctException.data(file + ":" + line + ": " + message + " (see docs/DESIGN.md, \"Aggregates schema\")");
    }

    /** Reads the CSV files of one directory against its manifest. */
    private static final class Reader {
        private final Path dir;
        private final Manifest manifest;
        private final IpcLevel level;
        private String[] codes;
        private String[] countries;

        Reader(Path dir, Manifest manifest, IpcLevel level) {
            this.dir = dir;
            this.manifest = manifest;
            this.level = level;
        }

        Aggregates read() {
            countries = manifest.countries() == null
                    ? new String[0]
                    : manifest.countries().toArray(String[]::new);
            requireSorted(countries, MANIFEST + ": countries");
            List<String> code = new ArrayList<>();
            IntArrayList patents = new IntArrayList();
            List<long[]> longs = new ArrayList<>();
            List<int[]> ints = new ArrayList<>();
            DoubleArrayList generality = new DoubleArrayList();
            rows("technologies.csv", TECHNOLOGIES, (f, at) -> {
                code.add(f.get(0));
                patents.add(at.integer(1));
                longs.add(new long[] {at.number(2), at.number(3), at.number(7), at.number(9)});
                ints.add(new int[] {at.integer(4), at.integer(6), at.integer(8), at.integer(10)});
                generality.add(at.decimal(5));
            });
            codes = code.toArray(String[]::new);
            requireSorted(codes, "technologies.csv: code");
            int t = codes.length;
            Aggregates.Sums sums = new Aggregates.Sums(
                    patents.toIntArray(),
                    column(longs, 0),
                    column(longs, 1),
                    intColumn(ints, 0),
                    generality.toDoubleArray(),
                    intColumn(ints, 1),
                    column(longs, 2),
                    intColumn(ints, 2),
                    column(longs, 3),
                    intColumn(ints, 3));

            int years = manifest.lastYear() == 0 ? 0 : manifest.lastYear() - manifest.firstYear() + 1;
            int[] perYear = new int[t * years];
            rows("technology_years.csv", YEARS, (f, at) -> {
                int i = at.technology(0);
                int y = at.integer(1);
                if (y < manifest.firstYear() || y > manifest.lastYear()) {
                    throw at.error("year " + y + " is outside the manifest's " + manifest.firstYear() + "–"
                            + manifest.lastYear());
                }
                perYear[i * years + y - manifest.firstYear()] = at.integer(2);
            });

            Sparse first = new Sparse(t);
            Sparse fractional = new Sparse(t);
            rows("technology_countries.csv", COUNTRIES, (f, at) -> {
                int i = at.technology(0);
                int key = Arrays.binarySearch(countries, f.get(1));
                if (key < 0) throw at.error("country '" + f.get(1) + "' is not in the manifest's countries");
                if (!f.get(2).isEmpty()) first.add(i, key, at.decimal(2));
                if (!f.get(3).isEmpty()) fractional.add(i, key, at.decimal(3));
            });

            Map<String, Integer> firstSeen = new java.util.HashMap<>();
            IntArrayList applicantSeen = new IntArrayList();
            IntArrayList applicantTech = new IntArrayList();
            DoubleArrayList applicantWeight = new DoubleArrayList();
            rows("technology_applicants.csv", APPLICANTS, (f, at) -> {
                applicantTech.add(at.technology(0));
                applicantSeen.add(firstSeen.computeIfAbsent(f.get(1), name -> firstSeen.size()));
                applicantWeight.add(at.decimal(2));
            });
            String[] applicantLabels = firstSeen.keySet().toArray(String[]::new);
            Arrays.sort(applicantLabels);
            int[] labelOfSeen = new int[applicantLabels.length];
            for (int k = 0; k < applicantLabels.length; k++) labelOfSeen[firstSeen.get(applicantLabels[k])] = k;
            Sparse applicants = new Sparse(t);
            for (int e = 0; e < applicantSeen.size(); e++) {
                applicants.add(
                        applicantTech.getInt(e), labelOfSeen[applicantSeen.getInt(e)], applicantWeight.getDouble(e));
            }

            IntArrayList sources = new IntArrayList();
            IntArrayList targets = new IntArrayList();
            DoubleArrayList full = new DoubleArrayList();
            DoubleArrayList fractionalWeights = new DoubleArrayList();
            rows("pairs.csv", PAIRS, (f, at) -> {
                int i = at.technology(0);
                int j = at.technology(1);
                if (i >= j) throw at.error("source must come before target in code order");
                long n = at.number(2);
                double w = at.decimal(3);
                if (n <= 0 || !(w > 0)) throw at.error("a pair needs a positive patent count and weight");
                sources.add(i);
                targets.add(j);
                full.add(n);
                fractionalWeights.add(w);
            });

            List<List<CitedPatent>> cited = new ArrayList<>();
            for (int i = 0; i < t; i++) cited.add(new ArrayList<>());
            rows("most_cited.csv", MOST_CITED_FILE, (f, at) -> {
                cited.get(at.technology(0))
                        .add(new CitedPatent(
                                f.get(1), at.integer(2), at.integer(3), f.get(4).isEmpty() ? null : f.get(4)));
            });

            IntArrayList unitYears = new IntArrayList();
            IntArrayList unitsPerYear = new IntArrayList();
            rows("unit_years.csv", UNIT_YEARS, (f, at) -> {
                int y;
                try {
                    y = Integer.parseInt(f.get(0));
                } catch (NumberFormatException e) {
                    throw at.error("year '" + f.get(0) + "' is not a whole number");
                }
                if (!unitYears.isEmpty() && y <= unitYears.getInt(unitYears.size() - 1)) {
                    throw at.error("years must be ascending and distinct");
                }
                unitYears.add(y);
                unitsPerYear.add(at.integer(1));
            });
            int[] unitsPerCountry = new int[countries.length];
            rows("unit_countries.csv", UNIT_COUNTRIES, (f, at) -> {
                int c = Arrays.binarySearch(countries, f.get(0));
                if (c < 0) throw at.error("country '" + f.get(0) + "' is not in the manifest's countries");
                unitsPerCountry[c] = at.integer(1);
            });
            List<String> unitApplicants = new ArrayList<>();
            IntArrayList unitsPerApplicant = new IntArrayList();
            rows("unit_applicants.csv", UNIT_APPLICANTS, (f, at) -> {
                unitApplicants.add(f.get(0));
                unitsPerApplicant.add(at.integer(1));
            });
            String[] applicantsInOrder = unitApplicants.toArray(String[]::new);
            requireSorted(applicantsInOrder, "unit_applicants.csv: applicant");
            Aggregates.Corpus corpus = new Aggregates.Corpus(
                    unitYears.toIntArray(),
                    unitsPerYear.toIntArray(),
                    unitsPerCountry,
                    manifest.withoutCountry(),
                    applicantsInOrder,
                    unitsPerApplicant.toIntArray());

            Aggregates.Sources s = new Aggregates.Sources(
                    manifest.sources().citationLists(),
                    manifest.sources().reportedCitations(),
                    manifest.sources().claims(),
                    manifest.sources().npl(),
                    manifest.sources().applicants());
            int[] nodePatents = sums.patents();
            return new Aggregates(
                    new Aggregates.Selection(
                            level,
                            "families".equals(manifest.count()),
                            manifest.units(),
                            manifest.undated(),
                            manifest.firstYear(),
                            manifest.lastYear()),
                    s,
                    codes,
                    sums,
                    perYear,
                    applicants.weights(applicantLabels),
                    first.weights(countries),
                    fractional.weights(countries),
                    network(nodePatents, sources, targets, full),
                    network(nodePatents, sources, targets, fractionalWeights),
                    Aggregates.MostCited.of(cited),
                    corpus);
        }

        private CooccurrenceNetwork network(int[] patents, IntArrayList a, IntArrayList b, DoubleArrayList w) {
            return CooccurrenceNetwork.fromEdges(codes, patents, a.toIntArray(), b.toIntArray(), w.toDoubleArray());
        }

        /** A callback per data row: its fields and a parser that names the file and line. */
        private interface RowHandler {
            void accept(List<String> fields, Location at);
        }

        private void rows(String name, List<String> header, RowHandler handler) {
            readRows(
                    dir.resolve(name),
                    header,
                    dir + ": " + name + " is missing (an aggregates directory has " + MANIFEST
                            + " and nine CSV files; see docs/DESIGN.md, \"Aggregates schema\")",
                    (fields, line) -> handler.accept(fields, new Location(name, line, fields)));
        }

        /** Where a row is, with parsers whose errors say so. */
        private final class Location {
            private final String file;
            private final long line;
            private final List<String> fields;

            Location(String file, long line, List<String> fields) {
                this.file = file;
                this.line = line;
                this.fields = fields;
            }

            KctException error(String message) {
                return rowError(dir.resolve(file), line, message);
            }

            long number(int field) {
                try {
                    long v = Long.parseLong(fields.get(field));
                    if (v < 0) throw error("field " + (field + 1) + " is negative: " + v);
                    return v;
                } catch (NumberFormatException e) {
                    throw error("field " + (field + 1) + " is not a whole number: '" + fields.get(field) + "'");
                }
            }

            int integer(int field) {
                long v = number(field);
                if (v > Integer.MAX_VALUE) throw error("field " + (field + 1) + " is too large: " + v);
                return (int) v;
            }

            double decimal(int field) {
                try {
                    double v = Double.parseDouble(fields.get(field));
                    if (!Double.isFinite(v) || v < 0)
                        throw error("field " + (field + 1) + " is not a finite" + " number, 0 or more: "
                                + fields.get(field));
                    return v;
                } catch (NumberFormatException e) {
                    throw error("field " + (field + 1) + " is not a number: '" + fields.get(field) + "'");
                }
            }

            int technology(int field) {
                int i = Arrays.binarySearch(codes, fields.get(field));
                if (i < 0) throw error("technology '" + fields.get(field) + "' is not in technologies.csv");
                return i;
            }
        }

        /** Weights per technology collected in file order, keys ascending within a technology. */
        private static final class Sparse {
            private final List<IntArrayList> keys = new ArrayList<>();
            private final List<DoubleArrayList> weights = new ArrayList<>();

            Sparse(int technologies) {
                for (int i = 0; i < technologies; i++) {
                    keys.add(new IntArrayList());
                    weights.add(new DoubleArrayList());
                }
            }

            void add(int technology, int key, double weight) {
                keys.get(technology).add(key);
                weights.get(technology).add(weight);
            }

            TechnologyWeights weights(String[] labels) {
                int t = keys.size();
                int[] offsets = new int[t + 1];
                for (int i = 0; i < t; i++)
                    offsets[i + 1] = offsets[i] + keys.get(i).size();
                int[] k = new int[offsets[t]];
                double[] w = new double[offsets[t]];
                for (int i = 0; i < t; i++) {
                    int[] order = sortedPositions(keys.get(i));
                    for (int e = 0; e < order.length; e++) {
                        k[offsets[i] + e] = keys.get(i).getInt(order[e]);
                        w[offsets[i] + e] = weights.get(i).getDouble(order[e]);
                    }
                }
                try {
                    return TechnologyWeights.of(labels, offsets, k, w);
                } catch (IllegalArgumentException e) {
                    throw KctException.data(
                            "aggregates: a technology lists one country or applicant twice (" + e.getMessage() + ")");
                }
            }

            private static int[] sortedPositions(IntArrayList keys) {
                Integer[] order = new Integer[keys.size()];
                for (int e = 0; e < order.length; e++) order[e] = e;
                Arrays.sort(order, (x, y) -> Integer.compare(keys.getInt(x), keys.getInt(y)));
                return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            }
        }

        private static long[] column(List<long[]> rows, int c) {
            long[] out = new long[rows.size()];
            for (int i = 0; i < out.length; i++) out[i] = rows.get(i)[c];
            return out;
        }

        private static int[] intColumn(List<int[]> rows, int c) {
            int[] out = new int[rows.size()];
            for (int i = 0; i < out.length; i++) out[i] = rows.get(i)[c];
            return out;
        }

        private static void requireSorted(String[] values, String what) {
            for (int i = 1; i < values.length; i++) {
                if (values[i].compareTo(values[i - 1]) <= 0) {
                    throw KctException.data(what + ": '" + values[i] + "' is out of order or repeated (the"
                            + " rows must be distinct and in code order)");
                }
            }
        }
    }
}
