package dev.kct.source.table;

import dev.kct.KctException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an Excel {@code .xlsx} workbook as a {@link TableSource}, read in bounded memory.
 *
 * <p>Why Apache POI's event model ({@code XSSFReader} + SAX through {@code XSSFSheetXMLHandler}): the
 * sheet's XML is streamed cell by cell, so a 1,000,000-row sheet never sits in memory (the user model,
 * {@code XSSFWorkbook}, builds every cell as an object and needs gigabytes); only the shared strings table
 * is held, read-only. POI is the well-kept, Apache-licensed reference library for OOXML and is served by
 * our package mirror (5.5.1); the lighter {@code org.dhatim:fastexcel-reader} is not. Dates are cells
 * whose style has a date format: they are given as ISO {@code yyyy-MM-dd} (their Excel serial number
 * converted), so the date readers see one form; other numbers are given as Excel shows them.
 */
public final class XlsxTableSource implements TableSource {

    private final Path file;
    private final String sheet;
    private final int headerRow;

    /**
     * @param file      the workbook
     * @param sheet     the sheet's name, or its 1-based position as digits; null for the first sheet
     * @param headerRow the 1-based row holding the header; the rows above it (e.g. a title) are skipped
     */
    public XlsxTableSource(Path file, String sheet, int headerRow) {
        if (headerRow < 1) throw KctException.usage("header_row must be 1 or more, not " + headerRow);
        this.file = file;
        this.sheet = sheet;
        this.headerRow = headerRow;
    }

    @Override
    public void read(Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            int position = 0;
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    position++;
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (isWanted(name, position)) {
                        parse(data, strings, styles, handler);
                        return;
                    }
                }
            }
            throw KctException.usage(file.getFileName() + " has no sheet '" + sheet + "': its sheets are "
                    + String.join(", ", names) + " (give a name or a 1-based number)");
        } catch (OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | UnsupportedFileFormatException
                | POIXMLException
                | InvalidOperationException e) {
            throw new IOException(file.getFileName() + " is not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private boolean isWanted(String name, int position) {
        if (sheet == null) return position == 1;
        if (sheet.equals(name)) return true;
        return sheet.strip().matches("\\d+") && Integer.parseInt(sheet.strip()) == position;
    }

    private void parse(InputStream data, ReadOnlySharedStringsTable strings, StylesTable styles, Handler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler), new IsoDates(), false));
        xml.parse(new InputSource(data));
    }

    /** Collects one row's cells by column (cells left empty in the file are absent from its XML). */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (row < headerRow) return;
            if (row == headerRow) {
                List<String> names = new ArrayList<>(cells.size());
                for (String c : cells) names.add(c.strip());
                handler.header(names, row);
            } else if (!DelimitedTableSource.allBlank(cells)) {
                handler.row(new TableRow(row, cells));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) cells.add("");
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Formats date-styled numbers as ISO dates and leaves everything else as Excel would show it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value);
                return t.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
