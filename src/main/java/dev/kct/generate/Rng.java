package dev.kct.generate;

import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a seeded {@link SplittableRandom} used only through
 * {@code nextLong()}, with every derived value (doubles, bounded ints, Gaussians) computed here with
 * {@link StrictMath}, so that a seed gives the same corpus on every JVM, JIT state and Java version.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        random = new SplittableRandom(seed);
    }

    /** An independent generator seeded from this one. */
    Rng fork() {
        return new Rng(random.nextLong());
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); {@code bound} must be positive. */
    int nextInt(int bound) {
        return (int) (((random.nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [low, high]. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box–Muller). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Exponentially distributed with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    /** Shuffles {@code a} in place (Fisher–Yates). */
    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
