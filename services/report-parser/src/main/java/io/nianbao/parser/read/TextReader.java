package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text and Markdown. Recognises three table flattenings: tab-separated rows, one cell per line
 * (lines starting with a tab, rows separated by blank lines, continuation lines glued to the cell above) and
 * pipe rows — {@code | a | b |} as Markdown writes them, and {@code a | b | c |} as a web page's table copied out
 * as text (no leading pipe; the trailing pipe ends the row, it is no cell). A blank cell keeps its place: two
 * tabs in a row, {@code |  |}. A line that ends in a run of values separated by spaces (text taken from a PDF)
 * is a table row too. Everything else is a paragraph. Provenance is {@code line L col C} (1-based,
 * C = character column where the cell starts).
 */
public final class TextReader implements FormatReader {

    private static final int MAX_CONTINUATION = 12;

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (looksBinary(text)) {
            throw new UnreadableException("文件不是文本（含二进制内容）/ the file is not text (binary content)");
        }
        return new Intermediate(rows(text), decoded.encoding());
    }

    /** Splits decoded text into rows; public so other readers can reuse it for text-like content. */
    public static List<Row> rows(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Row> rows = new ArrayList<>();
        boolean leadingPipes = leadingPipes(lines);
        int tableNo = 0;
        boolean inTable = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].replace('\uFF5C', '|');
            if (isBlank(line)) {
                i++;
                continue;
            }
            int blockEnd = blockEnd(lines, i);
            if (isCellPerLineBlock(lines, i, blockEnd)) {
                if (!inTable) {
                    tableNo++;
                    inTable = true;
                }
                i = cellPerLine(lines, i, blockEnd, rows, tableNo);
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                if (!inTable) {
                    tableNo++;
                    inTable = true;
                }
                rows.add(Row.cells(split(line, i, '\t', 0), tableNo));
            } else if (isPipeSeparator(line)) {
                i++;
                continue;
            } else if (isPipeRow(line)) {
                if (!inTable) {
                    tableNo++;
                    inTable = true;
                }
                rows.add(Row.cells(pipeCells(line, i, leadingPipes), tableNo));
            } else {
                List<Cell> spaced = spacedCells(line, i);
                if (spaced != null) {
                    if (!inTable) {
                        tableNo++;
                        inTable = true;
                    }
                    rows.add(Row.cells(spaced, tableNo));
                } else {
                    inTable = false;
                    int lead = line.length() - line.stripLeading().length();
                    rows.add(Row.paragraph(line.strip(), where(i, lead)));
                }
            }
            i++;
        }
        return rows;
    }

    private static int blockEnd(String[] lines, int from) {
        int j = from;
        while (j < lines.length && !isBlank(lines[j])) {
            j++;
        }
        return j;
    }

    /** A block whose lines each hold one tab-led cell (seed-003 layout), allowing short continuation lines. */
    private static boolean isCellPerLineBlock(String[] lines, int from, int to) {
        if (!isSingleCellLine(lines[from])) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            String l = lines[j];
            if (l.indexOf('\t') >= 0 ? !isSingleCellLine(l) : l.strip().length() > MAX_CONTINUATION) {
                return false;
            }
        }
        return true;
    }

    /** A separator line: nothing but spaces (a line holding a tab is an empty cell, not a separator). */
    private static boolean isBlank(String line) {
        return line.isBlank() && line.indexOf('\t') < 0;
    }

    private static boolean isSingleCellLine(String line) {
        return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
    }

    private static int cellPerLine(String[] lines, int from, int to, List<Row> rows, int tableNo) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = null;
        String where = null;
        for (int j = from; j < to; j++) {
            String l = lines[j];
            if (l.startsWith("\t")) {
                if (text != null) {
                    cells.add(new Cell(text.toString().strip(), where));
                }
                text = new StringBuilder(l.substring(1));
                where = where(j, 1);
            } else if (text != null) {
                text.append(l.strip());
            }
        }
        if (text != null) {
            cells.add(new Cell(text.toString().strip(), where));
        }
        rows.add(Row.cells(cells, tableNo));
        return to;
    }

    private static List<Cell> split(String line, int lineIndex, char sep, int offset) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= line.length(); k++) {
            if (k == line.length() || line.charAt(k) == sep) {
                String raw = line.substring(start, k);
                int lead = raw.length() - raw.stripLeading().length();
                cells.add(new Cell(raw.strip(), where(lineIndex, offset + start + lead)));
                start = k + 1;
            }
        }
        return cells;
    }

    /**
     * A pipe row: {@code | a | b |}; or, without the leading pipe, a line ended by a pipe ({@code 规章 | 0 | 0 |},
     * {@code 第二十条第（一）项 |}); or a line of at least two pipes with a number or an empty cell among its cells
     * ({@code 行政许可 | 12}); a lone pipe is one empty cell (a blank cell copied out one cell per line), a line
     * {@code | 58} one cell (each cell on its own line, led by a pipe). Navigation
     * such as {@code 首页 | 政务公开 | 年度报告} or {@code 登录|注册} stays text.
     */
    static boolean isPipeRow(String line) {
        String s = line.strip();
        int pipes = (int) s.chars().filter(c -> c == '|').count();
        if (pipes == 0) {
            return false;
        }
        if (s.equals("|")) {
            return true;
        }
        if (s.startsWith("|")) {
            // "| 58": a page whose converter starts every cell on its own line with a pipe
            return pipes >= 2 || s.length() > 1;
        }
        if (s.endsWith("|")) {
            return s.length() > 1;
        }
        String[] cells = s.split("\\|", -1);
        boolean value = false;
        for (int k = 1; k < cells.length; k++) {
            String c = cells[k].strip();
            value |= c.isEmpty() || c.matches("[+-]?[0-9][0-9,.]*\\s*(件|个|项|次|万元|元|%)?|[/—-]");
        }
        return value && !cells[0].isBlank();
    }

    /**
     * A table row flattened with spaces (text taken from a PDF): a label followed by at least three values, or a
     * line of at least five values alone ({@code 一、本年新收政府信息公开申请数量 58 7 0 0 1 0 66},
     * {@code 0 0 1 0 1 …}). The label is one cell; each value is a cell. Null otherwise. A blank cell leaves no
     * trace in such a line, so its values can only be read from the left.
     */
    static List<Cell> spacedCells(String line, int lineIndex) {
        List<int[]> tokens = new ArrayList<>();
        int k = 0;
        while (k < line.length()) {
            while (k < line.length() && isSpace(line.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < line.length() && !isSpace(line.charAt(k))) {
                k++;
            }
            if (k > start) {
                tokens.add(new int[] {start, k});
            }
        }
        int firstValue = tokens.size();
        while (firstValue > 0) {
            int[] t = tokens.get(firstValue - 1);
            if (!io.nianbao.parser.extract.Values.isValue(line.substring(t[0], t[1]))) {
                break;
            }
            firstValue--;
        }
        int values = tokens.size() - firstValue;
        List<Cell> cells = new ArrayList<>();
        if (firstValue == 0) {
            if (values < 5) {
                return null;
            }
        } else {
            String label = line.substring(tokens.get(0)[0], tokens.get(firstValue - 1)[1]);
            if (values < 3 || label.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN) || label.matches(".*[。；;！!？?，,：:]$")) {
                return null;
            }
            cells.add(new Cell(label, where(lineIndex, tokens.get(0)[0])));
        }
        for (int[] t : tokens.subList(firstValue, tokens.size())) {
            cells.add(new Cell(line.substring(t[0], t[1]), where(lineIndex, t[0])));
        }
        return cells;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static boolean isPipeSeparator(String line) {
        return line.strip().matches("\\|?[\\s:|-]+\\|?") && line.contains("-") && line.contains("|");
    }

    /**
     * Whether the document's pipe rows start with a pipe (Markdown). When most of them do not (a web page copied
     * out as text), a row that starts with a pipe starts with an empty cell: {@code  | 0 | 0 |} is a blank first
     * cell, not a Markdown row.
     */
    private static boolean leadingPipes(String[] lines) {
        int leading = 0;
        int bare = 0;
        for (String raw : lines) {
            String line = raw.replace('\uFF5C', '|');
            if (line.indexOf('\t') >= 0 || !isPipeRow(line) || isPipeSeparator(line)) {
                continue;
            }
            if (line.strip().startsWith("|")) {
                leading++;
            } else {
                bare++;
            }
        }
        return leading >= bare;
    }

    private static List<Cell> pipeCells(String line, int lineIndex, boolean leadingPipes) {
        String s = line.stripTrailing();
        int first = s.indexOf('|');
        boolean leading = leadingPipes && s.substring(0, first).isBlank();
        int from = leading ? first + 1 : 0;
        int to = s.endsWith("|") && s.length() - 1 >= from ? s.length() - 1 : s.length();
        return split(s.substring(from, to), lineIndex, '|', from);
    }

    private static String where(int lineIndex, int charIndex) {
        return "line " + (lineIndex + 1) + " col " + (charIndex + 1);
    }

    private static boolean looksBinary(String text) {
        int limit = Math.min(text.length(), 4096);
        int bad = 0;
        for (int k = 0; k < limit; k++) {
            char c = text.charAt(k);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                bad++;
            }
        }
        return limit > 0 && bad * 20 > limit;
    }
}
