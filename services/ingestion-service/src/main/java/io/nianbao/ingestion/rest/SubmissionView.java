package io.nianbao.ingestion.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.nianbao.model.Finding;
import io.nianbao.model.ReportJson;
import org.bson.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A submission as the API shows it. */
public record SubmissionView(
        String id,
        String agencyId,
        String agencyName,
        String fileName,
        long size,
        String sha256,
        Instant receivedAt,
        String status,
        String verdict,
        String agency,
        Integer year,
        String catalogueVersion,
        List<Finding> findings,
        List<Notice> notices,
        List<HistoryEntry> history) {

    /** The latest delivery state of one notice on one channel. */
    public record Notice(String noticeId, String kind, String channel, String status, int attempts,
                         String lastError, String at) {
    }

    /** One step of the submission's path through the pipeline. */
    public record HistoryEntry(String status, String at, String detail) {
    }

    public static SubmissionView of(Document doc) {
        Document notices = doc.get("notices", Document.class);
        return new SubmissionView(
                doc.getString("_id"),
                doc.getString("agencyId"),
                doc.getString("agencyName"),
                doc.getString("fileName"),
                ((Number) doc.get("size")).longValue(),
                doc.getString("sha256"),
                doc.getDate("receivedAt").toInstant(),
                doc.getString("status"),
                doc.getString("verdict"),
                doc.getString("reportAgency"),
                doc.getInteger("reportYear"),
                doc.getString("catalogueVersion"),
                doc.getList("findings", Document.class, List.of()).stream().map(SubmissionView::finding).toList(),
                notices == null ? List.of() : notices.values().stream()
                        .map(v -> (Document) v)
                        .map(n -> new Notice(n.getString("noticeId"), n.getString("kind"), n.getString("channel"),
                                n.getString("status"), n.getInteger("attempts", 0), n.getString("lastError"),
                                n.getString("at")))
                        .sorted(Comparator.comparing(Notice::at))
                        .toList(),
                doc.getList("history", Document.class, List.of()).stream()
                        .map(h -> new HistoryEntry(h.getString("status"), h.getString("at"), h.getString("detail")))
                        .sorted(Comparator.comparing(HistoryEntry::at))
                        .toList());
    }

    private static Finding finding(Document doc) {
        try {
            return ReportJson.mapper().readValue(doc.toJson(), Finding.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored finding is not readable: " + doc, e);
        }
    }

}
