package io.nianbao.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode finding(String rule, String severity) throws Exception {
        return JSON.readTree("{\"rule\":\"" + rule + "\",\"severity\":\"" + severity + "\",\"message\":\"说明\","
                + "\"cells\":[\"applications.newReceived.total\"],\"expected\":3,\"actual\":2,\"fingerprint\":\"ab12\"}");
    }

    private static List<DemoResult> results() throws Exception {
        return List.of(
                new DemoResult("01-qinghe.txt", "s1", "01-qinghe", "青禾县自然资源局", "PASSED", List.of()),
                new DemoResult("02-linchuan-market.txt", "s2", "02-linchuan-market", "临川市市场监督管理局", "FAILED",
                        List.of(finding("T3-ROW-TOTAL", "error"), finding("T3-ROW-TOTAL", "error"),
                                finding("T3-BALANCE", "error"), finding("OVERVIEW-INCOMPLETE", "warning"))),
                new DemoResult("06-broken.pdf", "s3", "06-broken", null, "FAILED", List.of(finding("UNREADABLE", "error"))));
    }

    @Test
    void tableHasOneAlignedRowPerFileWithDashForNone() throws Exception {
        String table = ResultTable.render(results());
        List<String> lines = table.lines().toList();
        assertEquals("FILE                    AGENCY                STATUS  ERROR RULES               WARNINGS", lines.get(0));
        assertEquals("01-qinghe.txt           青禾县自然资源局      PASSED  —                         —", lines.get(1));
        assertEquals("02-linchuan-market.txt  临川市市场监督管理局  FAILED  T3-ROW-TOTAL, T3-BALANCE  OVERVIEW-INCOMPLETE", lines.get(2));
        assertEquals("06-broken.pdf           —                     FAILED  UNREADABLE                —", lines.get(3));
        assertEquals("3 reports: 1 passed, 2 failed", lines.get(5));
        int statusColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("STATUS")));
        for (int i = 1; i <= 3; i++) {
            String line = lines.get(i);
            int at = line.indexOf(i == 1 ? "PASSED" : "FAILED");
            assertEquals(statusColumn, DisplayWidth.of(line.substring(0, at)), line);
        }
    }

    @Test
    void jsonIsAnArrayWithTheApiFindingsUnchanged() throws Exception {
        JsonNode array = JSON.readTree(ResultJson.render(results()));
        assertTrue(array.isArray());
        assertEquals(3, array.size());
        JsonNode second = array.get(1);
        assertEquals("02-linchuan-market.txt", second.get("file").asText());
        assertEquals("s2", second.get("submissionId").asText());
        assertEquals("02-linchuan-market", second.get("agencyId").asText());
        assertEquals("临川市市场监督管理局", second.get("agency").asText());
        assertEquals("FAILED", second.get("status").asText());
        assertEquals(JSON.readTree("[\"T3-ROW-TOTAL\",\"T3-BALANCE\"]"), second.get("errorRules"));
        assertEquals(JSON.readTree("[\"OVERVIEW-INCOMPLETE\"]"), second.get("warningRules"));
        assertEquals(4, second.get("findings").size());
        assertEquals(finding("T3-ROW-TOTAL", "error"), second.get("findings").get(0));
        assertTrue(array.get(2).get("agency").isNull());
        assertTrue(array.get(0).get("findings").isEmpty());
    }

    @Test
    void severityIsMatchedWhateverItsCase() throws Exception {
        DemoResult r = new DemoResult("f", "s", "a", "x", "FAILED", List.of(finding("CELL-INVALID", "ERROR")));
        assertEquals(List.of("CELL-INVALID"), r.errorRules());
    }

    @Test
    void displayWidthCountsCjkAsTwoColumns() {
        assertEquals(4, DisplayWidth.of("abcd"));
        assertEquals(8, DisplayWidth.of("青禾县局"));
        assertEquals(6, DisplayWidth.of("（一）"));
        assertEquals(1, DisplayWidth.of("—"));
        assertEquals("青禾  |", DisplayWidth.pad("青禾", 6) + "|");
    }
}
