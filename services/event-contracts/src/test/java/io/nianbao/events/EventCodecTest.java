package io.nianbao.events;

import io.nianbao.model.Applications;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.model.Source;
import io.nianbao.model.Tables;
import io.nianbao.model.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCodecTest {

    @Test
    void parsedReportSurvivesTheRoundTripWithBlankCellsKeptNull() {
        Applications t3 = Applications.empty().row("newReceived", 1, 0, null, 0, 0, 0, 1);
        Report report = new Report(1, new Source("a.txt", "txt", "GB18030", "ab12"), "青禾县自然资源局", 2024,
                LocalDate.of(2025, 1, 20), "2021", List.of(), new Tables(null, t3, null), null);
        ReportParsed event = new ReportParsed("s1", "a1", "青禾县自然资源局", "a.txt", Instant.parse("2025-01-21T08:00:00Z"),
                ParseStatus.PARSED, report, null, Instant.parse("2025-01-21T08:00:01Z"));

        String json = EventCodec.encode(event);
        ReportParsed back = EventCodec.decode(json, ReportParsed.class);

        assertTrue(json.contains("\"publishedOn\":\"2025-01-20\""), json);
        assertEquals(event.report().tables().applications().rows(), back.report().tables().applications().rows());
        assertNull(back.report().tables().applications().cell("newReceived", 2));
        assertEquals(LocalDate.of(2025, 1, 20), back.report().publishedOn());
        assertEquals(event, back);
    }

    @Test
    void findingsKeepLowercaseSeverity() {
        Finding f = Finding.of("T3-ROW-TOTAL", Severity.ERROR, "总计不等", List.of("applications.granted.total"), 1, 0);
        ReportValidated v = new ReportValidated("s1", "a1", "a.txt", "x", 2024, Verdict.FAILED, List.of(f), "1",
                Instant.EPOCH);

        String json = EventCodec.encode(v);

        assertTrue(json.contains("\"severity\":\"error\""), json);
        assertEquals(v, EventCodec.decode(json, ReportValidated.class));
    }

    @Test
    void garbageAndMissingKeysAreInvalidEvents() {
        assertThrows(InvalidEventException.class, () -> EventCodec.decode("not json", SubmissionReceived.class));
        assertThrows(InvalidEventException.class, () -> EventCodec.decode("", SubmissionReceived.class));
        assertThrows(InvalidEventException.class, () -> EventCodec.decode("{\"agencyId\":\"a\"}", SubmissionReceived.class));
    }
}
