package dev.kct.source.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ipc.IpcParser;
import dev.kct.source.CanonicalField;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedTableTest {

    @TempDir
    Path dir;

    private static final String CHINESE_MAPPING = """
            {"id": "公开号", "ipc": "IPC分类号", "priority_date": "优先权日", "applicants": "申请人",
             "applicant_countries": "申请人国家", "title": "标题", "claims": 7}
            """;

    @Test
    void readsAGb18030CsvWithChineseHeadersDottedDatesAndFullWidthSeparators() throws IOException {
        String csv = "公开号,标题,IPC分类号,优先权日,申请人,申请人国家,权利要求数\n"
                + "CN1001A,一种电池,H01M0010440000；B60L 53/10,2015.03.02,华为技术有限公司；宁德时代,中国；日本,9\n"
                + "CN1002A,\"芯片, 方法\",h01l 21/027 (2006.01),2016.12.31,中芯国际,中国,\n";
        Path file = dir.resolve("incopat.csv");
        Files.write(file, csv.getBytes(Charset.forName("GB18030")));
        ColumnMapping mapping =
                ColumnMapping.parse(CHINESE_MAPPING.replace("}", ", \"country_names\": true}"), "map.json");

        List<MappedRow> rows = readAll(file, mapping);

        assertThat(rows).hasSize(2);
        MappedRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.text(CanonicalField.ID)).isEqualTo("CN1001A");
        assertThat(first.text(CanonicalField.PRIORITY_DATE)).isEqualTo("2015-03-02");
        assertThat(first.items(CanonicalField.APPLICANTS)).containsExactly("华为技术有限公司", "宁德时代");
        assertThat(first.items(CanonicalField.APPLICANT_COUNTRIES)).containsExactly("CN", "JP");
        assertThat(first.text(CanonicalField.CLAIMS)).isEqualTo("9");
        assertThat(IpcParser.parseItems(first.items(CanonicalField.IPC)).symbols())
                .hasToString("[H01M 10/44, B60L 53/10]");
        MappedRow second = rows.get(1);
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.text(CanonicalField.TITLE)).isEqualTo("芯片, 方法");
        assertThat(second.text(CanonicalField.PRIORITY_DATE)).isEqualTo("2016-12-31");
        assertThat(second.text(CanonicalField.CLAIMS)).isNull();
        assertThat(IpcParser.parseItems(second.items(CanonicalField.IPC)).symbols())
                .hasToString("[H01L 21/027]");
    }

    @Test
    void readsTheSecondSheetOfAWorkbookBelowATitleRowWithDateCells() throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("not this sheet");
            Sheet data = wb.createSheet("Patents");
            data.createRow(0).createCell(0).setCellValue("Search results, 2 records");
            Row header = data.createRow(1);
            String[] names = {"Publication Number", "IPC", "Application Date", "Applicants", "Claims"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row r = data.createRow(2);
            r.createCell(0).setCellValue("US1A");
            r.createCell(1).setCellValue("G06F 3/00 | G06N 20/00");
            r.createCell(2).setCellValue(LocalDate.of(2015, 3, 2));
            r.getCell(2).setCellStyle(dateStyle);
            r.createCell(3).setCellValue("ACME, INC.; Foo GmbH");
            r.createCell(4).setCellValue(12);
            Row blank = data.createRow(3);
            blank.createCell(0).setCellValue(" ");
            Row s = data.createRow(4);
            s.createCell(0).setCellValue("US2A");
            s.createCell(1).setCellValue("A61K 31/00");
            s.createCell(2).setCellValue("2016.05.06");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        ColumnMapping mapping = ColumnMapping.parse("""
                {"id": "Publication Number", "ipc": "IPC", "filing_date": "Application Date",
                 "applicants": "Applicants", "claims": "Claims", "sheet": "2", "header_row": 2}
                """, "map.json");

        List<MappedRow> rows = readAll(file, mapping);

        assertThat(rows).extracting(MappedRow::line).containsExactly(3L, 5L);
        assertThat(rows.get(0).text(CanonicalField.FILING_DATE)).isEqualTo("2015-03-02");
        assertThat(rows.get(0).items(CanonicalField.APPLICANTS)).containsExactly("ACME, INC.", "Foo GmbH");
        assertThat(rows.get(0).items(CanonicalField.IPC)).containsExactly("G06F 3/00", "G06N 20/00");
        assertThat(rows.get(0).text(CanonicalField.CLAIMS)).isEqualTo("12");
        assertThat(rows.get(1).text(CanonicalField.FILING_DATE)).isEqualTo("2016-05-06");
        assertThat(rows.get(1).items(CanonicalField.APPLICANTS)).isEmpty();
        assertThat(readAll(file, ColumnMapping.parse(mappingWithSheet("Patents"), "m")))
                .extracting(r -> r.text(CanonicalField.ID))
                .containsExactly("US1A", "US2A");
        assertThatThrownBy(() -> readAll(file, ColumnMapping.parse(mappingWithSheet("Sheet9"), "m")))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("说明, Patents");
    }

    @Test
    void refusesAnAmbiguousDateColumnAndReadsItWithDateFormats() throws IOException {
        Path file = dir.resolve("slashed.csv");
        Files.writeString(file, "id;ipc;date\nA1;H01L;03/04/2015\nA2;H01L;05/06/2015\n");
        assertThatThrownBy(() -> readAll(
                        file,
                        ColumnMapping.parse("{\"id\": \"id\", \"ipc\": \"ipc\", \"priority_date\": \"date\"}", "m")))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("'date'")
                .hasMessageContaining("date_formats");
        List<MappedRow> rows = readAll(
                file,
                ColumnMapping.parse(
                        "{\"id\": \"id\", \"ipc\": \"ipc\", \"priority_date\": \"date\", \"date_formats\": [\"dd/MM/yyyy\"]}",
                        "m"));
        assertThat(rows)
                .extracting(r -> r.text(CanonicalField.PRIORITY_DATE))
                .containsExactly("2015-04-03", "2015-06-05");
        Files.writeString(file, "id;ipc;date\nA1;H01L;03/04/2015\nA2;H01L;13/06/2015\n");
        assertThat(readAll(
                        file,
                        ColumnMapping.parse("{\"id\": \"id\", \"ipc\": \"ipc\", \"priority_date\": \"date\"}", "m")))
                .extracting(r -> r.text(CanonicalField.PRIORITY_DATE))
                .containsExactly("2015-04-03", "2015-06-13");
    }

    @Test
    void validatesTheMapping() {
        assertThatThrownBy(() -> ColumnMapping.parse(
                        "{\"id\": \"a\", \"ipc\": \"b\", \"filing_date\": \"c\", \"titel\": \"d\"}", "m.json"))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("unknown key 'titel'");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"id\": \"a\", \"ipc\": \"b\"}", "m.json"))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("at least one of priority_date");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"ipc\": \"b\", \"filing_date\": \"c\"}", "m.json"))
                .hasMessageContaining("needs 'id'");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"id\": 0, \"ipc\": \"b\", \"filing_date\": \"c\"}", "m.json"))
                .hasMessageContaining("1-based column number");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"id\": \"a\", \"id\": \"b\"}", "m.json"))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ColumnMapping.parse("[1]", "m.json")).hasMessageContaining("JSON object");
        ColumnMapping m = ColumnMapping.parse(
                "{\"_source\": \"x\", \"id\": \"No\", \"ipc\": 3, \"filing_date\": \"date \"}", "m.json");
        assertThat(m.headerRow()).isEqualTo(1);
        assertThat(m.resolve(List.of("no", "Date", "IPC"), "f.csv"))
                .containsExactly(
                        java.util.Map.entry("id", 0),
                        java.util.Map.entry("ipc", 2),
                        java.util.Map.entry("filing_date", 1));
        assertThatThrownBy(() -> m.resolve(List.of("No", "IPC", "x"), "f.csv"))
                .isInstanceOf(KctException.class)
                .hasMessage("f.csv: no column 'date' (mapped to 'filing_date'); the file's columns are: "
                        + "1 'No', 2 'IPC', 3 'x'");
        assertThatThrownBy(() -> m.resolve(List.of("No", "date"), "f.csv"))
                .hasMessageContaining("mapped to column 3 but the file has 2 columns");
        ColumnMapping dup = ColumnMapping.parse("{\"id\": \"No\", \"ipc\": \"size\", \"filing_date\": 2}", "m");
        assertThatThrownBy(() -> dup.resolve(List.of("No", "size", "size"), "f.csv"))
                .hasMessageContaining("appears 2 times, as columns 2 and 3")
                .hasMessageContaining("\"ipc\": 2");
    }

    private static String mappingWithSheet(String sheet) {
        return "{\"id\": \"Publication Number\", \"ipc\": \"IPC\", \"filing_date\": \"Application Date\", "
                + "\"header_row\": 2, \"sheet\": \"" + sheet + "\"}";
    }

    static List<MappedRow> readAll(Path file, ColumnMapping mapping) throws IOException {
        List<MappedRow> rows = new ArrayList<>();
        MappedTable.read(file, mapping, rows::add);
        return rows;
    }
}
