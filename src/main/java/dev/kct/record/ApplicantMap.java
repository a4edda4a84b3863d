package dev.kct.record;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.kct.KctException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An applicant thesaurus ({@code --applicant-map FILE}): two columns, the name as found and the name to
 * count it as, applied before counting so that spelling variants, subsidiaries or transliterations merge.
 * The file is UTF-8 CSV ({@code from,to}) or tab-separated, like a VOSviewer thesaurus
 * ({@code label<TAB>replace by}); a header row with either pair of names is skipped. Names are matched by
 * their {@link ApplicantNames#normalize normalised key}, so one row covers case, punctuation and
 * legal-form variants. As in VOSviewer, an empty {@code to} removes the applicant. Replacement is applied
 * once (no chains: {@code A→B} and {@code B→C} map {@code A} to {@code B}).
 */
public final class ApplicantMap {

    /** The map that changes nothing. */
    public static final ApplicantMap NONE = new ApplicantMap(Map.of());

    private final Map<String, String> byKey;

    private ApplicantMap(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    /**
     * Reads a thesaurus file; a bad row (not two columns, an empty {@code from}, or a name mapped to two
     * different targets) fails with {@code file:line} and how to fix it.
     */
    public static ApplicantMap load(Path file) throws IOException {
        String name = file.toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw KctException.io(
                    name + ": applicant map: " + (Files.exists(file) ? "cannot be read" : "no such file"), null);
        }
        try {
            return read(file, name);
        } catch (CharacterCodingException e) {
            throw notUtf8(name);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw notUtf8(name);
            throw e.getCause();
        }
    }

    private static KctException notUtf8(String name) {
        return KctException.data(name + ": applicant map: not UTF-8 text: save it as a UTF-8 CSV or TSV file");
    }

    private static ApplicantMap read(Path file, String name) throws IOException {
        char separator = separatorOf(file);
        Map<String, String> byKey = new HashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()))) {
            boolean first = true;
            for (CsvRecord row : csv) {
                long line = row.getStartingLineNumber();
                List<String> fields = stripped(row.getFields());
                if (first && isHeader(fields)) {
                    first = false;
                    continue;
                }
                first = false;
                if (fields.size() != 2) {
                    throw bad(
                            name,
                            line,
                            "the row has " + fields.size()
                                    + " columns; write two: the name as found, then the name to use"
                                    + (separator == ',' ? " (quote names that contain a comma)" : ""));
                }
                String key = ApplicantNames.normalize(fields.get(0));
                if (key.isEmpty()) {
                    throw bad(name, line, "the first column is empty; write the name as found in the data");
                }
                String target = fields.get(1);
                String earlier = byKey.putIfAbsent(key, target);
                if (earlier != null && !earlier.equals(target)) {
                    throw bad(
                            name,
                            line,
                            "'" + fields.get(0) + "' is already mapped to '" + earlier + "' on line " + lineOf.get(key)
                                    + "; keep one of the two rows");
                }
                lineOf.putIfAbsent(key, line);
            }
        } catch (CsvParseException e) {
            throw KctException.data(name + ": cannot read the applicant map: " + e.getMessage());
        }
        return new ApplicantMap(Map.copyOf(byKey));
    }

    /** The number of names mapped. */
    public int size() {
        return byKey.size();
    }

    /**
     * The name to count {@code rawName} as: its replacement, {@code rawName} itself when the map does not
     * name it, or null when the map removes it (empty {@code to}).
     */
    public String apply(String rawName) {
        String to = byKey.get(ApplicantNames.normalize(rawName));
        if (to == null) return rawName;
        return to.isEmpty() ? null : to;
    }

    /**
     * {@code r} with its applicants renamed, removed applicants dropped, and applicants that now share a
     * normalised name merged into the first (which takes the first country given).
     */
    public PatentRecord apply(PatentRecord r) {
        if (byKey.isEmpty() || r.applicants().isEmpty()) return r;
        Map<String, Applicant> merged = new LinkedHashMap<>();
        for (Applicant a : r.applicants()) {
            String name = apply(a.name());
            if (name == null) continue;
            merged.merge(
                    ApplicantNames.normalize(name),
                    new Applicant(name, a.country()),
                    (first, next) -> first.country() == null && next.country() != null
                            ? new Applicant(first.name(), next.country())
                            : first);
        }
        List<Applicant> applicants = new ArrayList<>(merged.values());
        if (applicants.equals(r.applicants())) return r;
        return new PatentRecord(
                r.id(),
                r.ipc(),
                r.priorityDate(),
                r.filingDate(),
                r.publicationDate(),
                r.familyId(),
                applicants,
                r.cited(),
                r.claims(),
                r.nplCitations(),
                r.title(),
                r.abstractText(),
                r.office(),
                r.priorityOffices(),
                r.citedByCount());
    }

    private static char separatorOf(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) return line.indexOf('\t') >= 0 ? '\t' : ',';
            }
        }
        return ',';
    }

    private static boolean isHeader(List<String> fields) {
        if (fields.size() != 2) return false;
        String a = fields.get(0).toLowerCase(Locale.ROOT);
        String b = fields.get(1).toLowerCase(Locale.ROOT);
        return (a.equals("from") && b.equals("to")) || (a.equals("label") && b.equals("replace by"));
    }

    private static List<String> stripped(List<String> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (String f : fields) out.add(f.replace("\uFEFF", "").strip());
        while (out.size() > 2 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static KctException bad(String file, long line, String what) {
        return KctException.data(file + ":" + line + ": applicant map: " + what);
    }
}
