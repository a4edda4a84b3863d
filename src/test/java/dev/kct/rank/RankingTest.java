package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void highestScoreFirstAndTiesByCode() {
        double[] scores = {0.5, 0.9, 0.5, 0.1};
        String[] codes = {"H04W", "A61K", "B01J", "C07D"};
        assertThat(Ranking.order(scores, codes)).containsExactly(1, 2, 0, 3);
        assertThat(Ranking.ranks(scores, codes)).containsExactly(3, 1, 2, 4);
    }

    @Test
    void allTiedFollowsCodeOrder() {
        double[] scores = {0, 0, 0};
        String[] codes = {"H01L 21/027", "H01L 21/00", "G06F"};
        assertThat(Ranking.order(scores, codes)).containsExactly(2, 1, 0);
    }

    @Test
    void negativeZeroTiesWithZeroAndNaNComesLast() {
        double[] scores = {Double.NaN, -0.0, 0.0, 0.2};
        String[] codes = {"A", "C", "B", "D"};
        assertThat(Ranking.order(scores, codes)).containsExactly(3, 2, 1, 0);
    }

    @Test
    void emptyAndMismatched() {
        assertThat(Ranking.order(new double[0], new String[0])).isEmpty();
        assertThatThrownBy(() -> Ranking.order(new double[1], new String[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
