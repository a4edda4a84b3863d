package dev.kct.generate;

/**
 * A discrete distribution over {@code 0..n-1} given by non-negative weights, sampled by binary search
 * over the cumulative weights (O(log n) per draw, no allocation).
 */
final class Discrete {

    private final double[] cumulative;

    private Discrete(double[] cumulative) {
        this.cumulative = cumulative;
    }

    /** The distribution with these weights; at least one must be positive. */
    static Discrete of(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0 || Double.isNaN(weights[i]))
                throw new IllegalArgumentException("bad weight " + weights[i]);
            sum += weights[i];
            c[i] = sum;
        }
        if (!(sum > 0)) throw new IllegalArgumentException("all weights are zero");
        return new Discrete(c);
    }

    /** Zipf's law over ranks: weight of rank r (from 0) is 1 / (r + 1)^exponent. */
    static Discrete zipf(int n, double exponent) {
        return of(zipfWeights(n, exponent));
    }

    static double[] zipfWeights(int n, double exponent) {
        double[] w = new double[n];
        for (int r = 0; r < n; r++) w[r] = 1.0 / StrictMath.pow(r + 1, exponent);
        return w;
    }

    int size() {
        return cumulative.length;
    }

    int sample(Rng rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
