package io.nianbao.parser.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads legacy Word .doc (POI HWPF): paragraphs ({@code paragraph N}) and tables ({@code table T row R cell C},
 * cells in the order Word stores them; vertically merged continuation cells are empty).
 * An OLE file holding an encrypted .docx is reported as encrypted.
 */
public final class DocReader implements FormatReader {

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new UnreadableException("文件已加密 / the document is encrypted");
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                throw new UnreadableException("不是 Word 文档（可能是 Excel 或其他 Office 文件）/ not a Word document");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return new Intermediate(rows(doc.getRange()), null);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("文件已加密 / the document is encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("文件已损坏 / corrupt doc", e);
        }
    }

    private static List<Row> rows(Range range) {
        List<Row> rows = new ArrayList<>();
        int paragraphs = 0;
        int tables = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                tables++;
                rows.addAll(table(table, tables));
                i += Math.max(0, table.numParagraphs() - 1);
                continue;
            }
            paragraphs++;
            String text = clean(p.text());
            if (!text.isBlank()) {
                rows.add(Row.paragraph(text, "paragraph " + paragraphs));
            }
        }
        return rows;
    }

    private static List<Row> table(Table table, int number) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                String text = continuation ? "" : clean(cell.text());
                cells.add(new Cell(text, "table " + number + " row " + (r + 1) + " cell " + (c + 1)));
            }
            rows.add(Row.cells(cells, number));
        }
        return rows;
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if (ch == '\u0007' || ch == '\r' || ch == '\n' || ch == '\u000B' || ch == '\u0001' || ch == '\u0013'
                    || ch == '\u0014' || ch == '\u0015' || ch == '\f') {
                continue;
            }
            b.append(ch);
        }
        return b.toString().replace('\u00A0', ' ').strip();
    }
}
