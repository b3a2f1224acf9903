package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Table 2 printed as sub-tables of different widths that Word 97 joined into one table: on the joined grid a
 * sub-table's values stand under their header cells with blank span cells between them.
 */
class ActiveDisclosureGridTest {

    /** A grid row of {@code width} cells with the given texts at the given 1-based columns. */
    private static Row row(int number, int width, Object... columnAndText) {
        String[] texts = new String[width];
        for (int i = 0; i < columnAndText.length; i += 2) {
            texts[(Integer) columnAndText[i] - 1] = (String) columnAndText[i + 1];
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(new Cell(texts[c], "table 1 row " + number + " cell " + (c + 1)));
        }
        return Row.cells(cells, 1);
    }

    @Test
    void valuesAreReadUnderTheirHeaderCellsOnAJoinedGrid() {
        List<Row> rows = List.of(
                row(1, 9, 1, "第二十条第（一）项"),
                row(2, 9, 1, "信息内容", 2, "本年新制作数量", 5, "本年新公开数量", 8, "对外公开总数量"),
                row(3, 9, 1, "规范性文件", 2, "7", 5, "6", 8, "31"),
                row(4, 9, 1, "第二十条第（五）项"),
                row(5, 9, 1, "信息内容", 3, "上一年项目数量", 6, "本年增/减", 9, "处理决定数量"),
                row(6, 9, 1, "行政许可", 3, "112", 6, "-2", 9, "640"),
                row(7, 9, 1, "其他对外管理服务事项", 3, "40", 9, "18"));
        ActiveDisclosure t = ActiveDisclosureExtractor.extract(rows, new HashMap<>());
        assertEquals(new BigDecimal("7"), t.get("normativeDocuments", "newlyMade"));
        assertEquals(new BigDecimal("6"), t.get("normativeDocuments", "newlyPublished"));
        assertEquals(new BigDecimal("31"), t.get("normativeDocuments", "totalPublished"));
        assertEquals(new BigDecimal("112"), t.get("licensing", "previousYear"));
        assertEquals(new BigDecimal("-2"), t.get("licensing", "change"));
        assertEquals(new BigDecimal("640"), t.get("licensing", "decisions"));
        assertNull(t.get("otherServices", "change"));
        assertEquals(new BigDecimal("18"), t.get("otherServices", "decisions"));
    }
}
