package dev.kct.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.kct.cli.CliRun;
import dev.kct.index.PatentIndex;
import dev.kct.ipc.IpcLevel;
import dev.kct.source.CanonicalCsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test fixture for issue 16's invariant "whatever {@code index} commits, every other command reads back": writes
 * canonical records (JSONL or CSV, any content, including what the record model cannot hold), runs {@code kct index}
 * with {@code --rejects}, checks that every record is either committed (its id found in the index) or refused with a
 * located rejection (file, line, field), and runs every reading command at given levels, none of which may end in an
 * internal error.
 */
final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exit codes a reading command may end with: success, a usage error (2) or a data error (3). */
    static final Set<Integer> USER_OR_DATA = Set.of(0, 2, 3);

    private ReadBack() {}

    /**
     * One canonical record as written, before any reader sees it: null fields are absent, lists are written as given
     * (blank items included; empty ones absent), {@code countries} null means no {@code applicant_countries} field.
     */
    static final class Raw {
        final String id;
        final List<String> ipc;
        String priority;
        String filing;
        String publication;
        String family;
        List<String> applicants = List.of();
        List<String> countries;
        List<String> cited = List.of();
        Integer claims;
        Integer npl;
        String title;
        String abstractText;

        Raw(String id, List<String> ipc) {
            this.id = id;
            this.ipc = ipc;
        }

        /** A record with only an id, IPC symbols and a priority date. */
        static Raw of(String id, List<String> ipc, String priority) {
            Raw r = new Raw(id, ipc);
            r.priority = priority;
            return r;
        }

        Raw withApplicants(List<String> names, List<String> applicantCountries) {
            applicants = names;
            countries = applicantCountries;
            return this;
        }

        Raw withCited(List<String> ids) {
            cited = ids;
            return this;
        }

        Raw withFamily(String familyId) {
            family = familyId;
            return this;
        }

        Raw withText(String titleText, String abstractBody) {
            title = titleText;
            abstractText = abstractBody;
            return this;
        }

        String id() {
            return id;
        }

        /** The value of each of {@link CanonicalCsvWriter#COLUMNS}, in order: a string, a list, a number, or null. */
        List<Object> values() {
            return java.util.Arrays.asList(
                    id,
                    ipc,
                    priority,
                    filing,
                    publication,
                    family,
                    applicants.isEmpty() ? null : applicants,
                    countries,
                    cited.isEmpty() ? null : cited,
                    claims,
                    npl,
                    title,
                    abstractText);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> values = values();
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) m.put(CanonicalCsvWriter.COLUMNS.get(c), values.get(c));
            }
            return m;
        }

        String[] csv() {
            return values().stream().map(ReadBack::cell).toArray(String[]::new);
        }

        /** The fields, long values and lists abbreviated. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            List<Object> values = values();
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) continue;
                String shown = v instanceof List<?> l
                        ? l.size() > 5
                                ? l.size() + " items"
                                : l.stream()
                                        .map(x -> abbreviate(x.toString()))
                                        .toList()
                                        .toString()
                        : abbreviate(v.toString());
                b.append(b.length() == 0 ? "" : " ")
                        .append(CanonicalCsvWriter.COLUMNS.get(c))
                        .append('=')
                        .append(shown);
            }
            return b.toString();
        }
    }

    /** A value as a canonical CSV cell: lists {@code ;}-joined, absent empty. */
    private static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list)
            return String.join(";", list.stream().map(Object::toString).toList());
        return value.toString();
    }

    /** Writes {@code records} to {@code file} (canonical CSV when it ends in .csv, else JSONL); returns each record's line. */
    static List<Long> write(Path file, List<Raw> records) {
        List<Long> lines = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (file.toString().endsWith(".csv")) {
                try (CsvWriter csv = CsvWriter.builder().build(out)) {
                    csv.writeRecord(CanonicalCsvWriter.COLUMNS);
                    long line = 2;
                    for (Raw r : records) {
                        lines.add(line);
                        String[] cells = r.csv();
                        csv.writeRecord(cells);
                        for (String cell : cells)
                            line += cell.chars().filter(c -> c == '\n').count();
                        line++;
                    }
                }
            } else {
                long line = 1;
                for (Raw r : records) {
                    lines.add(line++);
                    out.write(JSON.writeValueAsString(r.json()));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** One rejection as {@code --rejects} lists it. */
    record Rejected(String file, long line, String field, String reason) {}

    /** What one {@code kct index} run did: its run, and its rejections by file name and line. */
    record Indexed(CliRun run, Map<String, Map<Long, Rejected>> rejected) {

        Rejected rejection(Path file, long line) {
            return rejected.getOrDefault(file.getFileName().toString(), Map.of())
                    .get(line);
        }
    }

    /** Runs {@code kct index --index INDEX --rejects REJECTS FILE...}: never an internal error. */
    static Indexed index(Path index, Path rejects, Path... files) {
        List<String> args =
                new ArrayList<>(List.of("index", "--index", index.toString(), "--rejects", rejects.toString()));
        for (Path f : files) args.add(f.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertNoInternalError(run, "index");
        assertThat(run.exitCode())
                .as("index (3: every record rejected): %s", run.err())
                .isIn(0, 3);
        Map<String, Map<Long, Rejected>> rejected = new HashMap<>();
        if (Files.exists(rejects)) {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(rejects)) {
                boolean header = true;
                for (CsvRecord row : csv) {
                    if (header) {
                        header = false;
                        continue;
                    }
                    Rejected r = new Rejected(
                            row.getField(0), Long.parseLong(row.getField(1)), row.getField(2), row.getField(3));
                    assertThat(r.field())
                            .as("a rejection names its field: %s", r)
                            .isNotBlank();
                    assertThat(r.reason()).as("a rejection says why: %s", r).isNotBlank();
                    rejected.computeIfAbsent(Path.of(r.file()).getFileName().toString(), k -> new HashMap<>())
                            .put(r.line(), r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Indexed(run, rejected);
    }

    /**
     * Writes {@code records} to {@code dir/name}, indexes them into {@code dir/index} (rejections in {@code
     * dir/rejects.csv}) and checks that the run succeeded.
     */
    static Indexed writeAndIndex(Path dir, String name, List<Raw> records) {
        Path file = dir.resolve(name);
        write(file, records);
        Indexed indexed = index(dir.resolve("index"), dir.resolve("rejects.csv"), file);
        assertThat(indexed.run().exitCode()).as(indexed.run().err()).isZero();
        return indexed;
    }

    /** Neither an internal error nor a stack trace on stderr, whatever the exit code. */
    static void assertNoInternalError(CliRun run, String what) {
        assertThat(run.exitCode())
                .as("%s ended in an internal error: %s", what, run.err())
                .isNotEqualTo(1);
        assertThat(run.err())
                .as(what)
                .doesNotContain("internal error")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    /**
     * Checks that the index holds exactly {@code expectedIds} (distinct ids, compared as strings) and that each is
     * found by its id.
     */
    static void assertHolds(Path index, Collection<String> expectedIds) {
        Set<String> ids = new LinkedHashSet<>(expectedIds);
        try (PatentIndex opened = PatentIndex.open(index)) {
            assertThat(opened.patents()).as("patents in the index").isEqualTo(ids.size());
            for (String id : ids) {
                assertThat(opened.storedById(id))
                        .as("id %s is in the index", abbreviate(id))
                        .isNotNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs every reading command on {@code index} at each of {@code levels} ({@code stats}, {@code score},
     * {@code rank}, {@code rank --target}, {@code explain} of a code that {@code stats} lists, {@code network --format
     * csv}), then {@code check}: each ends in 0, a usage or a data error, never an internal error; {@code stats},
     * {@code network} and {@code check} succeed.
     */
    static void assertEveryCommandReadsBack(Path index, Collection<IpcLevel> levels) {
        String idx = index.toString();
        for (IpcLevel level : levels) {
            String lv = level.id();
            CliRun stats = run("stats", "--index", idx, "--level", lv, "--format", "json");
            assertThat(stats.exitCode())
                    .as("stats --level %s: %s", lv, stats.err())
                    .isZero();
            JsonNode json = readJson(stats.out());
            String code = json.path("top").path(0).path("code").asText("H01L");
            String country = json.path("by_country").path(0).path("country").asText("US");
            run("score", "--index", idx, "--level", lv, "--min-patents", "1");
            run("rank", "--index", idx, "--level", lv, "--min-patents", "1");
            run("rank", "--index", idx, "--level", lv, "--min-patents", "1", "--target", country);
            run("explain", code, "--index", idx, "--level", lv, "--min-patents", "1");
            CliRun network = run("network", "--index", idx, "--level", lv, "--format", "csv");
            assertThat(network.exitCode())
                    .as("network --level %s: %s", lv, network.err())
                    .isZero();
        }
        CliRun check = run("check", "--index", idx);
        assertThat(check.exitCode()).as("check: %s", check.err()).isZero();
    }

    private static CliRun run(String... args) {
        CliRun run = CliRun.of(args);
        String what = String.join(" ", args);
        assertNoInternalError(run, what);
        assertThat(run.exitCode()).as("%s: %s", what, run.err()).isIn(USER_OR_DATA);
        return run;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 20) + "...(" + s.length() + " chars)";
    }
}
