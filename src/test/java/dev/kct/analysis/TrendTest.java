package dev.kct.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Trend}'s trajectories and slopes, on hand-made cells (docs/METHODS.md, "Trends"). */
class TrendTest {

    private static List<Trend.Cell> classes(String... statuses) {
        return Arrays.stream(statuses)
                .map(s -> new Trend.Cell(1, 0.5, 1, 0.1, 0.5, 0.4, s))
                .toList();
    }

    @Test
    void trajectoriesAreNamedFromTheFirstAndLastClasses() {
        assertThat(Trend.trajectory(classes("chokepoint", "chokepoint", "chokepoint")))
                .isEqualTo("persistent_chokepoint");
        assertThat(Trend.trajectory(classes("watch", "chokepoint", "chokepoint")))
                .isEqualTo("emerging_chokepoint");
        assertThat(Trend.trajectory(classes("absent", "excluded", "chokepoint")))
                .isEqualTo("emerging_chokepoint");
        assertThat(Trend.trajectory(classes("chokepoint", "watch", "strength"))).isEqualTo("resolved");
        assertThat(Trend.trajectory(classes("strength", "chokepoint", "other"))).isEqualTo("declining");
        assertThat(Trend.trajectory(classes("chokepoint", "absent"))).isEqualTo("declining");
        assertThat(Trend.trajectory(classes("other", "strength"))).isEqualTo("new_strength");
        assertThat(Trend.trajectory(classes("strength", "strength"))).isEqualTo("persistent_strength");
        assertThat(Trend.trajectory(classes("strength", "chokepoint")))
                .as("key first, a chokepoint last")
                .isEqualTo("other");
        assertThat(Trend.trajectory(classes("other", "watch", "other"))).isEqualTo("other");
    }

    @Test
    void slopesAreLeastSquaresOverThePeriodMidpoints() {
        List<Trend.Period> periods =
                List.of(new Trend.Period(2000, 2004), new Trend.Period(2005, 2009), new Trend.Period(2010, 2014));
        List<Trend.Cell> cells = List.of(
                new Trend.Cell(5, 0.2, 3, 0.1, 1.0, 0.18, "strength"),
                new Trend.Cell(5, 0.3, 2, null, null, null, "strength"),
                new Trend.Cell(5, 0.5, 1, 0.3, 1.0, 0.35, "strength"));
        // key score at midpoints 2002, 2007, 2012: 0.2, 0.3, 0.5 → slope Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 1.5/50 = 0.03
        assertThat(Trend.slope(periods, cells, true)).isCloseTo(0.03, within(1e-12));
        // target share only where known: (2002, 0.1), (2012, 0.3) → 0.02 a year
        assertThat(Trend.slope(periods, cells, false)).isCloseTo(0.02, within(1e-12));
        assertThat(Trend.slope(periods.subList(0, 1), cells.subList(0, 1), true))
                .isNaN();
    }
}
