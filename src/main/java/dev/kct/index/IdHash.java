package dev.kct.index;

/**
 * A 64-bit hash of an id's UTF-16 characters (FNV-1a, then a murmur3 finaliser), kept in each patent's
 * {@link PatentFacts} for its id, family id and cited ids. Resolving citations and grouping families by hash
 * avoids sorting and merging term dictionaries as large as the index; a false match needs two
 * different ids with equal 64-bit hashes, whose probability is below 10⁻⁵ even at 10⁷ ids. Never 0,
 * which marks "none".
 *
 * <p>FNV-1a is no cryptographic hash: ids with equal hashes are easy to build on purpose (the tests' {@code
 * CollidingIds} makes them from its structure). Two such ids are still two patents (a replaced document is found by
 * the 128-bit {@link #key}), and ingestion warns when they meet in one file; a citation of either, or two such family
 * ids, resolve by the 64-bit hash alone.
 */
public final class IdHash {

    private IdHash() {}

    /**
     * A 128-bit key of an id: {@link #of} and a second, independent 64-bit hash (a polynomial over the
     * characters with the golden-ratio multiplier, then the SplitMix64 finaliser), big-endian. Deleting the
     * document of a replaced record goes by this key, so that even two ids with equal 64-bit hashes cannot
     * delete each other's patent (a false match would need a 128-bit collision).
     */
    static byte[] key(String id) {
        byte[] key = new byte[16];
        putLong(key, 0, of(id));
        putLong(key, 8, second(id));
        return key;
    }

    /**
     * The second half of {@link #key}: with {@link #of}, it tells apart two different ids whose 64-bit hashes are
     * equal (a false match of both needs a 128-bit collision).
     */
    public static long second(String id) {
        long g = 0;
        for (int i = 0; i < id.length(); i++) {
            g = (g + id.charAt(i)) * 0x9e3779b97f4a7c15L;
        }
        g ^= g >>> 30;
        g *= 0xbf58476d1ce4e5b9L;
        g ^= g >>> 27;
        g *= 0x94d049bb133111ebL;
        g ^= g >>> 31;
        return g;
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    public static long of(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
