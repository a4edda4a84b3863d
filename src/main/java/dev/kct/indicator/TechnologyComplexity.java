package dev.kct.indicator;

import static dev.kct.indicator.IndicatorCatalogue.COMPLEXITY;

import dev.kct.aggregate.TechnologyWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Technology complexity by the method of reflections in its eigenvector form (Hidalgo &amp; Hausmann 2009,
 * "The building blocks of economic complexity", PNAS 106(26); applied to patent classes by Balland &amp;
 * Rigby 2017, "The geography of complex knowledge", Economic Geography 93(1)); docs/METHODS.md, "Barrier
 * family", {@code complexity}.
 *
 * <pre>
 *   M_ci   = 1 if RTA_c,i ≥ 1 (see {@link RevealedTechnologicalAdvantage}), else 0
 *   k_c    = Σ_i M_ci (diversity),  k_i = Σ_c M_ci (ubiquity)
 *   M̃_ii'  = Σ_c M_ci M_ci' / (k_c k_i)
 *   x      = eigenvector of M̃ for its second-largest eigenvalue,
 *            signed so that corr(x, k_i) &lt; 0 (Pearson), then z-scored: (x_i − mean) / sd, sample sd (n − 1)
 * </pre>
 *
 * Technologies in which no country is specialised (k_i = 0) have no complexity (NaN) and take no part in
 * the eigenproblem, the mean or the sd. High values mark technologies that few, diversified countries
 * are specialised in. The Growth Lab's Stata and Python {@code ecomplexity} packages orient their product
 * index by the country index's correlation with diversity instead and scale it by the country index's
 * sd; on their own test data the two orientations disagree, so compare after z-scoring and up to sign.
 *
 * <p><b>Computation.</b> M̃ is row-stochastic and not symmetric, but with D = diag(k_i) it is similar to
 * the symmetric S = D^½ M̃ D^−½ = AᵀA, A_ci = M_ci / √(k_c k_i); an eigenvector v of S gives x = D^−½ v.
 * S's largest eigenvalue is 1 with eigenvector √k_i / √Σk, known in closed form, so it is deflated away
 * exactly (S − v₁v₁ᵀ) and the wanted vector is the top one of what remains. The non-zero spectrum of
 * AᵀA (technologies × technologies) equals that of AAᵀ (countries × countries, deflated by
 * u₁ = √k_c / √Σk), whose eigenvector u gives v = Aᵀu / √λ. kct therefore decomposes whichever side is
 * smaller, densely: with about 150 countries that is a 150 × 150 problem even at main-group or subgroup
 * level, exact and free of the convergence concerns of power iteration (whose speed depends on the gap
 * between the second and third eigenvalues). The deflated matrix is symmetric positive semi-definite, so
 * its singular value decomposition is its eigendecomposition; kct uses Commons Math's
 * {@link SingularValueDecomposition} because its {@code EigenDecomposition} stops after 30 QL iterations
 * and fails on many such deflated matrices (half of the random cases tried). Cost: O(Σ_c k_c² + m³) on
 * the technology side, O(Σ_i k_i² + m³) on the country side, m the side's size.
 *
 * <p><b>Edge cases.</b> Missing (no column) when fewer than two countries or two technologies take part,
 * or when the second eigenvalue is 0 (all countries have the same specialisation profile, so there is
 * nothing to order). A repeated second eigenvalue (the country–technology network falls into three or
 * more separate parts) leaves the eigenvector, and so the order, not unique: kct keeps the solver's vector
 * and warns. When x is uncorrelated with ubiquity, the technology first in code order with a non-zero
 * value is made positive, with a warning.
 */
public final class TechnologyComplexity {

    /** Which side of the eigenproblem to decompose; {@link #AUTO} takes the smaller. */
    public enum Solver {
        AUTO,
        /** S = AᵀA, technologies × technologies. */
        TECHNOLOGY_SIDE,
        /** AAᵀ, countries × countries, mapped back by Aᵀ. */
        COUNTRY_SIDE
    }

    /**
     * What the method produced.
     *
     * @param values        z-scored complexity per technology (NaN where k_i = 0); null when missing
     * @param eigenvalue    the second-largest eigenvalue of M̃ (NaN when missing)
     * @param missingReason why there is no result, or null
     * @param warnings      notes for the run's warnings
     */
    public record Result(double[] values, double eigenvalue, String missingReason, List<String> warnings) {

        public Result {
            warnings = List.copyOf(warnings);
        }

        IndicatorColumn toColumn() {
            return values == null
                    ? IndicatorColumn.missing(COMPLEXITY.name(), missingReason)
                    : IndicatorColumn.of(COMPLEXITY.name(), values, warnings);
        }
    }

    private static final double ZERO_EIGENVALUE = 1e-10;
    private static final double TIE = 1e-9;

    private TechnologyComplexity() {}

    /** The complexity column of the selection, from its country weights P_c,i. */
    public static IndicatorColumn of(TechnologyStatistics stats) {
        RevealedTechnologicalAdvantage rta = new RevealedTechnologicalAdvantage(stats.countries());
        int countries = rta.countriesWithPatents();
        if (countries < 2) {
            return IndicatorColumn.missing(
                    COMPLEXITY.name(), "it needs patents from two or more countries; the selection has " + countries);
        }
        return fromSpecialisations(stats.technologyCount(), rta.specialisations(), Solver.AUTO)
                .toColumn();
    }

    /**
     * The complexity column computed on the technologies with at least {@code minPatents} patents and the countries
     * with at least {@code minPatents} patents in them (docs/METHODS.md, "Minimum support"): RTA and the matrix M
     * are taken over that part of the country × technology table only, so that technologies and countries too small
     * to compare do not decide the eigenvector. Other technologies have no complexity (NaN).
     */
    public static IndicatorColumn of(TechnologyStatistics stats, int minPatents) {
        if (minPatents <= 0) return of(stats);
        TechnologyWeights w = stats.countries();
        int t = w.technologyCount();
        int[] compact = new int[t];
        int kept = 0;
        for (int i = 0; i < t; i++) compact[i] = stats.patents(i) >= minPatents ? kept++ : -1;
        double[] countryTotals = new double[w.keyCount()];
        double[] techTotals = new double[t];
        for (int i = 0; i < t; i++) {
            if (compact[i] < 0) continue;
            for (int k = w.start(i); k < w.end(i); k++) {
                countryTotals[w.key(k)] += w.weight(k);
                techTotals[i] += w.weight(k);
            }
        }
        boolean[] country = new boolean[countryTotals.length];
        int countries = 0;
        double total = 0;
        for (int c = 0; c < country.length; c++) {
            country[c] = countryTotals[c] >= minPatents;
            if (country[c]) countries++;
        }
        for (int i = 0; i < t; i++) {
            if (compact[i] < 0) continue;
            techTotals[i] = 0;
            for (int k = w.start(i); k < w.end(i); k++) {
                if (country[w.key(k)]) techTotals[i] += w.weight(k);
            }
            total += techTotals[i];
        }
        if (countries < 2) {
            return IndicatorColumn.missing(
                    COMPLEXITY.name(),
                    "it needs two or more countries with " + minPatents
                            + " or more patents in the ranked technologies; the selection has " + countries);
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int c = 0; c < country.length; c++) rows.add(new ArrayList<>());
        for (int i = 0; i < t; i++) {
            if (compact[i] < 0) continue;
            for (int k = w.start(i); k < w.end(i); k++) {
                int c = w.key(k);
                double p = w.weight(k);
                if (country[c] && p > 0 && p * total >= countryTotals[c] * techTotals[i] * (1 - 1e-12)) {
                    rows.get(c).add(compact[i]);
                }
            }
        }
        int[][] m = new int[country.length][];
        for (int c = 0; c < m.length; c++)
            m[c] = rows.get(c).stream().mapToInt(Integer::intValue).toArray();
        Result r = fromSpecialisations(kept, m, Solver.AUTO);
        if (r.values() == null) return r.toColumn();
        double[] values = new double[t];
        for (int i = 0; i < t; i++) values[i] = compact[i] < 0 ? Double.NaN : r.values()[compact[i]];
        return IndicatorColumn.of(COMPLEXITY.name(), values, r.warnings());
    }

    /**
     * Complexity from the binary matrix M given by rows.
     *
     * @param technologyCount        number of technologies (ids 0 .. technologyCount − 1)
     * @param technologiesOfCountry  for each country, the distinct technologies with M_ci = 1
     * @param solver                 side of the eigenproblem to decompose
     */
    public static Result fromSpecialisations(int technologyCount, int[][] technologiesOfCountry, Solver solver) {
        int[] ubiquity = new int[technologyCount];
        int activeCountries = 0;
        long links = 0;
        for (int[] row : technologiesOfCountry) {
            if (row.length > 0) activeCountries++;
            links += row.length;
            for (int i : row) ubiquity[i]++;
        }
        int[] compact = new int[technologyCount];
        int activeTechnologies = 0;
        for (int i = 0; i < technologyCount; i++) {
            compact[i] = ubiquity[i] > 0 ? activeTechnologies++ : -1;
        }
        if (activeCountries < 2 || activeTechnologies < 2) {
            return missing("it needs two or more countries specialised (RTA ≥ 1) in two or more technologies; found "
                    + activeCountries + " countries and " + activeTechnologies + " technologies");
        }
        int[] k = new int[activeTechnologies];
        for (int i = 0; i < technologyCount; i++) {
            if (compact[i] >= 0) k[compact[i]] = ubiquity[i];
        }
        int[][] rows = new int[activeCountries][];
        int c = 0;
        for (int[] row : technologiesOfCountry) {
            if (row.length == 0) continue;
            rows[c] = new int[row.length];
            for (int j = 0; j < row.length; j++) rows[c][j] = compact[row[j]];
            c++;
        }
        boolean technologySide =
                solver == Solver.TECHNOLOGY_SIDE || (solver == Solver.AUTO && activeTechnologies <= activeCountries);
        Eigen e = technologySide ? technologySide(rows, k, links) : countrySide(rows, k, links);
        if (!(e.value > ZERO_EIGENVALUE)) {
            return missing("every country has the same specialisation profile (second eigenvalue 0), so there is "
                    + "nothing to order");
        }
        List<String> warnings = new ArrayList<>();
        if (e.next >= e.value - TIE) {
            warnings.add("complexity: the second-largest eigenvalue (" + round(e.value) + ") is repeated, as when "
                    + "the country–technology network falls into three or more separate parts; the complexity "
                    + "order is then not unique and follows the eigensolver's choice");
        }
        orient(e.x, k, warnings);
        double[] z = zScores(e.x);
        double[] values = new double[technologyCount];
        for (int i = 0; i < technologyCount; i++) {
            values[i] = compact[i] >= 0 ? z[compact[i]] : Double.NaN;
        }
        return new Result(values, e.value, null, warnings);
    }

    /**
     * x (over active technologies) from the top eigenvector of the deflated matrix, its eigenvalue and the
     * next one (−∞ when there is none).
     */
    private record Eigen(double[] x, double value, double next) {

        /** From singular values in descending order, which for a symmetric PSD matrix are its eigenvalues. */
        Eigen(double[] x, double[] singularValues) {
            this(x, singularValues[0], singularValues.length > 1 ? singularValues[1] : Double.NEGATIVE_INFINITY);
        }
    }

    private static Eigen technologySide(int[][] rows, int[] k, long links) {
        int m = k.length;
        double[] sqrtK = new double[m];
        for (int i = 0; i < m; i++) sqrtK[i] = Math.sqrt(k[i]);
        double[][] s = new double[m][m];
        for (int[] row : rows) {
            double w = 1.0 / row.length;
            for (int a = 0; a < row.length; a++) {
                for (int b = a; b < row.length; b++) {
                    s[row[a]][row[b]] += w / (sqrtK[row[a]] * sqrtK[row[b]]);
                }
            }
        }
        deflate(s, sqrtK, links);
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(s));
        RealMatrix v = svd.getV();
        double[] x = new double[m];
        for (int i = 0; i < m; i++) x[i] = v.getEntry(i, 0) / sqrtK[i];
        return new Eigen(x, svd.getSingularValues());
    }

    private static Eigen countrySide(int[][] rows, int[] k, long links) {
        int m = k.length;
        int countries = rows.length;
        int[] offsets = new int[m + 1];
        for (int[] row : rows) {
            for (int i : row) offsets[i + 1]++;
        }
        for (int i = 0; i < m; i++) offsets[i + 1] += offsets[i];
        int[] countriesOf = new int[offsets[m]];
        int[] fill = offsets.clone();
        for (int c = 0; c < countries; c++) {
            for (int i : rows[c]) countriesOf[fill[i]++] = c;
        }
        double[] sqrtKc = new double[countries];
        for (int c = 0; c < countries; c++) sqrtKc[c] = Math.sqrt(rows[c].length);
        double[][] g = new double[countries][countries];
        for (int i = 0; i < m; i++) {
            double w = 1.0 / k[i];
            for (int a = offsets[i]; a < offsets[i + 1]; a++) {
                int ca = countriesOf[a];
                for (int b = a; b < offsets[i + 1]; b++) {
                    int cb = countriesOf[b];
                    g[ca][cb] += w / (sqrtKc[ca] * sqrtKc[cb]);
                }
            }
        }
        deflate(g, sqrtKc, links);
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(g));
        RealMatrix u = svd.getV();
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int a = offsets[i]; a < offsets[i + 1]; a++) {
                sum += u.getEntry(countriesOf[a], 0) / sqrtKc[countriesOf[a]];
            }
            x[i] = sum / k[i];
        }
        return new Eigen(x, svd.getSingularValues());
    }

    /**
     * Mirrors the upper triangle of {@code a} (filled for b ≥ a) and subtracts v₁v₁ᵀ, v₁ = √k / √Σk, the
     * eigenvector of eigenvalue 1 (Σk = number of ones in M on either side).
     */
    private static void deflate(double[][] a, double[] sqrtK, long links) {
        int m = a.length;
        double norm = Math.sqrt((double) links);
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double v = a[i][j] - (sqrtK[i] / norm) * (sqrtK[j] / norm);
                a[i][j] = v;
                a[j][i] = v;
            }
        }
    }

    /** Flips x so that its Pearson correlation with ubiquity k is negative. */
    private static void orient(double[] x, int[] k, List<String> warnings) {
        int m = x.length;
        double mx = 0;
        double mk = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            mk += k[i];
        }
        mx /= m;
        mk /= m;
        double sxk = 0;
        double sxx = 0;
        double skk = 0;
        for (int i = 0; i < m; i++) {
            sxk += (x[i] - mx) * (k[i] - mk);
            sxx += (x[i] - mx) * (x[i] - mx);
            skk += (k[i] - mk) * (k[i] - mk);
        }
        boolean flip;
        if (Math.abs(sxk) > 1e-12 * Math.sqrt(sxx * skk) && skk > 0) {
            flip = sxk > 0;
        } else {
            warnings.add("complexity: the eigenvector is uncorrelated with ubiquity, so its sign is set by making "
                    + "the first technology in code order with a non-zero value positive");
            int first = 0;
            while (first < m - 1 && Math.abs(x[first]) <= 1e-12) first++;
            flip = x[first] < 0;
        }
        if (flip) {
            for (int i = 0; i < m; i++) x[i] = -x[i];
        }
    }

    /** (x − mean) / sd with the sample standard deviation (n − 1). */
    private static double[] zScores(double[] x) {
        int m = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= m;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (m - 1));
        double[] z = new double[m];
        for (int i = 0; i < m; i++) z[i] = (x[i] - mean) / sd;
        return z;
    }

    private static Result missing(String reason) {
        return new Result(null, Double.NaN, reason, List.of());
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
