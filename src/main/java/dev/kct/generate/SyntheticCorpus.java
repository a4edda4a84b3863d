package dev.kct.generate;

import dev.kct.KctException;
import dev.kct.record.PatentRecord;
import dev.kct.source.CanonicalCsvWriter;
import dev.kct.source.CanonicalJsonlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic patent corpus with the structure of real patent data, for demos, tests and benchmarks
 * ({@code kct generate}). The same {@link CorpusConfig} always gives the same records, and written to
 * a file the same bytes. Records are generated one family at a time in priority-date order, so a
 * corpus of millions streams in constant memory apart from a few bytes per patent.
 *
 * <h2>Structure</h2>
 * <ul>
 *   <li><b>Technologies.</b> 13 technology areas (computing and AI, telecom, semiconductors,
 *       pharmaceuticals, vehicles, medical devices, batteries and energy, machinery, materials, optics,
 *       food and agriculture, buildings, drones and aviation) hold 282 real IPC subclasses with their
 *       real main groups and subgroups (about 4,400 main groups; see {@link IpcGroups}). Area sizes
 *       fall off roughly as Zipf's law; subclasses within an area, groups within a subclass and
 *       subgroups within a group follow Zipf's law too.</li>
 *   <li><b>Codes per patent.</b> 1 to 6 (28 %, 27 %, 20 %, 13 %, 8 %, 4 %). Extra codes come from the
 *       main subclass, its two partner subclasses, or the same area; 5 % of extra codes come from
 *       another area, mostly a related one (semiconductors with optics, computing with telecom, ...).</li>
 *   <li><b>Growth.</b> Priority years run from the start to the end year; each area grows at its own
 *       rate (drones 14 % a year, computing 10 %, batteries 9 %, ..., optics 1 %), so later years hold
 *       more patents and the areas' shares shift. Priority dates rise through the corpus. Dates are
 *       ordered: priority ≤ filing (0–12 months later) ≤ publication (18 months after priority; at
 *       offices that publish grants, 2–4 years after filing unless that falls after the end of the
 *       end year + 2, the corpus's "data cut-off").</li>
 *   <li><b>Applicants.</b> 1–3 per patent (76 %, 17 %, 7 %) from 16 countries. The first applicant's
 *       country is drawn from the main subclass's country mix: each area has one (China strong in
 *       telecom, computing, batteries, machinery and food, weak in semiconductors, pharmaceuticals,
 *       medical devices and optics; the US, Japan, Korea, Taiwan and the Netherlands strong in
 *       semiconductors; ...), varied per subclass, and China's weight triples over the years. Applicant
 *       sizes are heavy-tailed ({@link ApplicantPool}); co-applicants are mostly from the same country,
 *       a quarter from elsewhere. 1 % of applicants lack a country and 1 % are spelled differently
 *       ({@code Huaxin Electronics Co., Ltd.} for {@code HUAXIN ELECTRONICS CO LTD}), as in real data.</li>
 *   <li><b>Offices and ids.</b> A patent is published at its first applicant's home office (EP for most
 *       European countries) or, 15 % of the time, as a WO application; ids are office-prefixed and
 *       unique ({@code CN100000042A}, {@code US10000043B2}, {@code EP2000044A1}).</li>
 *   <li><b>Families.</b> Every patent has a {@code family_id}; 18 % of families have 2–4 members, filed
 *       at other offices within a year of the shared priority date, with the same applicants, title and
 *       citations and mostly the same codes.</li>
 *   <li><b>Citations.</b> 0–15 per patent (mean about 4, more at the USPTO, fewer at CNIPA), always to
 *       earlier patents, by preferential attachment (well-cited patents attract more citations), biased
 *       to recent patents, and mostly within the main subclass or area.</li>
 *   <li><b>Claims and NPL.</b> Claims log-normal around 10, scaled by office (US most), 1–60. Non-patent
 *       references geometric with an area mean: high in pharmaceuticals (8), computing and medical
 *       devices (3), low in machinery and buildings.</li>
 *   <li><b>Text.</b> Titles from area vocabularies; with {@link CorpusConfig#withAbstracts()}, 150-word
 *       abstracts. Text is drawn from its own random stream, so adding abstracts changes nothing else.</li>
 * </ul>
 *
 * <p>Use: {@code new SyntheticCorpus(CorpusConfig.of(20_000, 42)).writeTo(Path.of("patents.csv"))}, or
 * iterate it and write with {@link CanonicalCsvWriter} / {@link CanonicalJsonlWriter}.
 */
public final class SyntheticCorpus implements Iterable<PatentRecord> {

    private static final IpcScheme SCHEME = new IpcScheme(TechnologyAreas.ALL);

    private final CorpusConfig config;

    public SyntheticCorpus(CorpusConfig config) {
        this.config = config;
    }

    public CorpusConfig config() {
        return config;
    }

    /** The records, generated afresh on each call (the same ones every time). */
    @Override
    public Iterator<PatentRecord> iterator() {
        return new PatentGenerator(config, SCHEME);
    }

    /** The records as a sequential, ordered stream. */
    public Stream<PatentRecord> stream() {
        Spliterator<PatentRecord> s = Spliterators.spliterator(
                iterator(), config.patents(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(s, false);
    }

    /**
     * Writes the corpus to {@code file}: JSONL when the name ends with {@code .jsonl} or {@code .ndjson},
     * CSV when it ends with {@code .csv}, either optionally followed by {@code .gz} (then gzip-compressed).
     *
     * @return the number of records written
     * @throws KctException (usage) when the extension names neither format
     */
    public long writeTo(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            try (CanonicalJsonlWriter out = CanonicalJsonlWriter.open(file)) {
                for (PatentRecord r : this) out.write(r);
                return out.count();
            }
        }
        if (name.endsWith(".csv")) {
            try (CanonicalCsvWriter out = CanonicalCsvWriter.open(file)) {
                for (PatentRecord r : this) out.write(r);
                return out.count();
            }
        }
        throw KctException.usage(
                "cannot tell the output format of '" + file + "': name it .csv, .jsonl, .csv.gz or .jsonl.gz");
    }
}
