package dev.kct.indicator;

import dev.kct.index.CodeLists;
import dev.kct.index.PatentTable;
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
 * Every list is the top N, largest first, ties by code or id, so output is deterministic. Cost: one
 * scan of the table's technology lists, plus id look-ups for the cited candidates.
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

    /** A patent (or family, by its first member's id) with its year and forward citations. */
    public record CitedPatent(String id, int year, int forwardCitations) {}

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
        CodeLists tech = stats.table().technologies();
        int i = tech.idOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("no technology " + code + " in the selection at level "
                    + stats.table().level().id());
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
        CodeLists tech = stats.table().technologies();
        int[] offsets = tech.offsets();
        int[] ids = tech.ids();
        int[] shared = new int[tech.labelCount()];
        for (int r = 0; r < tech.rows(); r++) {
            if (Arrays.binarySearch(ids, offsets[r], offsets[r + 1], i) < 0) continue;
            for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                if (ids[k] != i) shared[ids[k]]++;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < shared.length; j++) {
            if (shared[j] > 0) order.add(j);
        }
        order.sort(Comparator.<Integer>comparingInt(j -> -shared[j]).thenComparingInt(j -> j));
        List<Partner> out = new ArrayList<>();
        for (int j : order.subList(0, Math.min(top, order.size()))) {
            out.add(new Partner(tech.label(j), shared[j], (double) shared[j] / stats.patents(i)));
        }
        return out;
    }

    private static List<CitedPatent> mostCited(TechnologyStatistics stats, int i, int top) {
        PatentTable table = stats.table();
        CodeLists tech = table.technologies();
        List<Integer> cited = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            if (stats.forwardCitations(r) > 0 && Arrays.binarySearch(tech.ids(), tech.start(r), tech.end(r), i) >= 0) {
                cited.add(r);
            }
        }
        if (cited.isEmpty() || top <= 0) return List.of();
        cited.sort(Comparator.comparingInt(r -> -stats.forwardCitations(r)));
        int cutoff = stats.forwardCitations(cited.get(Math.min(top, cited.size()) - 1));
        List<CitedPatent> candidates = new ArrayList<>();
        for (int r : cited) {
            if (stats.forwardCitations(r) < cutoff) break;
            candidates.add(new CitedPatent(table.id(r), table.year(r), stats.forwardCitations(r)));
        }
        candidates.sort(Comparator.comparingInt((CitedPatent p) -> -p.forwardCitations())
                .thenComparing(CitedPatent::id));
        return candidates.subList(0, Math.min(top, candidates.size()));
    }
}
