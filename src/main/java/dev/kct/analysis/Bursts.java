package dev.kct.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Bursts in a technology's yearly patent counts: Kleinberg's two-state automaton for batched arrivals (Kleinberg
 * 2002, "Bursty and hierarchical structure in streams", <i>Proc. 8th ACM SIGKDD</i>, 91–101; journal version
 * <i>Data Mining and Knowledge Discovery</i> 7 (2003) 373–397, §4 "enumerating bursts" for batches), as CiteSpace
 * applies it to yearly counts.
 *
 * <p>Batch t holds d_t documents (all patents of the year), r_t of them relevant (the technology's). The base state
 * q₀ emits relevant documents with probability p₀ = Σr / Σd, the burst state q₁ with p₁ = s·p₀ (capped just below
 * 1). The cost of state i at batch t is σ_i(t) = −ln[ C(d_t, r_t) · p_i^{r_t} · (1 − p_i)^{d_t − r_t} ]; moving up
 * from q₀ to q₁ costs γ·ln n (n the number of batches), moving down is free. The state sequence minimising the
 * total cost is found exactly by dynamic programming (Viterbi), not greedily batch by batch; ties keep the base
 * state. A burst is a maximal run of q₁; its weight (CiteSpace's "strength") is Σ_t (σ₀(t) − σ₁(t)) over the run,
 * the cost it saves. The binomial coefficient is the same in both states and cancels in every comparison, so it is
 * left out.
 *
 * <p>Defaults s = 2 and γ = 1 are Kleinberg's (and CiteSpace's) standard choice. A year with d_t = 0 costs nothing in
 * either state.
 */
public final class Bursts {

    /** Kleinberg's s (the burst state's rate is s times the base rate) by default. */
    public static final double DEFAULT_S = 2;

    /** Kleinberg's γ (the cost of entering the burst state, in units of ln n) by default. */
    public static final double DEFAULT_GAMMA = 1;

    /** A run of burst years, {@code from} to {@code to} inclusive (indexes or years, as the caller gave them). */
    public record Burst(int from, int to, double weight) {}

    private Bursts() {}

    /**
     * The bursts of the series.
     *
     * @param relevant r_t, the technology's patents per batch
     * @param total    d_t, all patents per batch (≥ r_t)
     * @param firstYear the year of batch 0 (bursts are reported in years)
     * @param s        the rate ratio of the burst state, &gt; 1
     * @param gamma    the cost of entering the burst state, ≥ 0
     */
    public static List<Burst> detect(int[] relevant, int[] total, int firstYear, double s, double gamma) {
        boolean[] burst = states(relevant, total, s, gamma);
        List<Burst> out = new ArrayList<>();
        double[][] cost = costs(relevant, total, s);
        for (int t = 0; t < burst.length; t++) {
            if (!burst[t]) continue;
            int start = t;
            double weight = 0;
            while (t < burst.length && burst[t]) {
                weight += cost[0][t] - cost[1][t];
                t++;
            }
            out.add(new Burst(firstYear + start, firstYear + t - 1, weight));
        }
        return out;
    }

    /** The optimal state of each batch: true for the burst state. */
    static boolean[] states(int[] relevant, int[] total, double s, double gamma) {
        int n = relevant.length;
        boolean[] out = new boolean[n];
        if (n == 0) return out;
        double[][] cost = costs(relevant, total, s);
        if (cost == null) return out;
        double up = gamma * Math.log(n);
        double[] best = {cost[0][0], up + cost[1][0]};
        int[][] from = new int[2][n];
        for (int t = 1; t < n; t++) {
            double stay0 = best[0];
            double down = best[1];
            double[] next = new double[2];
            if (down < stay0) {
                next[0] = down + cost[0][t];
                from[0][t] = 1;
            } else {
                next[0] = stay0 + cost[0][t];
                from[0][t] = 0;
            }
            double rise = best[0] + up;
            double stay1 = best[1];
            if (stay1 <= rise) {
                next[1] = stay1 + cost[1][t];
                from[1][t] = 1;
            } else {
                next[1] = rise + cost[1][t];
                from[1][t] = 0;
            }
            best = next;
        }
        int state = best[1] < best[0] ? 1 : 0;
        for (int t = n - 1; t >= 0; t--) {
            out[t] = state == 1;
            state = from[state][t];
        }
        return out;
    }

    /** σ_i(t) without the binomial coefficient, or null when nothing is relevant (no burst possible). */
    static double[][] costs(int[] relevant, int[] total, double s) {
        int n = relevant.length;
        if (total.length != n) throw new IllegalArgumentException(n + " counts for " + total.length + " totals");
        long r = 0;
        long d = 0;
        for (int t = 0; t < n; t++) {
            if (relevant[t] < 0 || relevant[t] > total[t]) {
                throw new IllegalArgumentException("batch " + t + ": " + relevant[t] + " of " + total[t]);
            }
            r += relevant[t];
            d += total[t];
        }
        if (r == 0) return null;
        double p0 = (double) r / d;
        double p1 = Math.min(s * p0, 0.9999);
        double[][] cost = new double[2][n];
        for (int t = 0; t < n; t++) {
            cost[0][t] = sigma(p0, relevant[t], total[t]);
            cost[1][t] = sigma(p1, relevant[t], total[t]);
        }
        return cost;
    }

    private static double sigma(double p, int r, int d) {
        if (d == 0) return 0;
        double c = -r * Math.log(p);
        if (d > r) c -= (d - r) * Math.log1p(-p);
        return c;
    }
}
