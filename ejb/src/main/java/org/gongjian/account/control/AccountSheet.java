package org.gongjian.account.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ZipArchive;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an account sheet (.xlsx): a header row, then one account a row in the columns
 * 登录名 | 姓名 | 角色 | 所属单位或组织 | 电子邮箱. Blank rows are skipped; nothing is judged here.
 * The file is first checked like every uploaded zip ({@link ZipArchive#refuseBomb}); then its
 * first sheet is read as a stream of rows, never built as a whole workbook in memory, with POI's
 * own zip limits set to the same figures.
 */
public final class AccountSheet {

    public static final int MAX_ROWS = 500;
    private static final int COLUMNS = 5;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / ZipArchive.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(ZipArchive.MAX_EXPANDED_BYTES);
        ZipSecureFile.setMaxFileCount(ZipArchive.MAX_ENTRIES);
    }

    private AccountSheet() {
    }

    public static List<SheetRow> read(String fileName, byte[] content) {
        ZipArchive.refuseBomb(fileName, content);
        Rows rows = new Rows();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessException("import.unreadable");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.read;
        } catch (BusinessException refusal) {
            throw refusal;
        } catch (SAXException e) {
            if (e.getException() instanceof BusinessException refusal) {
                throw refusal;
            }
            throw new BusinessException("import.unreadable");
        } catch (IOException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw new BusinessException("import.unreadable");
        }
    }

    /** Collects the rows after the header as the sheet is parsed, and stops past the limit. */
    private static final class Rows implements SheetContentsHandler {

        final List<SheetRow> read = new ArrayList<>();
        private String[] cells;

        @Override
        public void startRow(int rowNum) {
            cells = new String[COLUMNS];
            Arrays.fill(cells, "");
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || Arrays.stream(cells).allMatch(String::isEmpty)) {
                return;
            }
            if (read.size() == MAX_ROWS) {
                throw new BusinessException("import.tooManyRows", MAX_ROWS);
            }
            read.add(new SheetRow(rowNum + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column < COLUMNS && formattedValue != null) {
                cells[column] = formattedValue.trim();
            }
        }
    }

    /** One row as written, with its number as the spreadsheet shows it. */
    public record SheetRow(int number, String login, String displayName, String role, String organisation, String email) {
    }
}
