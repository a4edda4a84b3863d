package dev.kct.index;

import java.util.SplittableRandom;

/**
 * Test fixture: pairs of different ids with equal {@link IdHash#of 64-bit hashes}, built from the hash's structure
 * rather than searched for. {@code IdHash.of} is FNV-1a over UTF-16 characters followed by a bijective finaliser,
 * so two ids collide exactly when their FNV-1a states collide. Over ASCII characters, XOR with a character only
 * changes the state's low seven bits, so it adds a small signed amount: two ids of the same length that start in
 * the same state {@code s} end in states differing by {@code P·Σ eᵢ·P^(n−i)} where {@code eᵢ} is the difference of
 * the amounts added at character {@code i} and {@code P} the FNV prime. {@link #E} is a short vector with
 * {@code Σ eᵢ·P^(n−i) ≡ 0 (mod 2⁶⁴)}, found once by lattice reduction (LLL on the lattice of such vectors);
 * {@link #pair} then picks, character by character, letters and digits whose amounts differ by exactly
 * {@code eᵢ}. Any prefix and any common suffix keep the collision.
 */
public final class CollidingIds {

    /** Differences per character of a 9-character collision: Σ E[i]·P^(8−i) ≡ 0 (mod 2⁶⁴). */
    static final int[] E = {52, 0, 12, 32, 45, -10, -22, -49, 58};

    static final long FNV_PRIME = 0x100000001b3L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private CollidingIds() {}

    /**
     * Two different ids {@code prefix + 9 letters or digits + suffix} with equal {@link IdHash#of}; {@code seed} picks
     * among the many such pairs. Throws IllegalStateException in the rare case no pair exists for the prefix.
     */
    public static String[] pair(String prefix, String suffix, long seed) {
        long s = FNV_OFFSET;
        for (int i = 0; i < prefix.length(); i++) s = (s ^ prefix.charAt(i)) * FNV_PRIME;
        char[] a = new char[E.length];
        char[] b = new char[E.length];
        if (!extend(0, s, s, a, b, new SplittableRandom(seed))) {
            throw new IllegalStateException("no colliding pair after prefix '" + prefix + "'");
        }
        return new String[] {prefix + new String(a) + suffix, prefix + new String(b) + suffix};
    }

    /** Chooses characters {@code i..} of both ids (states {@code x} and {@code y} so far), backtracking on dead ends. */
    private static boolean extend(int i, long x, long y, char[] a, char[] b, SplittableRandom random) {
        if (i == E.length) return x == y;
        int start = random.nextInt(ALPHABET.length());
        for (int k = 0; k < ALPHABET.length(); k++) {
            char ca = ALPHABET.charAt((start + k) % ALPHABET.length());
            int added = (int) ((x ^ ca) & 0x7f) - (int) (x & 0x7f);
            int target = (int) (y & 0x7f) + added - E[i];
            if (target < 0 || target > 0x7f) continue;
            char cb = (char) ((y & 0x7f) ^ target);
            if (ALPHABET.indexOf(cb) < 0) continue;
            a[i] = ca;
            b[i] = cb;
            if (extend(i + 1, (x ^ ca) * FNV_PRIME, (y ^ cb) * FNV_PRIME, a, b, random)) return true;
        }
        return false;
    }
}
