package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.analysis.Trend;
import dev.kct.index.PatentTable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which periods to cut a selection into: {@code --periods} or {@code --window} with {@code --step}. Shared by
 * {@code kct trend} and {@code kct report} (through {@link PeriodOptions}) and by {@code kct aggregates}, which writes
 * each period's aggregates, so that all three cut the same periods from the same options.
 */
final class PeriodChoice {

    @Option(
            names = "--periods",
            paramLabel = "LIST",
            split = ",",
            description = "Periods as FROM-TO years, e.g. 2005-2009,2010-2014 (in order, not overlapping).")
    List<String> periods;

    @Option(
            names = "--window",
            paramLabel = "W",
            description = "Instead of --periods: periods of W years from --from (or the first year) to --to (or the"
                    + " last), starting every --step years.")
    Integer window;

    @Option(names = "--step", paramLabel = "S", description = "With --window: years between period starts. Default: W.")
    Integer step;

    /** The years a {@code --window} is cut from: {@code --from} (or the first dated year) to {@code --to} (or the last). */
    record Span(int first, int last) {

        /** The span of {@code table}'s dated rows, narrowed to {@code from}/{@code to} when given; null when none is dated. */
        static Span of(PatentTable table, Integer from, Integer to) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int r = 0; r < table.size(); r++) {
                int y = table.year(r);
                if (y <= 0) continue;
                first = Math.min(first, y);
                last = Math.max(last, y);
            }
            if (first == Integer.MAX_VALUE && (from == null || to == null)) return null;
            return new Span(from != null ? from : first, to != null ? to : last);
        }
    }

    /** Whether periods were asked for ({@code --periods} or {@code --window}). */
    boolean asked() {
        return periods != null || window != null;
    }

    /** A usage error unless exactly one of {@code --periods} and {@code --window} is given. */
    void requireOne() {
        if ((periods == null) == (window == null)) {
            throw KctException.usage("give either --periods FROM-TO,... or --window W (with --step S)");
        }
    }

    /**
     * The periods asked for, checked: in order, not overlapping; a {@code --window} is cut from {@code span} (see
     * {@link Span#of}; null when no patent is dated, a data error then).
     */
    List<Trend.Period> periods(Span span) {
        List<Trend.Period> out = new ArrayList<>();
        if (periods != null) {
            for (String p : periods) {
                try {
                    out.add(Trend.Period.parse(p));
                } catch (NumberFormatException e) {
                    throw KctException.usage("--periods: '" + p + "' is not FROM-TO, e.g. 2005-2009");
                } catch (IllegalArgumentException e) {
                    throw KctException.usage("--periods: " + e.getMessage());
                }
            }
        } else {
            if (span == null) {
                throw KctException.data(
                        "no patent of the selection has a year on the --date basis: nothing to cut into periods");
            }
            int s = step == null ? window : step;
            if (window < 1 || s < 1) throw KctException.usage("--window and --step must be 1 or more years");
            for (int start = span.first(); start + window - 1 <= span.last(); start += s) {
                out.add(new Trend.Period(start, start + window - 1));
            }
            if (out.isEmpty()) {
                throw KctException.usage("--window " + window + ": no whole window fits in " + span.first() + "-"
                        + span.last() + "; give a shorter window or a wider --from/--to");
            }
        }
        for (int p = 1; p < out.size(); p++) {
            if (out.get(p).from() <= out.get(p - 1).to()) {
                throw KctException.usage("--periods: " + out.get(p).id() + " starts before "
                        + out.get(p - 1).id() + " ends; give periods in order, without overlap");
            }
        }
        return out;
    }
}
