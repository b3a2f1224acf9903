package io.nianbao.parser.pdfgen;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link FixtureReport} with PDFBox, placing every number exactly: value columns only as wide as their
 * widest number plus half a point, numbers right-aligned, so two neighbouring numbers ("1234" and "10086") stand
 * 0.5 pt apart. Headers are written one character per line, labels wrap over two or three lines with the numbers
 * centred beside them, Table 3 breaks over two pages, each page has a running header and a page number. The
 * bordered variant draws its borders as thin filled rectangles, as Word's PDF export does.
 */
final class DrawnReport {

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 50;
    private static final float BOTTOM = PAGE_H - 70;
    private static final float SIZE = 8;
    private static final float LINE = 10;
    private static final float GAP = 0.5f;
    private static final float G1 = 22;
    private static final float G2 = 52;
    private static final float LABEL_W = 124;

    private final FixtureReport report;
    private final boolean borders;
    private final boolean repeatHeader;
    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream cs;
    private int pageNo;
    private float y;

    private DrawnReport(FixtureReport report, boolean borders, boolean repeatHeader) {
        this.report = report;
        this.borders = borders;
        this.repeatHeader = repeatHeader;
    }

    static void write(Path dir) throws IOException {
        new DrawnReport(FixtureReport.ruled(), true, true).save(dir.resolve("drawn-ruled-2024.pdf"));
        new DrawnReport(FixtureReport.touching(), false, false).save(dir.resolve("drawn-touching-2023.pdf"));
    }

    private void save(Path file) throws IOException {
        try (PDDocument d = new PDDocument();
             TrueTypeCollection ttc = new TrueTypeCollection(
                     new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            doc = d;
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            font = PDType0Font.load(d, ttf, true);
            newPage();
            centred(report.title(), 15, PAGE_W / 2);
            y += 14;
            heading("一、总体情况");
            for (String p : report.overview()) {
                paragraph(p);
            }
            heading("二、主动公开政府信息情况");
            paragraph("本年度制发规范性文件3件，废止1件，现行有效17件；作出行政许可决定126件。");
            heading("三、收到和处理政府信息公开申请情况");
            table3();
            heading("四、政府信息公开行政复议、行政诉讼情况");
            table4();
            heading("五、存在的主要问题及改进情况");
            for (String p : report.problems()) {
                paragraph(p);
            }
            heading("六、其他需要报告的事项");
            for (String p : report.other()) {
                paragraph(p);
            }
            y += 6;
            text(report.agency(), 10.5f, PAGE_W - MARGIN - width(report.agency(), 10.5f), y);
            y += 16;
            text(report.date(), 10.5f, PAGE_W - MARGIN - width(report.date(), 10.5f), y);
            cs.close();
            d.save(file.toFile());
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        centred(report.agency() + "政府信息公开", 8, PAGE_W / 2, 40);
        centred("- " + pageNo + " -", 9, PAGE_W / 2, PAGE_H - 40);
        y = 80;
    }

    private void need(float height) throws IOException {
        if (y + height > BOTTOM) {
            newPage();
        }
    }

    private void heading(String s) throws IOException {
        need(30);
        y += 8;
        text(s, 12, MARGIN, y + 12);
        y += 20;
    }

    private void paragraph(String s) throws IOException {
        List<String> lines = wrap(s, 10.5f, PAGE_W - 2 * MARGIN - 21);
        for (int i = 0; i < lines.size(); i++) {
            need(16);
            text(lines.get(i), 10.5f, MARGIN + (i == 0 ? 21 : 0), y + 10.5f);
            y += 16;
        }
    }

    // ---- Table 3

    private void table3() throws IOException {
        Integer[][] v = report.table3();
        float[] w = valueWidths(v);
        float left = MARGIN;
        float[] xs = new float[8];
        xs[0] = left + G1 + G2 + LABEL_W;
        for (int k = 0; k < 7; k++) {
            xs[k + 1] = xs[k] + w[k];
        }
        float right = xs[7];
        header3(left, xs);
        String[][] labels = FixtureReport.T3_LABELS;
        String group = null;
        boolean resultsShown = false;
        boolean firstOnPage = true;
        for (int r = 0; r < labels.length; r++) {
            boolean full = labels[r][0] == null;
            boolean inResults = !full;
            boolean ownGroup = inResults && !labels[r][0].isEmpty();
            float labelX = full ? left : ownGroup ? left + G1 + G2 : left + G1;
            float labelW = right - labelX - (xs[7] - xs[0]);
            List<String> lines = wrap(labels[r][1], SIZE, labelW - 4);
            float h = Math.max(1, lines.size()) * LINE + 4;
            if (y + h > BOTTOM) {
                if (borders) {
                    hline(left, right, y);
                }
                newPage();
                if (repeatHeader) {
                    header3(left, xs);
                }
                group = null;
                resultsShown = false;
                firstOnPage = true;
            }
            if (inResults && !resultsShown) {
                stacked("三、本年度办理结果", left, left + G1, y);
                resultsShown = true;
            }
            String g = ownGroup ? labels[r][0] : null;
            boolean newGroup = g != null && !g.equals(group);
            if (newGroup) {
                List<String> gl = wrap(g, SIZE, G2 - 4);
                for (int i = 0; i < gl.size(); i++) {
                    text(gl.get(i), SIZE, left + G1 + 2, y + 2 + SIZE + i * LINE);
                }
            }
            group = g;
            for (int i = 0; i < lines.size(); i++) {
                text(lines.get(i), SIZE, labelX + 2, y + 2 + SIZE + i * LINE);
            }
            float base = y + h / 2 + SIZE * 0.35f;
            for (int k = 0; k < 7; k++) {
                String s = FixtureReport.text(v[r][k]);
                if (!s.isEmpty()) {
                    text(s, SIZE, xs[k + 1] - width(s, SIZE), base);
                }
            }
            if (borders) {
                boolean firstOfResults = r == 2 || r > 0 && labels[r - 1][0] == null && inResults;
                float from = full || firstOfResults || firstOnPage ? left : ownGroup && !newGroup ? labelX : left + G1;
                hline(from, right, y);
                vline(left, y, y + h);
                if (inResults) {
                    vline(left + G1, y, y + h);
                }
                if (ownGroup) {
                    vline(left + G1 + G2, y, y + h);
                }
                for (float x : xs) {
                    vline(x, y, y + h);
                }
            }
            y += h;
            firstOnPage = false;
        }
        if (borders) {
            hline(left, right, y);
        }
        y += 6;
    }

    private void header3(float left, float[] xs) throws IOException {
        float right = xs[7];
        float top = y;
        float row1 = LINE + 4;
        float row2 = LINE + 4;
        int tallest = 6;
        float row3 = tallest * LINE + 4;
        float h = row1 + row2 + row3;
        List<String> note = wrap(FixtureReport.NOTE, SIZE, xs[0] - left - 4);
        for (int i = 0; i < note.size(); i++) {
            text(note.get(i), SIZE, left + 2, top + h / 2 - note.size() * LINE / 2 + SIZE + i * LINE);
        }
        centred("申请人情况", SIZE, (xs[0] + right) / 2, top + 2 + SIZE);
        stacked("自然人", xs[0], xs[1], top + row1);
        centred("法人或其他组织", SIZE, (xs[1] + xs[6]) / 2, top + row1 + 2 + SIZE);
        stacked("总计", xs[6], xs[7], top + row1);
        for (int k = 0; k < 5; k++) {
            stacked(FixtureReport.APPLICANTS.get(k), xs[k + 1], xs[k + 2], top + row1 + row2);
        }
        if (borders) {
            hline(left, right, top);
            hline(xs[0], right, top + row1);
            hline(xs[1], xs[6], top + row1 + row2);
            vline(left, top, top + h);
            vline(xs[0], top, top + h);
            vline(right, top, top + h);
            vline(xs[1], top + row1, top + h);
            vline(xs[6], top + row1, top + h);
            for (int k = 2; k < 6; k++) {
                vline(xs[k], top + row1 + row2, top + h);
            }
        }
        y = top + h;
    }

    /** Header text written one character per line, centred in its column. */
    private void stacked(String s, float x0, float x1, float top) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            String c = s.substring(i, i + 1);
            text(c, SIZE, (x0 + x1) / 2 - width(c, SIZE) / 2, top + 2 + SIZE + i * LINE);
        }
    }

    private float[] valueWidths(Integer[][] v) throws IOException {
        float[] w = new float[7];
        for (int k = 0; k < 7; k++) {
            float max = width("0", SIZE);
            for (Integer[] row : v) {
                max = Math.max(max, width(FixtureReport.text(row[k]), SIZE));
            }
            w[k] = Math.max(max, SIZE) + GAP;
        }
        return w;
    }

    // ---- Table 4

    private void table4() throws IOException {
        Integer[] v = report.table4();
        float[] xs = new float[16];
        xs[0] = MARGIN;
        for (int k = 0; k < 15; k++) {
            float wk = Math.max(width(FixtureReport.text(v[k]), SIZE) + GAP, 2 * SIZE);
            xs[k + 1] = xs[k] + wk;
        }
        float top = y;
        float row1 = LINE + 4;
        float row2 = LINE + 4;
        float row3 = 4 * LINE + 4;
        centred("行政复议", SIZE, (xs[0] + xs[5]) / 2, top + 2 + SIZE);
        centred("行政诉讼", SIZE, (xs[5] + xs[15]) / 2, top + 2 + SIZE);
        centred("未经复议", SIZE, (xs[5] + xs[10]) / 2, top + row1 + 2 + SIZE);
        centred("复议后", SIZE, (xs[10] + xs[15]) / 2, top + row1 + 2 + SIZE);
        for (int k = 0; k < 15; k++) {
            String name = FixtureReport.T4_RESULTS.get(k % 5);
            stacked(name, xs[k], xs[k + 1], k < 5 ? top + row1 : top + row1 + row2);
        }
        float valuesTop = top + row1 + row2 + row3;
        float base = valuesTop + 2 + SIZE;
        for (int k = 0; k < 15; k++) {
            String s = FixtureReport.text(v[k]);
            if (!s.isEmpty()) {
                text(s, SIZE, xs[k + 1] - width(s, SIZE), base);
            }
        }
        float bottom = valuesTop + LINE + 4;
        if (borders) {
            hline(xs[0], xs[15], top);
            hline(xs[5], xs[15], top + row1);
            hline(xs[5], xs[15], top + row1 + row2);
            hline(xs[0], xs[15], valuesTop);
            hline(xs[0], xs[15], bottom);
            for (int k = 0; k <= 15; k++) {
                float from = k == 0 || k == 5 || k == 15 ? top : k < 5 ? top + row1
                        : k == 10 ? top + row1 : top + row1 + row2;
                vline(xs[k], from, bottom);
            }
        }
        y = bottom + 6;
    }

    // ---- drawing

    private void hline(float x0, float x1, float at) throws IOException {
        cs.addRect(x0 - 0.25f, PAGE_H - at - 0.25f, x1 - x0 + 0.5f, 0.5f);
        cs.fill();
    }

    private void vline(float x, float top, float bottom) throws IOException {
        cs.addRect(x - 0.25f, PAGE_H - bottom - 0.25f, 0.5f, bottom - top + 0.5f);
        cs.fill();
    }

    private void text(String s, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PAGE_H - baseline);
        cs.showText(s);
        cs.endText();
    }

    private void centred(String s, float size, float cx) throws IOException {
        centred(s, size, cx, y + size);
        y += size + 8;
    }

    private void centred(String s, float size, float cx, float baseline) throws IOException {
        text(s, size, cx - width(s, size) / 2, baseline);
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private List<String> wrap(String s, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String c = s.substring(i, i + 1);
            if (width(line + c, size) > max && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
