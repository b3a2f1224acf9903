package io.nianbao.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.cli.demo.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/** The summary of a batch: one row per file (file, agency, status, error rules or rejection reason), then totals. */
public final class BatchTable {

    static final String NONE = "—";
    private static final List<String> HEADERS = List.of("FILE", "AGENCY", "STATUS", "ERROR RULES / REASON");

    private BatchTable() {
    }

    public static String render(JsonNode batch) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (JsonNode file : batch.path("files")) {
            String status = file.path("status").asText();
            String detail = status.equals("REJECTED") ? file.path("reason").asText(NONE) : rules(file.path("errorRules"));
            rows.add(List.of(file.path("name").asText(), text(file.path("agencyId")), status, detail));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == row.size() - 1 ? row.get(c) : DisplayWidth.pad(row.get(c), widths[c] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.append('\n').append(totals(batch)).append('\n').toString();
    }

    /** E.g. {@code Batch 6b12…: 509 files, 500 accepted, 9 rejected; 300 passed, 200 failed (3 unreadable)}. */
    static String totals(JsonNode batch) {
        JsonNode c = batch.path("counts");
        StringBuilder line = new StringBuilder("Batch ").append(batch.path("id").asText()).append(" (")
                .append(batch.path("status").asText()).append("): ")
                .append(c.path("entries").asInt()).append(c.path("entries").asInt() == 1 ? " file, " : " files, ")
                .append(c.path("accepted").asInt()).append(" accepted, ")
                .append(c.path("rejected").asInt()).append(" rejected; ")
                .append(c.path("passed").asInt()).append(" passed, ")
                .append(c.path("failed").asInt()).append(" failed");
        if (c.path("unreadable").asInt() > 0) {
            line.append(" (").append(c.path("unreadable").asInt()).append(" unreadable)");
        }
        int pending = c.path("received").asInt() + c.path("parsed").asInt();
        if (pending > 0) {
            line.append(", ").append(pending).append(" without a verdict yet");
        }
        return line.toString();
    }

    private static String rules(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.asText()));
        return ids.isEmpty() ? NONE : String.join(", ", ids);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : NONE;
    }
}
