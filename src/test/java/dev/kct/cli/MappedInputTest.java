package dev.kct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --map FILE} (issue 12): the sample corpus rewritten as a Chinese-database CSV (GB18030, Chinese headers,
 * dotted dates, {@code ；} and {@code ;} lists, packed IPC, country names in Chinese) and as a workbook (data on the
 * second sheet below a title row, date cells, number cells) ranks to exactly the bytes of the canonical CSV; a
 * mapping naming a missing column, {@code --input-format} with {@code --map}, and bad rows give one located line.
 */
class MappedInputTest {

    private static final Path SAMPLE = Path.of("samples/patents.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The canonical columns in file order, with the Chinese and the workbook header of each. */
    private static final String[][] COLUMNS = {
        {"id", "申请号", "Publication Number"},
        {"ipc", "IPC分类号", "IPC"},
        {"priority_date", "优先权日", "Earliest Priority Date"},
        {"filing_date", "申请日", "Application Date"},
        {"publication_date", "公开日", "Publication Date"},
        {"family_id", "同族号", "Family ID"},
        {"applicants", "申请人", "Applicants"},
        {"applicant_countries", "申请人国家", "Applicant Countries"},
        {"cited", "引用专利", "Cited Patents"},
        {"claims", "权利要求数", "Claims"},
        {"npl_citations", "非专利引用数", "NPL Count"},
        {"title", "标题", "Title"},
        {"abstract", "摘要", "Abstract"}
    };

    @TempDir
    static Path dir;

    private static List<List<String>> rows;
    private static String canonical;

    @BeforeAll
    static void rankTheCanonicalSample() throws IOException {
        rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(SAMPLE)) {
            for (CsvRecord r : csv) rows.add(r.getFields());
        }
        assertThat(rows.get(0)).containsExactly(column(0));
        canonical = rank(SAMPLE.toString());
    }

    private static String[] column(int which) {
        String[] out = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) out[i] = COLUMNS[i][which];
        return out;
    }

    private static String rank(String... input) {
        List<String> args = new ArrayList<>(List.of("rank", "--target", "CN", "--format", "json"));
        args.addAll(List.of(input));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("rejected 0").doesNotContain("\tat ");
        return run.out();
    }

    @Test
    void aGb18030CsvWithChineseHeadersRanksAsTheCanonicalCsv() throws IOException {
        Path file = writeChineseCsv();
        Path map = dir.resolve("cnipa.json");
        Files.writeString(map, mapping(1, "\"country_names\": true"), StandardCharsets.UTF_8);

        assertThat(rank(file.toString(), "--map", map.toString())).isEqualTo(canonical);
    }

    /** The sample as a Chinese database's export (written once). */
    private static Path writeChineseCsv() throws IOException {
        Path file = dir.resolve("cnipa-export.csv");
        if (Files.exists(file)) return file;
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder()
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF)
                .build(text)) {
            csv.writeRecord(column(1));
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String names = r % 2 == 0 ? "；" : ";";
                csv.writeRecord(
                        row.get(0),
                        packedIpc(row.get(1)),
                        dotted(row.get(2)),
                        dotted(row.get(3)),
                        dotted(row.get(4)),
                        row.get(5),
                        row.get(6).replace(";", names),
                        chineseCountries(row.get(7)).replace(";", names),
                        row.get(8).replace(";", " | "),
                        row.get(9),
                        row.get(10),
                        row.get(11),
                        row.get(12));
            }
        }
        Files.write(file, text.toString().getBytes(Charset.forName("GB18030")));
        assertThat(Files.readAllBytes(file))
                .as("really GB18030")
                .isNotEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * {@code kct inspect} (issue 12): for each rewritten export no built-in format fits, so it proposes a mapping
     * from the headers and values alone (Chinese or a vendor's English words, GB18030, the second sheet below a
     * title row); that proposal, saved as it is printed and given to {@code --map}, ranks to the bytes of the
     * canonical CSV, and inspect's own count of what it reads is every record.
     */
    @Test
    void inspectProposesForTheChineseCsvAMappingThatRanksAsTheCanonicalCsv() throws IOException {
        JsonNode report = inspect(writeChineseCsv());
        assertThat(report.get("encoding").asText()).isEqualTo("GB18030");
        assertThat(report.get("mapping").get("country_names").asBoolean()).isTrue();
        assertThat(report.get("mapping").get("encoding").asText()).isEqualTo("GB18030");
        assertThat(report.get("mapping").get("id").asText()).isEqualTo("申请号");
        assertProposalRanksAsTheCanonicalCsv(report, writeChineseCsv(), "cnipa-proposed.json");
    }

    @Test
    void inspectProposesForTheWorkbookAMappingThatRanksAsTheCanonicalCsv() throws IOException {
        Path file = dir.resolve("inspected-export.xlsx");
        writeWorkbook(file);
        JsonNode report = inspect(file);
        assertThat(report.get("kind").asText()).isEqualTo("workbook");
        assertThat(report.get("mapping").get("sheet").asText()).isEqualTo("Results");
        assertThat(report.get("mapping").get("header_row").asInt()).isEqualTo(2);
        assertProposalRanksAsTheCanonicalCsv(report, file, "vendor-proposed.json");
    }

    private static JsonNode inspect(Path file) throws IOException {
        CliRun run = CliRun.of("inspect", "--format", "json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out()).get("files").get(0);
        assertThat(report.get("format").isNull()).as("no built-in format fits").isTrue();
        return report;
    }

    private static void assertProposalRanksAsTheCanonicalCsv(JsonNode report, Path file, String name)
            throws IOException {
        JsonNode mapping = report.get("mapping");
        for (String field : List.of(column(0))) {
            assertThat(mapping.has(field)).as(field + " in " + mapping).isTrue();
        }
        assertThat(report.get("mapping_records").get("accepted").asLong()).isEqualTo(rows.size() - 1);
        assertThat(report.get("mapping_records").get("rejected").asLong()).isZero();
        Path map = dir.resolve(name);
        Files.writeString(map, mapping.toPrettyString(), StandardCharsets.UTF_8);
        assertThat(rank(file.toString(), "--map", map.toString())).isEqualTo(canonical);
    }

    /** Item 2 of issue 12: a workbook whose header is the canonical one is read by detection, no --map needed. */
    @Test
    void aWorkbookWithTheCanonicalHeaderIsReadByDetection() throws IOException {
        Path file = dir.resolve("canonical.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("patents");
            for (int r = 0; r < rows.size(); r++) {
                Row out = sheet.createRow(r);
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) out.createCell(c).setCellValue(row.get(c));
                }
            }
            write(wb, file);
        }
        assertThat(rank(file.toString())).isEqualTo(canonical);
        assertThat(CliRun.of("inspect", "--format", "json", file.toString()).out())
                .contains("\"format\" : \"canonical\"");
    }

    @Test
    void aWorkbookWithTheDataOnItsSecondSheetRanksAsTheCanonicalCsv() throws IOException {
        Path file = dir.resolve("vendor-export.xlsx");
        writeWorkbook(file);
        Path map = dir.resolve("vendor.json");
        Files.writeString(map, mapping(2, "\"sheet\": \"Results\", \"header_row\": 2"), StandardCharsets.UTF_8);

        assertThat(rank(file.toString(), "--map", map.toString())).isEqualTo(canonical);
    }

    @Test
    void aWorkbookRunKeepsStderrFreeOfLibraryLogging() throws IOException, InterruptedException {
        Path file = dir.resolve("small.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheet s = wb.createSheet("data");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("No");
            h.createCell(1).setCellValue("IPC");
            h.createCell(2).setCellValue("Year");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("CN1A");
            r.createCell(1).setCellValue("H01L 21/027");
            r.createCell(2).setCellValue("2015");
            write(wb, file);
        }
        Path map = dir.resolve("small.json");
        Files.writeString(map, "{\"id\": \"No\", \"ipc\": \"IPC\", \"priority_date\": \"Year\"}");
        Path damaged = dir.resolve("damaged.xlsx");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        String good = kctInAJvmOfItsOwn(0, "stats", "--format", "json", "--map", map.toString(), file.toString());
        assertThat(good.lines().toList())
                .as("only kct's own lines")
                .allMatch(l -> l.startsWith("reading ") || l.startsWith("read 1,"));
        // a damaged workbook made POI ask for a logger, and the Log4j API say on stderr that it has no provider
        String bad = kctInAJvmOfItsOwn(4, "stats", "--format", "json", "--map", map.toString(), damaged.toString());
        assertThat(bad.lines().toList())
                .as("only kct's own lines")
                .allMatch(l -> l.startsWith("reading ") || l.startsWith("kct: " + damaged + ": cannot be read"))
                .noneMatch(l -> l.contains("Log4j") || l.contains("StatusLogger"));
    }

    /** Runs kct in a new JVM (library logging is set up once per JVM), asserts its exit code; returns stderr. */
    private static String kctInAJvmOfItsOwn(int exitCode, String... args) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // what kct.jar's manifest says (Enable-Native-Access): without it Java 22+ warns about Lucene
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.kct.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(exitCode);
        return err;
    }

    @Test
    void aMappingNamingAMissingColumnIsAUsageErrorListingTheFilesColumns() throws IOException {
        Path file = dir.resolve("few.csv");
        Files.writeString(file, "No;IPC;Date\nCN1A;H01L 21/027;2015-03-02\n");
        Path map = dir.resolve("wrong.json");
        Files.writeString(map, "{\"id\": \"No\", \"ipc\": \"IPC\", \"filing_date\": \"申请日\"}");

        CliRun run = CliRun.of("stats", "--map", map.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err())
                .hasLineCount(2)
                .contains("few.csv: no column '申请日' (mapped to 'filing_date'); the file's columns are: 1 'No',"
                        + " 2 'IPC', 3 'Date'")
                .doesNotContain("\tat ");
    }

    @Test
    void inputFormatAndMapTogetherAreRefused() throws IOException {
        Path map = dir.resolve("any.json");
        Files.writeString(map, "{\"id\": \"No\", \"ipc\": \"IPC\", \"filing_date\": \"Date\"}");

        CliRun run = CliRun.of("stats", "--map", map.toString(), "--input-format", "lens", SAMPLE.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err())
                .hasLineCount(1)
                .contains("--map and --input-format lens")
                .contains("give one");
        CliRun missing = CliRun.of("stats", "--map", dir.resolve("none.json").toString(), SAMPLE.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.IO.code());
        assertThat(missing.err()).hasLineCount(1).contains("--map").contains("no such file");
        Files.writeString(map, "{\"id\": \"No\", \"ipc\": \"IPC\", \"filing_date\": \"Date\", \"titel\": \"T\"}");
        CliRun misspelt = CliRun.of("stats", "--map", map.toString(), SAMPLE.toString());
        assertThat(misspelt.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(misspelt.err()).hasLineCount(1).contains("unknown key 'titel'");
    }

    @Test
    void badRowsAreRejectedWithFileLineAndTheFilesColumnName() throws IOException {
        Path file = dir.resolve("bad.csv");
        String csv = "申请号,IPC分类号,申请日,申请人,申请人国家,权利要求数\n"
                + "CN1A,H01L 21/027,2015.03.02,甲公司；乙公司,中国；日本,3\n"
                + "CN2A,不是分类号,2015.03.02,甲公司,中国,3\n"
                + "CN3A,H01L 21/027,2015.03.02,甲公司,中国,三\n"
                + "CN4A,H01L 21/027,,甲公司,中国,3\n"
                + "CN5A,H01L 21/027,2016.01.05,丙公司,Narnia,1\n";
        Files.write(file, csv.getBytes(Charset.forName("GB18030")));
        Path map = dir.resolve("cn.json");
        Files.writeString(map, """
                {"id": "申请号", "ipc": "IPC分类号", "filing_date": "申请日", "applicants": "申请人",
                 "applicant_countries": "申请人国家", "claims": "权利要求数", "country_names": true}
                """);
        Path rejects = dir.resolve("rejects.csv");

        CliRun run = CliRun.of("stats", "--map", map.toString(), "--rejects", rejects.toString(), file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(file + ":3: field 'IPC分类号': no valid IPC symbol")
                .contains(file + ":4: field '权利要求数': '三' is not an integer")
                .contains(file + ":5: field '申请日': no date")
                .contains("'Narnia' (1)")
                .contains("read 5, indexed 2, replaced 0, rejected 3")
                .doesNotContain("\tat ");
        assertThat(Files.readString(rejects)).contains("CN3A,H01L 21/027,2015.03.02,甲公司,中国,三");
        CliRun strict = CliRun.of("stats", "--map", map.toString(), "--strict", file.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCode.DATA.code());
        assertThat(strict.err()).contains(file + ":3: field 'IPC分类号'").contains("--strict");
    }

    private static String mapping(int which, String settings) {
        StringBuilder b = new StringBuilder("{");
        for (String[] c : COLUMNS)
            b.append('"').append(c[0]).append("\": \"").append(c[which]).append("\", ");
        return b.append(settings).append('}').toString();
    }

    /** {@code H01L 21/027} as the packed form some databases write: {@code H01L0021027000}. */
    private static String packedIpc(String cell) {
        List<String> out = new ArrayList<>();
        for (String item : cell.split(";")) {
            String s = item.strip();
            int slash = s.indexOf('/');
            String group = s.substring(4, slash).strip();
            String subgroup = s.substring(slash + 1);
            out.add(s.substring(0, 4)
                    + "0".repeat(4 - group.length())
                    + group
                    + subgroup
                    + "0".repeat(Math.max(0, 6 - subgroup.length())));
        }
        return String.join("；", out);
    }

    private static String dotted(String date) {
        return date.replace('-', '.');
    }

    private static String chineseCountries(String cell) {
        if (cell.isEmpty()) return cell;
        List<String> out = new ArrayList<>();
        for (String cc : cell.split(";", -1)) {
            out.add(cc.isEmpty() ? "" : new Locale("", cc).getDisplayCountry(Locale.SIMPLIFIED_CHINESE));
        }
        return String.join(";", out);
    }

    private static void writeWorkbook(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.createSheet("About").createRow(0).createCell(0).setCellValue("Exported from a patent database");
            Sheet sheet = wb.createSheet("Results");
            sheet.createRow(0).createCell(0).setCellValue("Search results: " + (rows.size() - 1) + " records");
            Row header = sheet.createRow(1);
            String[] names = column(2);
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                Row out = sheet.createRow(r + 1);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    if (v.isEmpty()) continue;
                    if (c >= 2 && c <= 4 && v.length() == 10) {
                        out.createCell(c).setCellValue(LocalDate.parse(v));
                        out.getCell(c).setCellStyle(dateStyle);
                    } else if (c == 9 || c == 10) {
                        out.createCell(c).setCellValue(Integer.parseInt(v));
                    } else {
                        out.createCell(c).setCellValue(c == 6 || c == 7 ? v.replace(";", "\n") : v);
                    }
                }
            }
            write(wb, file);
        }
    }

    private static void write(SXSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.dispose();
    }
}
