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
 * Reads legacy Word .doc (POI HWPF): paragraphs ({@code paragraph N}) and tables ({@code table T row R cell C}
 * on the table's grid, rebuilt from the cells' edges; vertically merged continuation cells are empty).
 * An OLE file holding an encrypted .docx is reported as encrypted.
 */
public final class DocReader implements FormatReader {

    /** Edges closer than this (twips, 1/20 pt) are one column edge. */
    private static final int EDGE_TOLERANCE = 30;

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

    /**
     * A table on its grid: Word 97 stores a merged cell as one wide cell, so each cell's column is found from its
     * left and right edges among all the edges of the table; a row that merges or leaves out cells then still
     * has its values under the same columns as the header.
     */
    private static List<Row> table(Table table, int number) {
        List<Integer> edges = edges(table);
        GridBuilder grid = new GridBuilder(number);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            grid.startRow();
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                String text = continuation ? "" : clean(cell.text());
                int span = 1;
                if (edges != null) {
                    int from = nearest(edges, cell.getLeftEdge());
                    int to = nearest(edges, cell.getLeftEdge() + cell.getWidth());
                    grid.moveTo(from);
                    span = Math.max(1, to - from);
                }
                grid.add(text, 1, span);
            }
        }
        return grid.rows();
    }

    /** The column edges of a table (twips), close edges taken as one; null when the cells carry no widths. */
    private static List<Integer> edges(Table table) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow tr = table.getRow(r);
            for (int c = 0; c < tr.numCells(); c++) {
                TableCell cell = tr.getCell(c);
                if (cell.getWidth() <= 0) {
                    return null;
                }
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(e);
            }
        }
        return edges.size() < 2 ? null : edges;
    }

    private static int nearest(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
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
