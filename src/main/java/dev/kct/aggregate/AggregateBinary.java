package dev.kct.aggregate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kct.ipc.IpcLevel;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.network.Counting;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aggregates cache's own file: every array of an {@link Aggregates} as it is in memory (doubles by their bits),
 * with the selection's parameters and warnings, in one binary file. Reading it back gives the same aggregates as the
 * scan that wrote it, so a cached run gives the same bytes; it is several times faster to read than the CSV export
 * ({@link AggregateFiles}), whose text must be parsed and whose applicant names must be matched again (45 MB of CSV
 * and a second of hashing at 10 million patents). Private to the cache: a file of another version is not read (the
 * first eight bytes name the format) and the entry is scanned again. Label arrays shared between tables (the
 * applicant and country labels) are written once.
 */
final class AggregateBinary {

    static final String FILE = "aggregates.bin";

    private static final long MAGIC = 0x4b43544147474231L; // "KCTAGGB1"
    private static final ObjectMapper JSON = new ObjectMapper();

    private AggregateBinary() {}

    static void write(Aggregates a, Map<String, Object> selection, List<String> warnings, Path file)
            throws IOException {
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            Writer w = new Writer(out);
            out.writeLong(MAGIC);
            w.string(JSON.writeValueAsString(selection));
            w.strings(warnings.toArray(String[]::new));
            Aggregates.Selection s = a.selection();
            w.string(s.level().id());
            out.writeBoolean(s.families());
            out.writeInt(s.units());
            out.writeInt(s.undated());
            out.writeInt(s.firstYear());
            out.writeInt(s.lastYear());
            Aggregates.Sources src = a.sources();
            out.writeBoolean(src.citationLists());
            out.writeBoolean(src.reportedCitations());
            out.writeBoolean(src.claims());
            out.writeBoolean(src.npl());
            out.writeBoolean(src.applicants());
            w.labels(a.technologies());
            Aggregates.Sums m = a.sums();
            w.ints(m.patents());
            w.longs(m.citationsReceived());
            w.longs(m.reportedCitations());
            w.ints(m.reportedKnown());
            w.doubles(m.generalitySum());
            w.ints(m.generalityPatents());
            w.longs(m.claimsSum());
            w.ints(m.claimsKnown());
            w.longs(m.nplSum());
            w.ints(m.nplKnown());
            w.ints(a.perYear());
            for (TechnologyWeights t : List.of(a.applicants(), a.countriesFirst(), a.countriesFractional())) {
                w.labels(t.keyLabels());
                w.ints(t.offsets());
                w.ints(t.keys());
                w.doubles(t.weights());
            }
            for (Counting counting : List.of(Counting.FULL, Counting.FRACTIONAL)) {
                CooccurrenceNetwork n = a.network(counting, 0);
                w.labels(n.labels());
                w.ints(n.patentCounts());
                w.ints(n.offsets());
                w.ints(n.neighbours());
                w.doubles(n.weights());
            }
            List<List<CitedPatent>> cited = a.mostCited().all(AggregateFiles.MOST_CITED);
            out.writeInt(cited.size());
            for (List<CitedPatent> list : cited) {
                out.writeInt(list.size());
                for (CitedPatent p : list) {
                    w.string(p.id());
                    out.writeInt(p.year());
                    out.writeInt(p.forwardCitations());
                    out.writeBoolean(p.title() != null);
                    if (p.title() != null) w.string(p.title());
                }
            }
            Aggregates.Corpus c = a.corpus();
            w.ints(c.years());
            w.ints(c.unitsPerYear());
            w.ints(c.unitsPerCountry());
            out.writeInt(c.withoutCountry());
            w.labels(c.applicants());
            w.ints(c.unitsPerApplicant());
        }
    }

    /** @throws IOException when the file is not one this version wrote, or cannot be read */
    static AggregateFiles.Loaded read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Reader r = new Reader(in);
            if (in.readLong() != MAGIC) throw new IOException(file + " is not an aggregates cache file of this kct");
            Map<String, Object> selection = JSON.readValue(r.string(), new TypeReference<Map<String, Object>>() {});
            List<String> warnings = List.of(r.strings());
            IpcLevel level = IpcLevel.fromId(r.string());
            Aggregates.Selection s = new Aggregates.Selection(
                    level, in.readBoolean(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            Aggregates.Sources src = new Aggregates.Sources(
                    in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean());
            String[] technologies = r.labels();
            Aggregates.Sums sums = new Aggregates.Sums(
                    r.ints(),
                    r.longs(),
                    r.longs(),
                    r.ints(),
                    r.doubles(),
                    r.ints(),
                    r.longs(),
                    r.ints(),
                    r.longs(),
                    r.ints());
            int[] perYear = r.ints();
            TechnologyWeights[] weights = new TechnologyWeights[3];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = TechnologyWeights.of(r.labels(), r.ints(), r.ints(), r.doubles());
            }
            CooccurrenceNetwork[] networks = new CooccurrenceNetwork[2];
            for (int k = 0; k < networks.length; k++) {
                networks[k] = CooccurrenceNetwork.of(r.labels(), r.ints(), r.ints(), r.ints(), r.doubles());
            }
            int technologiesCited = in.readInt();
            List<List<CitedPatent>> cited = new ArrayList<>(technologiesCited);
            for (int i = 0; i < technologiesCited; i++) {
                int size = in.readInt();
                List<CitedPatent> list = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    String id = r.string();
                    int year = in.readInt();
                    int forward = in.readInt();
                    list.add(new CitedPatent(id, year, forward, in.readBoolean() ? r.string() : null));
                }
                cited.add(list);
            }
            Aggregates.Corpus corpus =
                    new Aggregates.Corpus(r.ints(), r.ints(), r.ints(), in.readInt(), r.labels(), r.ints());
            if (in.read() != -1) throw new IOException(file + " has bytes after its end");
            Aggregates aggregates = new Aggregates(
                    s,
                    src,
                    technologies,
                    sums,
                    perYear,
                    weights[0],
                    weights[1],
                    weights[2],
                    networks[0],
                    networks[1],
                    Aggregates.MostCited.of(cited),
                    corpus);
            return new AggregateFiles.Loaded(aggregates, selection, warnings);
        } catch (IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes arrays with their length, and label arrays once (a repeat refers to the first by its number). */
    private static final class Writer {
        private final DataOutputStream out;
        private final List<String[]> written = new ArrayList<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void strings(String[] a) throws IOException {
            out.writeInt(a.length);
            for (String s : a) string(s);
        }

        void labels(String[] a) throws IOException {
            for (int k = 0; k < written.size(); k++) {
                if (written.get(k) == a) {
                    out.writeInt(-1 - k);
                    return;
                }
            }
            written.add(a);
            strings(a);
        }

        void ints(int[] a) throws IOException {
            out.writeInt(a.length);
            for (int v : a) out.writeInt(v);
        }

        void longs(long[] a) throws IOException {
            out.writeInt(a.length);
            for (long v : a) out.writeLong(v);
        }

        void doubles(double[] a) throws IOException {
            out.writeInt(a.length);
            for (double v : a) out.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        private final DataInputStream in;
        private final List<String[]> read = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        String[] strings() throws IOException {
            String[] a = new String[in.readInt()];
            for (int k = 0; k < a.length; k++) a[k] = string();
            return a;
        }

        String[] labels() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                if (-1 - n >= read.size()) throw new IOException("a label table refers to one not read");
                return read.get(-1 - n);
            }
            String[] a = new String[n];
            for (int k = 0; k < n; k++) a[k] = string();
            read.add(a);
            return a;
        }

        int[] ints() throws IOException {
            int[] a = new int[in.readInt()];
            for (int k = 0; k < a.length; k++) a[k] = in.readInt();
            return a;
        }

        long[] longs() throws IOException {
            long[] a = new long[in.readInt()];
            for (int k = 0; k < a.length; k++) a[k] = in.readLong();
            return a;
        }

        double[] doubles() throws IOException {
            double[] a = new double[in.readInt()];
            for (int k = 0; k < a.length; k++) a[k] = Double.longBitsToDouble(in.readLong());
            return a;
        }
    }
}
