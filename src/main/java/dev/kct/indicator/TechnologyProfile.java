package dev.kct.indicator;

import dev.kct.aggregate.CitedPatent;
import dev.kct.aggregate.TechnologyWeights;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.Counting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Who and what stands behind one technology, for {@code kct explain CODE}: its largest applicants and
 * countries, the technologies it most often shares patents with, and its most-cited patents.
 *
 * <ul>
 *   <li>applicants: fractional patents w_a (a patent with k applicants gives each 1/k) and share
 *       w_a / Σ_b w_b, the s_a of hhi and cr4;</li>
 *   <li>countries: P_c,i as {@code --country-count} says, and share P_c,i / n_i, as target_share;</li>
 *   <li>partners: patents holding both this technology and the partner, and their share of n_i;</li>
 *   <li>most cited: patents of the technology cited at least once inside the selection, by forward
 *       citations.</li>
 * </ul>
 *
 * Every list is the top N, largest first, ties by code or id, so output is deterministic. Everything comes from
 * the selection's {@link dev.kct.aggregate.Aggregates}: partners from the full-count network, most-cited patents
 * from its most-cited lists.
 *
 * @param code       the technology
 * @param patents    n_i
 * @param applicants top applicants
 * @param countries  top countries
 * @param partners   strongest co-occurring technologies
 * @param mostCited  most-cited patents
 */
public record TechnologyProfile(
        String code,
        int patents,
        List<Holder> applicants,
        List<Holder> countries,
        List<Partner> partners,
        List<CitedPatent> mostCited) {

    /** An applicant or country: its (fractional) patents in the technology and its share. */
    public record Holder(String code, double patents, double share) {}

    /** A co-occurring technology: patents shared and their share of this technology's patents. */
    public record Partner(String code, int patents, double share) {}

    public TechnologyProfile {
        applicants = List.copyOf(applicants);
        countries = List.copyOf(countries);
        partners = List.copyOf(partners);
        mostCited = List.copyOf(mostCited);
    }

    /**
     * The profile of technology {@code code}, {@code top} entries per list.
     *
     * @throws IllegalArgumentException when {@code code} is not a technology of the selection
     */
    public static TechnologyProfile of(TechnologyStatistics stats, String code, int top) {
        int i = stats.idOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("no technology " + code + " in the selection at level "
                    + stats.level().id());
        }
        int n = stats.patents(i);
        TechnologyWeights applicants = stats.applicants();
        double applicantTotal = applicants.total(i);
        List<Holder> topApplicants = holders(applicants, i, applicantTotal, top);
        List<Holder> topCountries = holders(stats.countries(), i, n, top);
        return new TechnologyProfile(
                code, n, topApplicants, topCountries, partners(stats, i, top), mostCited(stats, i, top));
    }

    private static List<Holder> holders(TechnologyWeights w, int i, double denominator, int top) {
        Integer[] order = new Integer[w.end(i) - w.start(i)];
        for (int k = 0; k < order.length; k++) order[k] = w.start(i) + k;
        Arrays.sort(
                order, Comparator.<Integer>comparingDouble(k -> -w.weight(k)).thenComparingInt(w::key));
        List<Holder> out = new ArrayList<>();
        for (int k = 0; k < Math.min(top, order.length); k++) {
            int e = order[k];
            out.add(new Holder(w.keyLabel(w.key(e)), w.weight(e), w.weight(e) / denominator));
        }
        return out;
    }

    private static List<Partner> partners(TechnologyStatistics stats, int i, int top) {
        CooccurrenceNetwork network = stats.aggregates().network(Counting.FULL, 0);
        List<Integer> order = new ArrayList<>();
        for (int k = network.start(i); k < network.end(i); k++) order.add(k);
        order.sort(Comparator.<Integer>comparingDouble(k -> -network.weight(k)).thenComparingInt(network::neighbour));
        List<Partner> out = new ArrayList<>();
        for (int k : order.subList(0, Math.min(top, order.size()))) {
            int shared = (int) network.weight(k);
            out.add(new Partner(network.label(network.neighbour(k)), shared, (double) shared / stats.patents(i)));
        }
        return out;
    }

    private static List<CitedPatent> mostCited(TechnologyStatistics stats, int i, int top) {
        return top <= 0 ? List.of() : stats.aggregates().mostCited().of(i, top);
    }
}
