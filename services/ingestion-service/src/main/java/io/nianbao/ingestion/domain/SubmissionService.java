package io.nianbao.ingestion.domain;

import io.micrometer.core.instrument.Timer;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.ingestion.config.IngestionConfig;
import io.nianbao.ingestion.messaging.EventPublisher;
import io.nianbao.ingestion.repository.RawFileStore;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.Stage;
import io.nianbao.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Receives a file: checks it, stores the bytes, records the submission and publishes it. The submission id is
 * derived from the agency and the file's SHA-256, so the same bytes from the same agency are the same
 * submission. The record is written before the event is published (an outbox): if Kafka does not acknowledge,
 * {@link io.nianbao.ingestion.messaging.OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class);

    private final SubmissionRepository submissions;
    private final RawFileStore rawFiles;
    private final AgencyService agencies;
    private final EventPublisher publisher;
    private final IngestionConfig config;
    private final PipelineMetrics metrics;

    public SubmissionService(SubmissionRepository submissions, RawFileStore rawFiles, AgencyService agencies,
                             EventPublisher publisher, IngestionConfig config, PipelineMetrics metrics) {
        this.submissions = submissions;
        this.rawFiles = rawFiles;
        this.agencies = agencies;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /** Returns the submission's document and whether it was newly created. */
    public Received submit(String agencyId, StoredFile file) {
        return submit(agencyId, file, null);
    }

    /**
     * As {@link #submit(String, StoredFile)}, and tags the submission with {@code batchId} (when not null): a new
     * one is created with the tag, an existing one (the same bytes from the same agency) gets it added.
     */
    public Received submit(String agencyId, StoredFile file, String batchId) {
        if (agencyId == null || agencyId.isBlank()) {
            throw ApiException.badRequest("missing-agency", "请提供 agencyId / the form field agencyId is required");
        }
        Agency agency = agencies.get(agencyId.strip());
        if (file == null) {
            throw ApiException.badRequest("missing-file", "请上传文件 / the form field file is required");
        }
        if (file.size() == 0) {
            throw ApiException.badRequest("empty-file", "上传的文件为空 / the uploaded file is empty: " + file.fileName());
        }
        if (file.size() > config.maxFileSize()) {
            throw new ApiException(413, "file-too-large", String.format(
                    "文件过大：%d 字节，上限 %d 字节 / the file is %d bytes, the limit is %d bytes",
                    file.size(), config.maxFileSize(), file.size(), config.maxFileSize()));
        }
        Timer.Sample sample = metrics.startStage();
        String sha256 = sha256(file);
        String id = submissionId(agency.id(), sha256);
        MDC.put("submissionId", id);
        try {
            Document existing = submissions.find(id).orElse(null);
            if (existing != null) {
                LOG.infof("same file from agency %s again; returning the existing submission", agency.id());
                metrics.report(Stage.RECEIVED, "duplicate", file.fileName());
                tag(id, batchId);
                return new Received(existing, false);
            }
            String fileName = safeName(file.fileName());
            String rawId = rawFiles.store(file.path(), fileName, new Document("agencyId", agency.id())
                    .append("sha256", sha256).append("contentType", file.contentType()));
            Instant now = Instant.now();
            Document doc = new Document("_id", id)
                    .append("agencyId", agency.id())
                    .append("agencyName", agency.name())
                    .append("fileName", fileName)
                    .append("contentType", file.contentType())
                    .append("size", file.size())
                    .append("sha256", sha256)
                    .append("rawFileId", rawId)
                    .append("receivedAt", Date.from(now))
                    .append("status", SubmissionStatus.RECEIVED.name())
                    .append("statusRank", SubmissionStatus.RECEIVED.rank())
                    .append("published", false)
                    .append("findings", List.of())
                    .append("notices", new Document())
                    .append("history", List.of(new Document("status", "RECEIVED").append("at", now.toString())));
            if (batchId != null) {
                doc.append("batchIds", List.of(batchId));
            }
            if (!submissions.insertIfAbsent(doc)) {
                metrics.report(Stage.RECEIVED, "duplicate", fileName);
                tag(id, batchId);
                return new Received(submissions.find(id).orElseThrow(), false);
            }
            LOG.infof("received %s (%d bytes) from agency %s", fileName, file.size(), agency.id());
            try {
                publish(doc);
            } catch (RuntimeException e) {
                LOG.warnf("Kafka did not acknowledge the submission yet (%s); the outbox relay will retry",
                        e.getMessage());
            }
            metrics.stageDone(Stage.RECEIVED, sample);
            metrics.report(Stage.RECEIVED, "accepted", fileName);
            return new Received(submissions.find(id).orElse(doc), true);
        } finally {
            MDC.remove("submissionId");
        }
    }

    private void tag(String id, String batchId) {
        if (batchId != null) {
            submissions.addBatch(id, batchId);
        }
    }

    /** Publishes the submission's event and marks it published once the broker acknowledged it. */
    public void publish(Document doc) {
        publisher.submitted(new SubmissionReceived(doc.getString("_id"), doc.getString("agencyId"),
                doc.getString("agencyName"), doc.getString("fileName"), doc.getString("contentType"),
                ((Number) doc.get("size")).longValue(), doc.getString("sha256"), doc.getString("rawFileId"),
                doc.getDate("receivedAt").toInstant()));
        submissions.markPublished(doc.getString("_id"));
    }

    static String submissionId(String agencyId, String sha256) {
        return sha256Hex((agencyId + "\n" + sha256).getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "unnamed" : base;
    }

    private static String sha256(StoredFile file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A submission document and whether this request created it. */
    public record Received(Document submission, boolean created) {
    }
}
