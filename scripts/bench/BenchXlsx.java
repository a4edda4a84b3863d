import dev.kct.source.table.ColumnMapping;
import dev.kct.source.table.MappedTable;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes an N-row .xlsx export (POI's streaming writer) and reads it through a column mapping; prints records/s. */
public class BenchXlsx {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                wb.setCompressTempFiles(true);
                Sheet sheet = wb.createSheet("data");
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                String[] names = {"公开号", "IPC分类号", "申请日", "申请人", "标题", "权利要求数量"};
                Row header = sheet.createRow(0);
                for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
                String[] ipc = {"H01L 21/027; G03F 7/20", "G06F 3/01", "H01M 10/44；B60L 53/10", "A61K 31/426"};
                for (int r = 1; r <= n; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("CN" + (100000000 + r) + "A");
                    row.createCell(1).setCellValue(ipc[r % ipc.length]);
                    row.createCell(2).setCellValue(LocalDate.of(2000 + r % 24, 1 + r % 12, 1 + r % 28));
                    row.getCell(2).setCellStyle(date);
                    row.createCell(3).setCellValue("APPLICANT " + (r % 5000) + "；PARTNER " + (r % 77));
                    row.createCell(4).setCellValue("Title of patent number " + r);
                    row.createCell(5).setCellValue(r % 40);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                wb.dispose();
            }
            System.out.printf("wrote %,d rows to %s (%,d bytes) in %.1f s%n", n, file, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
        }
        ColumnMapping mapping = ColumnMapping.parse("""
                {"id": "公开号", "ipc": "IPC分类号", "filing_date": "申请日", "applicants": "申请人",
                 "title": "标题", "claims": "权利要求数量"}
                """, "bench");
        AtomicLong count = new AtomicLong();
        long t0 = System.nanoTime();
        MappedTable.read(file, mapping, row -> count.incrementAndGet());
        double s = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("read %,d records in %.1f s: %,.0f records/s (max heap %d MiB)%n", count.get(), s,
                count.get() / s, rt.maxMemory() >> 20);
    }
}
