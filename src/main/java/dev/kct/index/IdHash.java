package dev.kct.index;

/**
 * A 64-bit hash of an id's UTF-16 characters (FNV-1a, then a murmur3 finaliser), stored as numeric doc
 * values for patent ids, cited ids and family ids. Resolving citations and grouping families by hash
 * avoids sorting and merging term dictionaries as large as the index; a false match needs two
 * different ids with equal 64-bit hashes, whose probability is below 10⁻⁵ even at 10⁷ ids. Never 0,
 * which marks "none".
 */
final class IdHash {

    private IdHash() {
    }

    static long of(String id) {
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
