package dev.kct.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChokepointClassifierTest {

    @Test
    void defaultKeyTopIsTwentyPercentAtLeastTenAtMostM() {
        assertThat(ChokepointClassifier.defaultKeyTop(0)).isEqualTo(0);
        assertThat(ChokepointClassifier.defaultKeyTop(5)).isEqualTo(5);
        assertThat(ChokepointClassifier.defaultKeyTop(10)).isEqualTo(10);
        assertThat(ChokepointClassifier.defaultKeyTop(30)).isEqualTo(10);
        assertThat(ChokepointClassifier.defaultKeyTop(50)).isEqualTo(10);
        assertThat(ChokepointClassifier.defaultKeyTop(51)).isEqualTo(11); // ⌈10.2⌉
        assertThat(ChokepointClassifier.defaultKeyTop(100)).isEqualTo(20);
        assertThat(ChokepointClassifier.defaultKeyTop(656)).isEqualTo(132); // ⌈131.2⌉
    }

    @Test
    void keyTopIsACountOrAPercentage() {
        assertThat(ChokepointClassifier.parseKeyTop("25", 100)).isEqualTo(25);
        assertThat(ChokepointClassifier.parseKeyTop(" 25 ", 10)).isEqualTo(10);
        assertThat(ChokepointClassifier.parseKeyTop("15%", 100)).isEqualTo(15);
        assertThat(ChokepointClassifier.parseKeyTop("20%", 30)).isEqualTo(6); // exactly 6, no rounding up to 7
        assertThat(ChokepointClassifier.parseKeyTop("12.5%", 10)).isEqualTo(2); // ⌈1.25⌉
        assertThat(ChokepointClassifier.parseKeyTop("100%", 7)).isEqualTo(7);
        for (String bad : new String[] {"0", "-3", "0%", "150%", "abc", "%", "2.5"}) {
            assertThatThrownBy(() -> ChokepointClassifier.parseKeyTop(bad, 100))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ChokepointClassifier.parseKeyTop("ten", 100))
                .hasMessage("key-top must be a count such as 25 or a percentage such as 15%, not 'ten'");
    }

    @Test
    void classesAtTheBoundaries() {
        ChokepointClassifier c = new ChokepointClassifier(2);
        assertThat(c.classify(2, 0.5)).isEqualTo(ChokepointClass.CHOKEPOINT); // rank at the cut is key
        assertThat(c.classify(2, 1.0)).isEqualTo(ChokepointClass.STRENGTH); // RTA exactly 1 is strong
        assertThat(c.classify(1, Double.NaN)).isEqualTo(ChokepointClass.CHOKEPOINT); // country absent: weak
        assertThat(c.classify(3, 0.999)).isEqualTo(ChokepointClass.WATCH);
        assertThat(c.classify(3, Double.NaN)).isEqualTo(ChokepointClass.WATCH);
        assertThat(c.classify(3, 1.0)).isEqualTo(ChokepointClass.OTHER);
        assertThat(c.classify(new int[] {1, 2, 3, 4}, new double[] {0, 3, 0.2, 1.5}))
                .containsExactly(
                        ChokepointClass.CHOKEPOINT,
                        ChokepointClass.STRENGTH,
                        ChokepointClass.WATCH,
                        ChokepointClass.OTHER);
        assertThatThrownBy(() -> c.classify(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chokepointScoreDiscountsTheTargetsShare() {
        assertThat(ChokepointClassifier.chokepointScore(0.8, 0.25)).isCloseTo(0.6, within(1e-12));
        assertThat(ChokepointClassifier.chokepointScore(0.8, Double.NaN)).isEqualTo(0.8);
        assertThat(ChokepointClassifier.chokepointScores(new double[] {1, 0.5}, new double[] {1, 0}))
                .containsExactly(0, 0.5);
    }

    @Test
    void idsAreLowerCase() {
        assertThat(ChokepointClass.CHOKEPOINT.id()).isEqualTo("chokepoint");
        for (ChokepointClass c : ChokepointClass.values()) {
            assertThat(ChokepointClass.fromId(c.id())).isSameAs(c);
        }
        assertThatThrownBy(() -> ChokepointClass.fromId("risk")).isInstanceOf(IllegalArgumentException.class);
    }
}
