package io.nianbao.parser.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads .docx with POI XWPF: paragraphs ({@code paragraph N}) and tables in body order; merged cells are rebuilt
 * on the table grid from gridSpan (horizontal), vMerge (vertical continuation cells are empty), gridBefore and
 * gridAfter (grid columns a row leaves out), so an empty cell stays in its column, giving
 * {@code table T row R cell C} provenance on the grid.
 */
public final class DocxReader implements FormatReader {

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Row> rows = new ArrayList<>();
            int[] counters = new int[2];
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p.getText(), rows, counters);
                } else if (element instanceof XWPFTable t) {
                    counters[1]++;
                    rows.addAll(table(t, counters[1]));
                } else if (element instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\n")) {
                        paragraph(line, rows, counters);
                    }
                }
            }
            return new Intermediate(rows, null);
        } catch (NotOfficeXmlFileException | POIXMLException e) {
            throw new UnreadableException("文件已损坏或不是 Word 文档 / corrupt docx or not a Word document", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("文件已加密 / the document is encrypted", e);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException("文件已损坏 / corrupt docx", e);
        }
    }

    private static void paragraph(String text, List<Row> rows, int[] counters) {
        counters[0]++;
        if (text != null && !text.isBlank()) {
            for (String line : text.split("[\\n\\u000B]")) {
                if (!line.isBlank()) {
                    rows.add(Row.paragraph(line.strip(), "paragraph " + counters[0]));
                }
            }
        }
    }

    private static List<Row> table(XWPFTable table, int number) {
        GridBuilder grid = new GridBuilder(number);
        for (XWPFTableRow tr : table.getRows()) {
            grid.startRow();
            grid.skip(gridBefore(tr));
            for (ICell icell : tr.getTableICells()) {
                if (icell instanceof XWPFSDTCell sdt) {
                    grid.add(sdt.getContent().getText().replace('\u00A0', ' ').strip(), 1, 1);
                    continue;
                }
                if (!(icell instanceof XWPFTableCell cell)) {
                    continue;
                }
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean continuation = false;
                if (pr != null) {
                    if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                        span = pr.getGridSpan().getVal().intValue();
                    }
                    if (pr.isSetVMerge()) {
                        continuation = pr.getVMerge().getVal() == null
                                || !"restart".equals(pr.getVMerge().getVal().toString());
                    }
                }
                grid.add(continuation ? "" : cellText(cell), 1, span);
            }
            grid.skip(gridAfter(tr));
        }
        return grid.rows();
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            b.append(p.getText());
        }
        for (XWPFTable nested : cell.getTables()) {
            b.append(' ').append(nested.getText());
        }
        return b.toString().replace('\u00A0', ' ').strip();
    }

    /** Grid columns left empty at the end of a row (Word's gridAfter). */
    private static int gridAfter(XWPFTableRow tr) {
        CTTrPr pr = tr.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridAfterArray() == 0) {
            return 0;
        }
        BigInteger v = pr.getGridAfterArray(0).getVal();
        return v == null ? 0 : v.intValue();
    }

    private static int gridBefore(XWPFTableRow tr) {
        CTTrPr pr = tr.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger v = pr.getGridBeforeArray(0).getVal();
        return v == null ? 0 : v.intValue();
    }
}
