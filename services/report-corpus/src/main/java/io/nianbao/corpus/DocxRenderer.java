package io.nianbao.corpus;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/** Word 2007+ written with POI XWPF: merged cells are real gridSpan (across) and vMerge (down) cells. */
final class DocxRenderer {

    private DocxRenderer() {
    }

    static byte[] render(Doc doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Doc.Block block : doc.blocks()) {
                if (block instanceof Doc.Heading h) {
                    XWPFRun run = d.createParagraph().createRun();
                    run.setBold(true);
                    run.setFontSize(h.level() == 1 ? 16 : 13);
                    run.setText(h.text());
                } else if (block instanceof Doc.Paragraph p) {
                    d.createParagraph().createRun().setText(p.text());
                } else if (block instanceof Doc.Chrome c) {
                    XWPFRun run = d.createParagraph().createRun();
                    run.setFontSize(9);
                    run.setText(c.text());
                } else if (block instanceof Doc.Table t) {
                    table(d, t);
                    d.createParagraph();
                }
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument d, Doc.Table t) {
        XWPFTable table = d.createTable();
        table.removeRow(0);
        table.setWidth("100%");
        for (int r = 0; r < t.height(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            int c = 0;
            while (c < t.width()) {
                Doc.TableCell owner = t.owner(r, c);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = owner == null ? 1 : owner.colSpan();
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (owner != null && owner.rowSpan() > 1) {
                    if (owner.row() == r) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    } else {
                        pr.addNewVMerge();
                    }
                }
                if (owner != null && owner.row() == r) {
                    write(cell, owner.text());
                } else if (cell.getParagraphs().isEmpty()) {
                    cell.addParagraph();
                }
                c += span;
            }
        }
    }

    private static void write(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n");
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph target = i == 0 ? p : cell.addParagraph();
            target.createRun().setText(lines[i]);
        }
    }
}
