package dev.kct.generate;

import dev.kct.ipc.IpcSymbol;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Produces the records of one {@link SyntheticCorpus} in order, one family at a time; see
 * {@link SyntheticCorpus} for the structure. Memory is a few bytes per patent (its office, and its
 * entries in the citation pools), never the records themselves.
 */
final class PatentGenerator implements Iterator<PatentRecord> {

    private static final Discrete EXTRA_CODES = Discrete.of(new double[] {0.28, 0.27, 0.20, 0.13, 0.08, 0.04});
    private static final Office[] OFFICES = Office.values();
    private static final int MAX_CODES = 6;
    private static final double CROSS_AREA = 0.05;
    private static final double FAMILY_SHARE = 0.18;
    private static final double WO_SHARE = 0.15;
    private static final double UNKNOWN_COUNTRY = 0.01;
    private static final double VARIANT_SPELLING = 0.01;
    private static final double MEAN_CITATIONS = 4.0;
    private static final int MAX_CITATIONS = 15;
    private static final long FAMILY_BASE = 40_000_000L;

    private final CorpusConfig config;
    private final List<TechnologyArea> areas = TechnologyAreas.ALL;
    private final IpcScheme scheme;
    private final ApplicantPool applicants;
    private final Rng rng;
    private final Rng titleRng;
    private final Rng abstractRng;
    private final int[] perYear;
    private final Discrete[] areaByYear;
    private final double[][] subclassCountryMix;
    private final int[][] related;
    private final byte[] officeOf;
    private final IntArrayList[] citable;
    private final ArrayDeque<PatentRecord> pending = new ArrayDeque<>();
    private final long cutoff;

    private int next;
    private int yearIndex;
    private int inYear;

    PatentGenerator(CorpusConfig config, IpcScheme scheme) {
        this.config = config;
        this.scheme = scheme;
        Rng root = new Rng(config.seed());
        this.rng = root.fork();
        this.titleRng = root.fork();
        this.abstractRng = root.fork();
        this.applicants = new ApplicantPool(areas, config.patents(), root.fork());
        Rng tilt = root.fork();

        int years = config.endYear() - config.startYear() + 1;
        areaByYear = new Discrete[years];
        double[] yearWeight = new double[years];
        for (int y = 0; y < years; y++) {
            double[] w = new double[areas.size()];
            for (int a = 0; a < w.length; a++) {
                w[a] = areas.get(a).weight() * StrictMath.exp(areas.get(a).growth() * y);
                yearWeight[y] += w[a];
            }
            areaByYear[y] = Discrete.of(w);
        }
        perYear = apportion(config.patents(), yearWeight);

        subclassCountryMix = new double[scheme.subclassCount()][];
        for (int s = 0; s < scheme.subclassCount(); s++) {
            double[] mix = areas.get(scheme.area(s)).countryMix().clone();
            for (int c = 0; c < mix.length; c++) mix[c] *= StrictMath.exp(0.35 * tilt.gaussian());
            subclassCountryMix[s] = mix;
        }
        related = new int[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            String[] keys = areas.get(a).related();
            related[a] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) related[a][k] = TechnologyAreas.indexOf(keys[k]);
        }
        cutoff = LocalDate.of(config.endYear() + 2, 12, 31).toEpochDay();
        officeOf = new byte[config.patents()];
        citable = new IntArrayList[scheme.subclassCount()];
        for (int s = 0; s < citable.length; s++) citable[s] = new IntArrayList();
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty() || next < config.patents();
    }

    @Override
    public PatentRecord next() {
        if (pending.isEmpty()) {
            if (next >= config.patents()) throw new NoSuchElementException();
            generateFamily();
        }
        return pending.poll();
    }

    private void generateFamily() {
        while (inYear == perYear[yearIndex]) {
            yearIndex++;
            inYear = 0;
        }
        int year = config.startYear() + yearIndex;
        int head = next;
        long yearStart = LocalDate.of(year, 1, 1).toEpochDay();
        long priority = yearStart + (long) inYear * Year.of(year).length() / perYear[yearIndex];

        int area = areaByYear[yearIndex].sample(rng);
        TechnologyArea areaInfo = areas.get(area);
        List<IpcSymbol> codes = new ArrayList<>(6);
        IntArrayList codeSubclass = new IntArrayList(6);
        drawCodes(area, codes, codeSubclass);
        int mainSubclass = codeSubclass.getInt(0);

        int firstCountry = country(subclassCountryMix[mainSubclass], year);
        List<Applicant> names = drawApplicants(area, firstCountry, year);
        Office office = rng.chance(WO_SHARE) ? Office.WO : Office.home(Countries.CODES[firstCountry]);

        int size = 1;
        if (rng.chance(FAMILY_SHARE)) {
            double r = rng.nextDouble();
            size = r < 0.6 ? 2 : r < 0.88 ? 3 : 4;
        }
        size = Math.min(size, Math.min(perYear[yearIndex] - inYear, config.patents() - head));

        int npl = (int) Math.min(200, rng.exponential(areaInfo.nplMean() * office.nplFactor));
        List<String> cited = drawCitations(area, mainSubclass, codeSubclass, office);
        String title = PatentTexts.title(areaInfo.vocabulary(), titleRng);
        String abstractText =
                config.withAbstracts() ? PatentTexts.abstractText(areaInfo.vocabulary(), abstractRng) : null;
        String familyId = Long.toString(FAMILY_BASE + head);

        List<Office> used = new ArrayList<>(4);
        for (int m = 0; m < size; m++) {
            int index = head + m;
            Office o = m == 0 ? office : familyOffice(used);
            used.add(o);
            officeOf[index] = (byte) o.ordinal();
            long filing = m == 0
                    ? (rng.chance(0.65) ? priority : priority + rng.between(180, 365))
                    : priority + rng.between(330, 365);
            long application = priority + rng.between(540, 580);
            long publication = o.grants ? filing + rng.between(700, 1600) : application;
            if (publication > cutoff) publication = application;
            List<IpcSymbol> memberCodes = m == 0 ? codes : memberCodes(codes, mainSubclass);
            pending.add(PatentRecord.builder(o.id(index))
                    .ipc(memberCodes)
                    .priorityDate(date(priority))
                    .filingDate(date(filing))
                    .publicationDate(date(publication))
                    .familyId(familyId)
                    .applicants(names)
                    .cited(cited)
                    .claims(claims(o))
                    .nplCitations(npl)
                    .title(title)
                    .abstractText(abstractText)
                    .office(o.name())
                    .priorityOffices(List.of(office.name()))
                    .build());
            citable[mainSubclass].add(index);
        }
        next += size;
        inYear += size;
    }

    /** One to six distinct codes: mostly in the main subclass, its partners and its area, a few elsewhere. */
    private void drawCodes(int area, List<IpcSymbol> codes, IntArrayList subclasses) {
        int main = scheme.subclassOf(area, rng);
        codes.add(scheme.symbol(main, rng));
        subclasses.add(main);
        int wanted = 1 + EXTRA_CODES.sample(rng);
        for (int attempt = 0; codes.size() < wanted && attempt < 3 * wanted; attempt++) {
            double r = rng.nextDouble();
            int s;
            if (r < 0.30) s = main;
            else if (r < 0.55) s = scheme.partner(main, rng);
            else if (r < 1 - CROSS_AREA) s = scheme.subclassOf(area, rng);
            else s = scheme.subclassOf(otherArea(area), rng);
            IpcSymbol symbol = scheme.symbol(s, rng);
            if (!codes.contains(symbol)) {
                codes.add(symbol);
                subclasses.add(s);
            }
        }
    }

    private int otherArea(int area) {
        return rng.chance(0.7) ? related[area][rng.nextInt(related[area].length)] : areaByYear[yearIndex].sample(rng);
    }

    /** A later family member's codes: usually the same, sometimes one fewer or one more. */
    private List<IpcSymbol> memberCodes(List<IpcSymbol> codes, int mainSubclass) {
        double r = rng.nextDouble();
        if (r < 0.85) return codes;
        if (r < 0.93 && codes.size() > 1) return codes.subList(0, codes.size() - 1);
        IpcSymbol extra = scheme.symbol(mainSubclass, rng);
        if (codes.size() >= MAX_CODES || codes.contains(extra)) return codes;
        List<IpcSymbol> more = new ArrayList<>(codes);
        more.add(extra);
        return more;
    }

    /** One to three applicants; co-applicants mostly from the first one's country. */
    private List<Applicant> drawApplicants(int area, int firstCountry, int year) {
        double r = rng.nextDouble();
        int count = r < 0.76 ? 1 : r < 0.93 ? 2 : 3;
        List<Applicant> list = new ArrayList<>(count);
        list.add(applicants.pick(area, firstCountry, rng));
        for (int attempt = 0; list.size() < count && attempt < 2 * count; attempt++) {
            int c = rng.chance(0.75) ? firstCountry : country(areas.get(area).countryMix(), year);
            Applicant a = applicants.pick(area, c, rng);
            if (!list.contains(a)) list.add(a);
        }
        for (int i = 0; i < list.size(); i++) {
            Applicant a = list.get(i);
            if (rng.chance(VARIANT_SPELLING)) a = new Applicant(Countries.variantSpelling(a.name()), a.country());
            if (rng.chance(UNKNOWN_COUNTRY)) a = new Applicant(a.name(), null);
            list.set(i, a);
        }
        return list;
    }

    /** A country by the given mix, China's weight growing over the years, restricted to the configured countries. */
    private int country(double[] mix, int year) {
        int span = Math.max(1, config.endYear() - config.startYear());
        double chinaFactor = 0.5 + (double) (year - config.startYear()) / span;
        double total = 0;
        double[] w = new double[mix.length];
        for (int c = 0; c < mix.length; c++) {
            w[c] = config.allows(c) ? mix[c] * (c == Countries.CN ? chinaFactor : 1) : 0;
            total += w[c];
        }
        if (total == 0) {
            for (int c = 0; c < mix.length; c++) w[c] = config.allows(c) ? 1 : 0;
            total = config.countries().size();
        }
        double u = rng.nextDouble() * total;
        for (int c = 0; c < w.length; c++) {
            u -= w[c];
            if (u < 0 && w[c] > 0) return c;
        }
        for (int c = w.length - 1; ; c--) {
            if (w[c] > 0) return c;
        }
    }

    /**
     * Backward citations to earlier patents, by preferential attachment: each subclass keeps a pool of
     * its patents in which a patent appears once when created and once more per citation received, so
     * drawing from the pool favours well-cited patents; drawing nearer the pool's end favours recent ones.
     * Most citations stay in the main subclass or area.
     */
    private List<String> drawCitations(int area, int mainSubclass, IntArrayList codeSubclass, Office office) {
        int count = (int) Math.min(MAX_CITATIONS, rng.exponential(MEAN_CITATIONS * office.citationFactor));
        if (count == 0) return List.of();
        int[] chosen = new int[count];
        int[] from = new int[count];
        int n = 0;
        for (int attempt = 0; n < count && attempt < 2 * count; attempt++) {
            double r = rng.nextDouble();
            int s;
            if (r < 0.5) s = mainSubclass;
            else if (r < 0.7) s = codeSubclass.getInt(rng.nextInt(codeSubclass.size()));
            else if (r < 0.9) s = scheme.subclassOf(area, rng);
            else s = scheme.subclassOf(otherArea(area), rng);
            IntArrayList pool = citable[s];
            if (pool.isEmpty()) continue;
            double u = rng.nextDouble();
            int target = pool.getInt(pool.size() - 1 - (int) (pool.size() * u * u));
            if (contains(chosen, n, target)) continue;
            chosen[n] = target;
            from[n++] = s;
        }
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = OFFICES[officeOf[chosen[i]]].id(chosen[i]);
            citable[from[i]].add(chosen[i]);
        }
        return List.of(ids);
    }

    private Office familyOffice(List<Office> used) {
        Office o;
        do {
            o = rng.pick(Office.FAMILY_TARGETS);
        } while (used.contains(o));
        return o;
    }

    /** Claims: log-normal around 10, scaled by office practice, 1 to 60. */
    private int claims(Office office) {
        double c = StrictMath.exp(StrictMath.log(10 * office.claimsFactor) + 0.6 * rng.gaussian());
        return (int) Math.max(1, Math.min(60, Math.round(c)));
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) return true;
        }
        return false;
    }

    private static PatentDate date(long epochDay) {
        return PatentDate.of(LocalDate.ofEpochDay(epochDay));
    }

    /** Splits {@code total} into integer parts proportional to {@code weights} (largest remainder). */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] parts = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) exact;
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) best = i;
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }
}
