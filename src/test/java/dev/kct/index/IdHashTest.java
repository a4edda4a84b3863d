package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdHashTest {

    @Test
    void hashIsNeverZeroAndDiffersForNearIds() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long h = IdHash.of("EP" + i + "A1");
            assertThat(h).isNotZero();
            hashes.add(h);
        }
        assertThat(hashes).hasSize(100_000);
        assertThat(IdHash.of("")).isNotZero();
    }

    @Test
    void keyIsTheHashFollowedByASecondIndependentHash() {
        Set<ByteBuffer> keys = new HashSet<>();
        Set<Long> seconds = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = "US" + i + "B2";
            byte[] key = IdHash.key(id);
            assertThat(key).hasSize(16);
            ByteBuffer b = ByteBuffer.wrap(key);
            assertThat(b.getLong(0)).isEqualTo(IdHash.of(id));
            assertThat(b.getLong(8)).isNotEqualTo(IdHash.of(id));
            keys.add(b);
            seconds.add(b.getLong(8));
        }
        assertThat(keys).hasSize(100_000);
        assertThat(seconds).as("the second half alone tells the ids apart too").hasSize(100_000);
        assertThat(IdHash.key("P1")).isEqualTo(IdHash.key(new String("P1")));
        assertThat(IdHash.key("ab")).isNotEqualTo(IdHash.key("ba"));
    }
}
