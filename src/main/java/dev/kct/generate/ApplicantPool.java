package dev.kct.generate;

import dev.kct.record.Applicant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The applicants of the synthetic corpus, per technology area and country, with heavy-tailed sizes.
 *
 * <ul>
 *   <li>Each (area, country) has a ranked list of specialist companies and universities; a patent's
 *       applicant is drawn from it by Zipf's law with the area's exponent, so a few firms hold much of
 *       an area (more so in semiconductors than in food). The list is longer where the country files
 *       more in that area.</li>
 *   <li>A few conglomerates per country are active in two to four areas and sit near the top of each
 *       of their areas' lists, so the largest applicants span technologies.</li>
 *   <li>A long tail: a share of applicant slots goes to small firms drawn uniformly from a large pool
 *       (sized with the corpus), most of which file once or twice.</li>
 * </ul>
 * Names are unique within the ranked lists; tail names are made from the tail index and seed.
 */
final class ApplicantPool {

    static final double TAIL_SHARE = 0.12;
    private static final String[] GROUP_WORDS = {
        "ELECTRONICS", "INDUSTRIES", "ELECTRIC", "HOLDINGS", "GROUP", "TECHNOLOGIES"
    };

    private final Applicant[][][] ranked;
    private final Discrete[][] rankSampler;
    private final int[] tailSize;
    private final long tailSeed;

    ApplicantPool(List<TechnologyArea> areas, int patents, Rng rng) {
        int nAreas = areas.size();
        int nCountries = Countries.CODES.length;
        double[][] share = new double[nAreas][nCountries];
        double[] countryShare = new double[nCountries];
        for (int a = 0; a < nAreas; a++) {
            double[] mix = areas.get(a).countryMix();
            double sum = 0;
            for (double m : mix) sum += m;
            for (int c = 0; c < nCountries; c++) {
                share[a][c] = mix[c] / sum;
                countryShare[c] += areas.get(a).weight() * share[a][c];
            }
        }
        Set<String> used = new HashSet<>();
        List<List<List<Applicant>>> lists = new ArrayList<>();
        for (int a = 0; a < nAreas; a++) {
            List<List<Applicant>> perCountry = new ArrayList<>();
            for (int c = 0; c < nCountries; c++) perCountry.add(new ArrayList<>());
            lists.add(perCountry);
        }
        for (int c = 0; c < nCountries; c++) {
            final int country = c;
            List<Applicant> universities = new ArrayList<>();
            int nUniversities = 5 + (int) Math.round(150 * countryShare[c]);
            for (int i = 0; i < nUniversities; i++) {
                universities.add(
                        new Applicant(unique(used, () -> Countries.university(country, rng)), Countries.CODES[c]));
            }
            for (int a = 0; a < nAreas; a++) {
                TechnologyArea area = areas.get(a);
                List<Applicant> list = lists.get(a).get(c);
                int specialists = 5 + (int) Math.round(4000 * area.weight() * share[a][c]);
                double universityShare = area.universityShare() + (c == Countries.CN ? 0.15 : 0);
                Set<Applicant> inList = new HashSet<>();
                for (int i = 0; i < specialists; i++) {
                    Applicant u =
                            rng.chance(universityShare) ? universities.get(rng.nextInt(universities.size())) : null;
                    if (u != null && inList.add(u)) {
                        list.add(u);
                    } else {
                        String word =
                                rng.chance(0.6) ? rng.pick(area.vocabulary().firmWords()) : null;
                        list.add(new Applicant(
                                unique(used, () -> Countries.company(country, word, rng)), Countries.CODES[c]));
                    }
                }
            }
            int conglomerates = 1 + (int) Math.round(10 * StrictMath.sqrt(countryShare[c]));
            double[] areaWeights = new double[nAreas];
            for (int a = 0; a < nAreas; a++) areaWeights[a] = areas.get(a).weight() * share[a][c];
            Discrete firstArea = Discrete.of(areaWeights);
            for (int k = 0; k < conglomerates; k++) {
                String name = unique(
                        used,
                        () -> Countries.brand(country, rng) + (rng.chance(0.7) ? " " + rng.pick(GROUP_WORDS) : "") + " "
                                + Countries.legalForm(country, rng));
                Applicant firm = new Applicant(name, Countries.CODES[c]);
                boolean[] active = new boolean[nAreas];
                active[firstArea.sample(rng)] = true;
                int more = rng.between(1, 3);
                for (int m = 0; m < more; m++) active[rng.nextInt(nAreas)] = true;
                for (int a = 0; a < nAreas; a++) {
                    if (!active[a]) continue;
                    List<Applicant> list = lists.get(a).get(c);
                    list.add(rng.nextInt(Math.min(list.size(), 6) + 1), firm);
                }
            }
        }
        ranked = new Applicant[nAreas][nCountries][];
        rankSampler = new Discrete[nAreas][nCountries];
        for (int a = 0; a < nAreas; a++) {
            for (int c = 0; c < nCountries; c++) {
                ranked[a][c] = lists.get(a).get(c).toArray(new Applicant[0]);
                rankSampler[a][c] =
                        Discrete.zipf(ranked[a][c].length, areas.get(a).concentration());
            }
        }
        tailSize = new int[nCountries];
        for (int c = 0; c < nCountries; c++) {
            tailSize[c] = 20 + (int) Math.round(0.15 * patents * countryShare[c]);
        }
        tailSeed = rng.nextLong();
    }

    /** An applicant from {@code country} filing in {@code area}: usually a ranked one, sometimes from the tail. */
    Applicant pick(int area, int country, Rng rng) {
        if (rng.chance(TAIL_SHARE)) {
            int i = rng.nextInt(tailSize[country]);
            Rng names = new Rng(tailSeed + 1_000_003L * country + i);
            return new Applicant(Countries.company(country, null, names), Countries.CODES[country]);
        }
        return ranked[area][country][rankSampler[area][country].sample(rng)];
    }

    private static String unique(Set<String> used, Supplier<String> names) {
        String name = names.get();
        for (int attempt = 0; !used.add(name); attempt++) {
            name = attempt < 20 ? names.get() : name + " " + (char) ('A' + attempt % 26);
        }
        return name;
    }
}
