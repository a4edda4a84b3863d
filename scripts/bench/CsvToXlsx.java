import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark helper (scripts/bench-xlsx): turns a canonical CSV (e.g. `kct generate` output) into an .xlsx workbook
 * with POI's streaming writer (SXSSF, 100 rows in memory), one row per record. Dates become Excel date cells,
 * counts numeric cells, everything else text, so the reader meets what a database's export holds.
 * Usage: java -cp CLASSPATH CsvToXlsx.java IN.csv OUT.xlsx
 */
public class CsvToXlsx {
    private static final Set<String> DATES = Set.of("priority_date", "filing_date", "publication_date");
    private static final Set<String> COUNTS = Set.of("claims", "npl_citations");

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        long rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("patents");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            List<String> header = null;
            for (CsvRecord rec : csv) {
                Row row = sheet.createRow((int) rows);
                if (header == null) header = rec.getFields();
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    String v = rec.getField(i);
                    if (v.isEmpty()) continue;
                    Cell cell = row.createCell(i);
                    String column = rows == 0 ? "" : header.get(i);
                    if (DATES.contains(column) && v.length() == 10) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else if (COUNTS.contains(column)) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
                rows++;
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        }
        System.out.printf("wrote %,d data rows to %s (%,d bytes) in %.1f s%n", rows - 1, out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }
}
