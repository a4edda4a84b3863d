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

    /**
     * Ids that collide in 64 bits exist and are easy to build ({@link CollidingIds}); the 128-bit key, which decides
     * which document a record replaces, still tells them apart.
     */
    @Test
    void constructedIdsCollideIn64BitsButNotIn128() {
        long sum = 0;
        for (int i = 0; i < CollidingIds.E.length; i++) {
            long power = 1;
            for (int k = i + 1; k < CollidingIds.E.length; k++) power *= CollidingIds.FNV_PRIME;
            sum += CollidingIds.E[i] * power;
        }
        assertThat(sum).as("the difference vector is in the kernel mod 2^64").isZero();
        for (long seed = 0; seed < 50; seed++) {
            String[] ids = CollidingIds.pair(seed % 2 == 0 ? "EP" : "WO20" + seed, seed % 3 == 0 ? "A1" : "", seed);
            assertThat(ids[0]).isNotEqualTo(ids[1]);
            assertThat(IdHash.of(ids[0])).as("%s %s", ids[0], ids[1]).isEqualTo(IdHash.of(ids[1]));
            assertThat(IdHash.key(ids[0])).isNotEqualTo(IdHash.key(ids[1]));
        }
    }
}
