package dev.kct.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctException;
import dev.kct.KctVersion;
import dev.kct.aggregate.AggregateFiles;
import dev.kct.aggregate.Aggregates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The periods of a trend stored in an aggregates directory ({@code kct aggregates --periods|--window}), from which
 * {@code kct trend --aggregates DIR} runs with no index (docs/DESIGN.md, "Aggregates schema"). Each period's
 * aggregates and the span's are complete aggregates directories of their own, exactly those {@code kct aggregates
 * --from FROM --to TO} writes: a period's sums are its own scan's, never re-added from finer parts, so a trend from
 * the files equals the trend from the patents bit for bit.
 *
 * <pre>
 *   periods/manifest.json     schema, periods (in order), span, window_first, window_last, the whole selection's
 *                             parameters and warnings
 *   periods/FROM-TO/          one aggregates directory per period
 *   periods/span/             the aggregates of [first period's from, last period's to] (--weights-from all)
 *   periods/year_counts.csv   code,year,patents      (patents, not families, per technology and year; rows &gt; 0)
 *   periods/year_totals.csv   year,patents           (patents per year, every year of the span)
 * </pre>
 */
public final class PeriodAggregates {

    /** The subdirectory of an aggregates directory that holds its periods. */
    public static final String DIR = "periods";

    /** The schema this version writes and reads. */
    public static final String SCHEMA = "kct-periods/1";

    static final String MANIFEST = "manifest.json";

    static final String SPAN = "span";

    static final String YEAR_COUNTS = "year_counts.csv";

    static final String YEAR_TOTALS = "year_totals.csv";

    private static final List<String> COUNTS_HEADER = List.of("code", "year", "patents");

    private static final List<String> TOTALS_HEADER = List.of("year", "patents");

    /**
     * What the periods are of.
     *
     * @param periods     the periods' ids, FROM-TO, in order
     * @param span        the span's id, FROM-TO
     * @param windowFirst the first year a {@code --window} is cut from (the {@code --from} or the first dated year;
     *                    null when no patent is dated), so that a {@code --window} given later can be checked
     * @param windowLast  the last such year
     * @param selection   the parameters of the whole selection (filters, level, count)
     * @param warnings    what was said about the whole selection while it was loaded
     */
    public record Manifest(
            String schema,
            @JsonProperty("kct_version") String kctVersion,
            List<String> periods,
            String span,
            @JsonProperty("window_first") Integer windowFirst,
            @JsonProperty("window_last") Integer windowLast,
            Map<String, Object> selection,
            List<String> warnings) {

        /** The periods, parsed. */
        public List<Trend.Period> parsedPeriods() {
            return periods.stream().map(Trend.Period::parse).toList();
        }
    }

    /** How the selection of one period (or of the span) is described in its aggregates' manifest. */
    public interface Describe {
        /** The parameters of the selection of {@code period}'s years. */
        Map<String, Object> selection(Trend.Period period);

        /** What selecting {@code period}'s years says (date fallbacks, an empty selection). */
        List<String> warnings(Trend.Period period);
    }

    private PeriodAggregates() {}

    /**
     * Writes the periods of {@code source} into {@code dir} (created; it must not exist or be empty).
     *
     * @param describe what each period's (and the span's) manifest records of its selection
     * @param manifest the periods and the whole selection (schema and version are set here)
     */
    public static void write(Path dir, Trend.Source source, Describe describe, Manifest manifest) throws IOException {
        Files.createDirectories(dir);
        List<Trend.Period> periods = manifest.parsedPeriods();
        for (int p = 0; p < periods.size(); p++) {
            writeAggregates(dir.resolve(periods.get(p).id()), source.period(p).aggregates(), describe, periods.get(p));
        }
        writeAggregates(dir.resolve(SPAN), source.span(), describe, Trend.span(periods));
        YearCounts years = source.years();
        AggregateFiles.csv(dir, YEAR_COUNTS, w -> {
            w.writeRecord(COUNTS_HEADER.toArray(String[]::new));
            new TreeMap<>(years.byCode()).forEach((code, counts) -> {
                for (int k = 0; k < counts.length; k++) {
                    if (counts[k] > 0)
                        w.writeRecord(code, Integer.toString(years.first() + k), Integer.toString(counts[k]));
                }
            });
        });
        AggregateFiles.csv(dir, YEAR_TOTALS, w -> {
            w.writeRecord(TOTALS_HEADER.toArray(String[]::new));
            for (int k = 0; k < years.total().length; k++) {
                w.writeRecord(Integer.toString(years.first() + k), Integer.toString(years.total()[k]));
            }
        });
        Manifest stamped = new Manifest(
                SCHEMA,
                KctVersion.get(),
                manifest.periods(),
                Trend.span(periods).id(),
                manifest.windowFirst(),
                manifest.windowLast(),
                manifest.selection(),
                manifest.warnings());
        AggregateFiles.writeManifest(stamped, dir.resolve(MANIFEST));
    }

    private static void writeAggregates(Path dir, Aggregates a, Describe describe, Trend.Period period)
            throws IOException {
        Files.createDirectories(dir);
        AggregateFiles.write(a, describe.selection(period), describe.warnings(period), dir);
    }

    /** True when the aggregates directory {@code aggregates} holds periods. */
    public static boolean has(Path aggregates) {
        return Files.isRegularFile(aggregates.resolve(DIR).resolve(MANIFEST));
    }

    /**
     * The periods stored in the aggregates directory {@code aggregates} (its {@value #DIR} subdirectory), as a
     * {@link Trend.Source} that reads each period's files when asked for them.
     *
     * @throws KctException a usage error when there are none, a data error when a file is malformed
     */
    public static Loaded read(Path aggregates) {
        Path dir = aggregates.resolve(DIR);
        Path manifestFile = dir.resolve(MANIFEST);
        if (!AggregateFiles.isAggregates(aggregates) || !Files.isRegularFile(manifestFile)) {
            throw KctException.usage("--aggregates: " + aggregates + " holds no periods (" + DIR + "/" + MANIFEST
                    + "); write it with 'kct aggregates --periods FROM-TO,...' or '--window W'");
        }
        Manifest manifest;
        try {
            manifest = AggregateFiles.readManifest(manifestFile, Manifest.class);
        } catch (IOException e) {
            throw KctException.data(manifestFile + ": not a readable periods manifest: " + e.getMessage());
        }
        if (!SCHEMA.equals(manifest.schema())) {
            throw KctException.data(manifestFile + ": schema '" + manifest.schema() + "', but this kct reads '" + SCHEMA
                    + "'; write the aggregates again with this version");
        }
        if (manifest.periods() == null || manifest.periods().isEmpty()) {
            throw KctException.data(manifestFile + ": no periods");
        }
        List<Trend.Period> periods;
        try {
            periods = manifest.parsedPeriods();
        } catch (IllegalArgumentException e) {
            throw KctException.data(manifestFile + ": periods: " + e.getMessage());
        }
        return new Loaded(dir, manifest, periods);
    }

    /** Stored periods: the manifest, and the files as a source for {@link Trend#run(Trend.Source, List,
     * KeyTechnologyAnalysis.Settings, Trend.WeightsFrom, double, double, RankUncertainty.Settings, int)}. */
    public static final class Loaded implements Trend.Source {
        private final Path dir;
        private final Manifest manifest;
        private final List<Trend.Period> periods;

        Loaded(Path dir, Manifest manifest, List<Trend.Period> periods) {
            this.dir = dir;
            this.manifest = manifest;
            this.periods = periods;
        }

        public Manifest manifest() {
            return manifest;
        }

        /** The periods, in order. */
        public List<Trend.Period> periods() {
            return periods;
        }

        /** The whole selection's parameters. */
        public Map<String, Object> selection() {
            return manifest.selection() == null ? Map.of() : manifest.selection();
        }

        /** The whole selection's warnings. */
        public List<String> warnings() {
            return manifest.warnings() == null ? List.of() : manifest.warnings();
        }

        @Override
        public Aggregates span() {
            return AggregateFiles.read(dir.resolve(SPAN)).aggregates();
        }

        @Override
        public Trend.Slice period(int p) {
            return new Trend.Slice(
                    AggregateFiles.read(dir.resolve(periods.get(p).id())).aggregates(), null);
        }

        @Override
        public YearCounts years() {
            Trend.Period span = Trend.span(periods);
            int[] total = new int[span.to() - span.from() + 1];
            Map<String, int[]> byCode = new TreeMap<>();
            rows(
                    YEAR_TOTALS,
                    TOTALS_HEADER,
                    (f, at) -> total[at.year(f.get(0), span) - span.from()] = at.count(f.get(1)));
            rows(
                    YEAR_COUNTS,
                    COUNTS_HEADER,
                    (f, at) -> byCode.computeIfAbsent(f.get(0), c -> new int[total.length])[
                                    at.year(f.get(1), span) - span.from()] =
                            at.count(f.get(2)));
            return new YearCounts(span.from(), total, byCode);
        }

        private void rows(String name, List<String> header, RowHandler handler) {
            Path file = dir.resolve(name);
            AggregateFiles.readRows(
                    file,
                    header,
                    dir + ": " + name + " is missing (see docs/DESIGN.md, \"Aggregates schema\")",
                    (fields, line) -> handler.accept(fields, new Location(file, line)));
        }

        /** A callback per data row: its fields and where it is. */
        private interface RowHandler {
            void accept(List<String> fields, Location at);
        }

        /** A row's file and line, with parsers whose errors say so. */
        private record Location(Path file, long line) {
            KctException error(String message) {
                return AggregateFiles.rowError(file, line, message);
            }

            int year(String text, Trend.Period span) {
                int y = count(text);
                if (y < span.from() || y > span.to()) throw error("year " + y + " is outside the span " + span.id());
                return y;
            }

            int count(String text) {
                try {
                    int v = Integer.parseInt(text);
                    if (v < 0) throw error("'" + text + "' is negative");
                    return v;
                } catch (NumberFormatException e) {
                    throw error("'" + text + "' is not a whole number");
                }
            }
        }
    }
}
