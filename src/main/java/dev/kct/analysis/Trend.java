package dev.kct.analysis;

import dev.kct.aggregate.AggregateScan;
import dev.kct.aggregate.Aggregates;
import dev.kct.index.PatentTable;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.rank.ChokepointClass;
import dev.kct.rank.KeyTechnologyScoring;
import dev.kct.rank.WeightsSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ranking over time ({@code kct trend}, docs/METHODS.md "Trends"): the selection cut into periods, each period
 * analysed exactly as {@code kct rank --from A --to B} analyses it, and per technology its classes across the
 * periods, a named trajectory, the least-squares slopes of key score and target share, and the bursts of its yearly
 * counts ({@link Bursts}). The patents are read once: each period is a subset of the loaded table (rows keep their
 * order, citations stay inside the period, as inside a {@code --from/--to} selection).
 */
public final class Trend {

    /** A period of years, both ends included. */
    public record Period(int from, int to) {
        public Period {
            if (to < from) throw new IllegalArgumentException("period " + from + "-" + to + " ends before it starts");
        }

        /**
         * The period {@code FROM-TO} (blanks around either year allowed), the inverse of {@link #id()}.
         *
         * @throws NumberFormatException when {@code id} is not two years joined by '-'
         * @throws IllegalArgumentException when it ends before it starts
         */
        public static Period parse(String id) {
            String[] ends = id.strip().split("-", -1);
            if (ends.length != 2) throw new NumberFormatException("'" + id + "' is not FROM-TO");
            return new Period(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
        }

        /** {@code FROM-TO}. */
        public String id() {
            return from + "-" + to;
        }

        double midpoint() {
            return (from + to) / 2.0;
        }
    }

    /** Where the weights come from: once from the whole selection (comparable over time), or each period's own. */
    public enum WeightsFrom {
        ALL,
        EACH;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static WeightsFrom fromId(String text) {
            for (WeightsFrom w : values()) {
                if (w.id().equals(text.strip().toLowerCase(Locale.ROOT))) return w;
            }
            throw new IllegalArgumentException("'" + text + "' is not all or each");
        }
    }

    /** A technology's state in one period: {@code absent} (no patents), {@code excluded} (below support), else ranked. */
    public record Cell(
            int patents,
            Double keyScore,
            Integer keyRank,
            Double targetShare,
            Double targetRta,
            Double chokepointScore,
            String status,
            Interval interval) {

        public Cell(
                int patents,
                Double keyScore,
                Integer keyRank,
                Double targetShare,
                Double targetRta,
                Double chokepointScore,
                String status) {
            this(patents, keyScore, keyRank, targetShare, targetRta, chokepointScore, status, null);
        }
    }

    /** With {@code --bootstrap}: the period's rank interval and probabilities (docs/METHODS.md, "Rank uncertainty"). */
    public record Interval(int rankLow, int rankMedian, int rankHigh, double pKey, Double pChokepoint) {}

    /** One technology over the periods. */
    public record Line(
            String code,
            String trajectory,
            double keyScoreSlope,
            double targetShareSlope,
            List<Bursts.Burst> bursts,
            List<Cell> cells) {}

    /**
     * The outcome.
     *
     * @param periods    the periods, in order, with their unit counts
     * @param patents    units per period
     * @param weights    the weights used (those of the whole selection with {@link WeightsFrom#ALL}, else null)
     * @param lines      one per technology present in any period, in code order
     * @param warnings   what the analyst should know (each period's warnings prefixed by its id)
     * @param analyses   each period's full analysis (its network, aggregates and scores), in period order
     */
    public record Result(
            List<Period> periods,
            int[] patents,
            Map<String, Map<String, Double>> weights,
            List<Line> lines,
            List<String> warnings,
            List<KeyTechnologyAnalysis.Result> analyses) {}

    private Trend() {}

    /**
     * What the analysis of the periods reads: each period's aggregates, the span's (from the first period's start to
     * the last one's end, what {@link WeightsFrom#ALL} weighs on) and the patents per year for the bursts. Cut from
     * a patent table ({@link #source}) or read from an aggregates directory ({@link PeriodAggregates}); both give the
     * same numbers bit for bit, so the trend from either is the same.
     */
    public interface Source {
        /** The aggregates of the span [first period's from, last period's to]. */
        Aggregates span();

        /** Period {@code p}'s aggregates, with its rows for the bootstrap when there are patents. */
        Slice period(int p);

        /** Patents per year over the span, per technology and in all. */
        YearCounts years();
    }

    /** A period's aggregates and, when the source has patents, its rows (else null: no bootstrap). */
    public record Slice(Aggregates aggregates, PatentTable rows) {}

    /** The span of {@code periods}: from the first one's start to the last one's end. */
    public static Period span(List<Period> periods) {
        return new Period(periods.get(0).from(), periods.get(periods.size() - 1).to());
    }

    /**
     * The periods of {@code table} (one row per patent, on the date basis of its years), each cut and scanned when
     * asked for, exactly as a {@code --from/--to} selection of the same patents is loaded and scanned.
     *
     * @param families count families ({@code --count families}): each period's patents are merged into families
     */
    public static Source source(PatentTable table, List<Period> periods, boolean families, int threads) {
        Period whole = span(periods);
        return new Source() {
            @Override
            public Aggregates span() {
                return AggregateScan.of(rows(table, whole, families), families, threads);
            }

            @Override
            public Slice period(int p) {
                PatentTable rows = rows(table, periods.get(p), families);
                return new Slice(AggregateScan.of(rows, families, threads), rows);
            }

            @Override
            public YearCounts years() {
                return YearCounts.of(table, whole.from(), whole.to());
            }
        };
    }

    /**
     * Analyses {@code table} (one row per patent, on the date basis of its years) period by period.
     *
     * @param families  count families ({@code --count families}): each period's patents are merged into families
     * @param s         Kleinberg's s; {@code gamma} his γ
     */
    public static Result run(
            PatentTable table,
            List<Period> periods,
            KeyTechnologyAnalysis.Settings settings,
            WeightsFrom weightsFrom,
            boolean families,
            double s,
            double gamma,
            RankUncertainty.Settings uncertainty,
            int threads) {
        return run(
                source(table, periods, families, threads),
                periods,
                settings,
                weightsFrom,
                s,
                gamma,
                uncertainty,
                threads);
    }

    /**
     * Analyses the periods of {@code source}, each as {@code kct rank --from --to} analyses it.
     *
     * @param uncertainty with resamples, every period's {@link Slice#rows()} must be there (the bootstrap needs them)
     * @param s           Kleinberg's s; {@code gamma} his γ
     */
    public static Result run(
            Source source,
            List<Period> periods,
            KeyTechnologyAnalysis.Settings settings,
            WeightsFrom weightsFrom,
            double s,
            double gamma,
            RankUncertainty.Settings uncertainty,
            int threads) {
        List<String> warnings = new ArrayList<>();
        Map<String, Map<String, Double>> fixedWeights = null;
        KeyTechnologyAnalysis.Settings periodSettings = settings;
        if (weightsFrom == WeightsFrom.ALL) {
            KeyTechnologyAnalysis.Result all = KeyTechnologyAnalysis.run(source.span(), settings);
            fixedWeights = weights(all.scores());
            periodSettings = withWeights(settings, fixedWeights);
        }
        List<KeyTechnologyAnalysis.Result> results = new ArrayList<>();
        List<RankUncertainty.Result> intervals = new ArrayList<>();
        int[] patents = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            Slice slice = source.period(p);
            KeyTechnologyAnalysis.Result r = KeyTechnologyAnalysis.run(slice.aggregates(), periodSettings);
            results.add(r);
            if (uncertainty.resamples() > 0 && slice.rows() == null) {
                throw new IllegalArgumentException("the bootstrap needs the periods' patents");
            }
            intervals.add(
                    uncertainty.resamples() > 0
                            ? RankUncertainty.of(slice.rows(), periodSettings, r, uncertainty, threads, () -> {})
                            : null);
            patents[p] = r.aggregates().units();
            String id = periods.get(p).id();
            r.warnings().forEach(w -> warnings.add(id + ": " + w));
        }
        TreeSet<String> codes = new TreeSet<>();
        results.forEach(r -> codes.addAll(Arrays.asList(r.aggregates().technologies())));
        YearCounts years = source.years();
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            List<Cell> cells = new ArrayList<>();
            for (int p = 0; p < results.size(); p++) cells.add(cell(results.get(p), intervals.get(p), code));
            lines.add(new Line(
                    code,
                    settings.target() == null ? null : trajectory(cells),
                    slope(periods, cells, true),
                    settings.target() == null ? Double.NaN : slope(periods, cells, false),
                    years.bursts(code, s, gamma),
                    cells));
        }
        return new Result(List.copyOf(periods), patents, fixedWeights, lines, warnings, List.copyOf(results));
    }

    /** The period's rows of the table (merged into families), exactly as a --from/--to selection loads them. */
    static PatentTable rows(PatentTable table, Period period, boolean families) {
        int[] take = new int[table.size()];
        for (int r = 0; r < take.length; r++) {
            int y = table.year(r);
            take[r] = y >= period.from() && y <= period.to() ? 1 : 0;
        }
        PatentTable rows = table.resample(take);
        return families ? rows.byFamily() : rows;
    }

    /** The in-family and family weights of a run as fixed weights (JSON {@code weights}). */
    private static Map<String, Map<String, Double>> weights(KeyTechnologyScoring.Result scores) {
        Map<String, Map<String, Double>> w = new LinkedHashMap<>();
        scores.families().forEach((name, r) -> w.put(name, r.weightsByColumn()));
        w.put("key", scores.key().weightsByColumn());
        return w;
    }

    private static KeyTechnologyAnalysis.Settings withWeights(
            KeyTechnologyAnalysis.Settings s, Map<String, Map<String, Double>> weights) {
        List<String> inFamily = new ArrayList<>();
        weights.forEach((family, byColumn) -> {
            if (!family.equals("key")) byColumn.forEach((c, v) -> inFamily.add(c + "=" + v));
        });
        List<String> across = new ArrayList<>();
        weights.get("key").forEach((f, v) -> across.add(f + "=" + v));
        KeyTechnologyScoring.Settings scoring = new KeyTechnologyScoring.Settings(
                s.scoring().normalization(),
                inFamily.isEmpty() ? s.scoring().weights() : new WeightsSpec.Fixed(String.join(",", inFamily)),
                s.scoring().aggregation(),
                across.isEmpty() ? s.scoring().familyWeights() : new WeightsSpec.Fixed(String.join(",", across)));
        return s.withScoring(scoring);
    }

    private static Cell cell(KeyTechnologyAnalysis.Result r, RankUncertainty.Result u, String code) {
        int row = Arrays.binarySearch(r.codes(), code);
        if (row < 0) {
            int i = Arrays.binarySearch(r.aggregates().technologies(), code);
            if (i < 0) return new Cell(0, null, null, null, null, null, "absent");
            return new Cell(r.aggregates().sums().patents()[i], null, null, null, null, null, "excluded");
        }
        boolean target = r.hasTarget();
        return new Cell(
                r.indicators().patents(row),
                r.scores().keyScore()[row],
                r.scores().keyRank()[row],
                target ? r.indicators().value(IndicatorCatalogue.TARGET_SHARE.name(), row) : null,
                target ? r.indicators().value(IndicatorCatalogue.TARGET_RTA.name(), row) : null,
                target ? r.chokepointScore()[row] : null,
                target ? r.classes()[row].id() : "ranked",
                u == null ? null : interval(u, row));
    }

    private static Interval interval(RankUncertainty.Result u, int row) {
        var b = u.bootstrap();
        return new Interval(
                b.rankLow()[row],
                b.rankMedian()[row],
                b.rankHigh()[row],
                b.pKey()[row],
                b.pChokepoint() == null ? null : b.pChokepoint()[row]);
    }

    /**
     * The trajectory from the first to the last period (docs/METHODS.md, "Trends"): persistent_chokepoint (a
     * chokepoint in every period), emerging_chokepoint (a chokepoint last, not key first), resolved (a chokepoint
     * first, a strength last), declining (key first, not key last), persistent_strength, new_strength (a strength
     * last, not key first), else other.
     */
    static String trajectory(List<Cell> cells) {
        String first = cells.get(0).status();
        String last = cells.get(cells.size() - 1).status();
        String chokepoint = ChokepointClass.CHOKEPOINT.id();
        String strength = ChokepointClass.STRENGTH.id();
        boolean keyFirst = first.equals(chokepoint) || first.equals(strength);
        boolean keyLast = last.equals(chokepoint) || last.equals(strength);
        if (cells.stream().allMatch(c -> c.status().equals(chokepoint))) return "persistent_chokepoint";
        if (cells.stream().allMatch(c -> c.status().equals(strength))) return "persistent_strength";
        if (last.equals(chokepoint) && !keyFirst) return "emerging_chokepoint";
        if (first.equals(chokepoint) && last.equals(strength)) return "resolved";
        if (keyFirst && !keyLast) return "declining";
        if (last.equals(strength) && !keyFirst) return "new_strength";
        return "other";
    }

    /** OLS slope of key score (or target share) over the periods' midpoints where it is known; NaN below two. */
    static double slope(List<Period> periods, List<Cell> cells, boolean keyScore) {
        List<double[]> points = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Double y = keyScore ? cells.get(p).keyScore() : cells.get(p).targetShare();
            if (y != null && !y.isNaN()) points.add(new double[] {periods.get(p).midpoint(), y});
        }
        if (points.size() < 2) return Double.NaN;
        double mx = points.stream().mapToDouble(q -> q[0]).average().orElse(0);
        double my = points.stream().mapToDouble(q -> q[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] q : points) {
            sxy += (q[0] - mx) * (q[1] - my);
            sxx += (q[0] - mx) * (q[0] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
