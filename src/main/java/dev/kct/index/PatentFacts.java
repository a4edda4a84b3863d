package dev.kct.index;

import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * A patent's numbers packed into one binary doc value ({@link IndexSchema#FACTS}): its three dates, claims,
 * NPL and source-reported citation counts, the {@link IdHash}es of its id, family and cited ids, its
 * country of origin and its applicants' countries. One field instead of a dozen numeric ones makes bulk indexing markedly cheaper
 * (Lucene's per-field work dominates small documents), and loading a selection reads them in one pass.
 *
 * <p>Layout (big-endian): priority, filing and publication date as {@code yyyymmdd} ints (0 = none);
 * claims, NPL and cited-by counts as ints (−1 = unknown); id hash and family hash as longs (0 = none); the
 * country of origin as two ASCII letters ({@code --} = unknown); the number of applicant countries (short)
 * and two letters each; the number of distinct cited hashes (int) and the hashes, ascending.
 */
final class PatentFacts {

    private static final int ORIGIN = 3 * 4 + 3 * 4 + 2 * 8;
    private static final int FIXED = ORIGIN + 2;

    private PatentFacts() {}

    static BytesRef encode(PreparedRecord p) {
        PatentRecord r = p.record();
        long[] cited = new long[r.cited().size()];
        for (int i = 0; i < cited.length; i++) cited[i] = IdHash.of(r.cited().get(i));
        sort(cited);
        int distinct = 0;
        for (int i = 0; i < cited.length; i++) {
            if (i == 0 || cited[i] != cited[i - 1]) cited[distinct++] = cited[i];
        }
        int n = r.applicants().size();
        byte[] b = new byte[FIXED + 2 + 2 * n + 4 + 8 * distinct];
        int at = 0;
        at = putInt(b, at, date(r.priorityDate()));
        at = putInt(b, at, date(r.filingDate()));
        at = putInt(b, at, date(r.publicationDate()));
        at = putInt(b, at, r.claims() == null ? -1 : r.claims());
        at = putInt(b, at, r.nplCitations() == null ? -1 : r.nplCitations());
        at = putInt(b, at, r.citedByCount() == null ? -1 : r.citedByCount());
        at = putLong(b, at, IdHash.of(r.id()));
        at = putLong(b, at, r.familyId() == null ? 0 : IdHash.of(r.familyId()));
        at = putCountry(b, at, p.country());
        b[at++] = (byte) (n >>> 8);
        b[at++] = (byte) n;
        for (Applicant a : r.applicants()) at = putCountry(b, at, a.country());
        at = putInt(b, at, distinct);
        for (int i = 0; i < distinct; i++) at = putLong(b, at, cited[i]);
        return new BytesRef(b);
    }

    /** Sorts ascending: insertion sort for the few cited ids most patents have, where it beats {@link Arrays#sort}'s setup. */
    private static void sort(long[] a) {
        if (a.length > 16) {
            Arrays.sort(a);
            return;
        }
        for (int i = 1; i < a.length; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Two ASCII letters, or {@code --} when {@code cc} is not a two-letter code. */
    private static int putCountry(byte[] b, int at, String cc) {
        boolean known = cc != null && cc.length() == 2 && cc.charAt(0) < 128 && cc.charAt(1) < 128;
        b[at] = (byte) (known ? cc.charAt(0) : '-');
        b[at + 1] = (byte) (known ? cc.charAt(1) : '-');
        return at + 2;
    }

    /** A two-letter country code as {@link View#originCountry()} and {@link View#country(int)} return it. */
    static int countryCode(String cc) {
        return cc.charAt(0) << 8 | cc.charAt(1);
    }

    /** The two-letter country of a {@link #countryCode} (not −1). */
    static String country(int code) {
        return new String(new char[] {(char) (code >> 8), (char) (code & 0xff)});
    }

    private static int date(PatentDate d) {
        return d == null ? 0 : d.toInt();
    }

    private static int putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
        return at + 4;
    }

    private static int putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        return putInt(b, at + 4, (int) v);
    }

    /** Reads the facts of one document; {@link #reset} it for the next. */
    static final class View {
        private byte[] b;
        private int base;

        View reset(BytesRef ref) {
            b = ref.bytes;
            base = ref.offset;
            return this;
        }

        /** The date on {@code basis} as {@code yyyymmdd}, or 0. */
        int date(DateBasis basis) {
            return intAt(4 * basis.ordinal());
        }

        int claims() {
            return intAt(12);
        }

        int npl() {
            return intAt(16);
        }

        /** Forward citations as the source counts them (Lens {@code cited_count}), or -1. */
        int citedBy() {
            return intAt(20);
        }

        long idHash() {
            return longAt(24);
        }

        long familyHash() {
            return longAt(32);
        }

        int countryCount() {
            return ((b[base + FIXED] & 0xff) << 8) | (b[base + FIXED + 1] & 0xff);
        }

        /** The country of origin as {@code (letter1 << 8) | letter2}, or −1 when unknown. */
        int originCountry() {
            return countryAt(base + ORIGIN);
        }

        /** Applicant {@code i}'s country as {@code (letter1 << 8) | letter2}, or −1 when unknown. */
        int country(int i) {
            return countryAt(base + FIXED + 2 + 2 * i);
        }

        private int countryAt(int at) {
            if (b[at] == '-') return -1;
            return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
        }

        int citedCount() {
            return intAt(FIXED + 2 + 2 * countryCount());
        }

        long cited(int i) {
            return longAt(FIXED + 2 + 2 * countryCount() + 4 + 8 * i);
        }

        private int intAt(int offset) {
            int at = base + offset;
            return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
        }

        private long longAt(int offset) {
            return ((long) intAt(offset) << 32) | (intAt(offset + 4) & 0xffffffffL);
        }
    }
}
