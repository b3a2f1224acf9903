package io.nianbao.ingestion.domain;

import io.nianbao.ingestion.config.IngestionConfig;
import io.nianbao.ingestion.repository.AgencyRepository;
import io.nianbao.ingestion.repository.BatchRepository;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.nianbao.web.ApiException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk intake: a zip of reports becomes one batch. Every entry is judged ({@link ZipContents}); each accepted
 * one becomes an ordinary submission tagged with the batch id, each other one is listed with the reason. The
 * batch's progress is read from its submissions' live status.
 */
@ApplicationScoped
public class BatchService {

    private static final Logger LOG = Logger.getLogger(BatchService.class);

    private final SubmissionService submissions;
    private final SubmissionRepository submissionRepository;
    private final AgencyService agencies;
    private final AgencyRepository agencyRepository;
    private final AgencyRecognizer recognizer;
    private final BatchRepository batches;
    private final IngestionConfig config;
    private final ExecutorService executor;

    public BatchService(SubmissionService submissions, SubmissionRepository submissionRepository,
                        AgencyService agencies, AgencyRepository agencyRepository, AgencyRecognizer recognizer,
                        BatchRepository batches, IngestionConfig config) {
        this.submissions = submissions;
        this.submissionRepository = submissionRepository;
        this.agencies = agencies;
        this.agencyRepository = agencyRepository;
        this.recognizer = recognizer;
        this.batches = batches;
        this.config = config;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.batch().parallelism()), r -> {
            Thread t = new Thread(r, "batch-intake-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Receives a zip. {@code agencyId}, when given, is the agency of every entry the manifest does not name.
     *
     * @throws ApiException when the upload as a whole is refused (not a zip, too large, bad manifest …)
     */
    public Batch receive(StoredFile zip, String agencyId) {
        if (zip == null) {
            throw ApiException.badRequest("missing-file", "请上传 zip 文件 / the form field file (a zip) is required");
        }
        if (zip.size() == 0) {
            throw ApiException.badRequest("empty-file", "上传的文件为空 / the uploaded file is empty: " + zip.fileName());
        }
        long max = config.batch().maxZipSize();
        if (zip.size() > max) {
            throw new ApiException(413, "zip-too-large", String.format(
                    "压缩包过大：%d 字节，上限 %d 字节，请分批提交 / the zip is %d bytes, the limit is %d bytes; "
                            + "split it into several batches", zip.size(), max, zip.size(), max));
        }
        String batchAgency = agencyId == null || agencyId.isBlank() ? null : agencies.get(agencyId.strip()).id();
        String id = new ObjectId().toHexString();
        Instant receivedAt = Instant.now();
        List<BatchFile> files = new ArrayList<>();
        try (ZipContents contents = new ZipInspector(limits()).open(zip.path())) {
            Manifest manifest = contents.manifest().map(m -> Manifest.parse(m.name(), m.bytes())).orElse(Manifest.NONE);
            Manifest.Assignment assignment = manifest.assign(contents.names());
            int parallelism = config.batch().parallelism();
            try (BatchIntake intake = new BatchIntake(id, assignment, batchAgency, submissions, recognizer,
                    () -> AgencyIndex.of(agencyRepository.all()), executor, 2 * parallelism)) {
                contents.forEach(intake::take);
                files.addAll(intake.files());
            }
            assignment.unmatched().forEach((name, agency) -> files.add(BatchFile.rejected(EntryNames.display(name),
                    agency, Rejections.notInZip())));
        }
        Batch batch = new Batch(id, name(zip.fileName()), receivedAt, files);
        batches.insert(batch);
        LOG.infof("batch %s (%s): %d entries, %d submitted", id, batch.fileName(), files.size(), batch.accepted());
        return batch;
    }

    public Optional<Batch> find(String id) {
        return batches.find(id);
    }

    /** The batches, newest first, without their file lists. */
    public List<BatchHeader> newest(int limit) {
        return batches.newest(limit);
    }

    /** The live state of every accepted entry of the batch, by submission id. */
    public Map<String, SubmissionState> states(Batch batch) {
        Map<String, SubmissionState> tagged = submissionRepository.statesOfBatches(List.of(batch.id()))
                .getOrDefault(batch.id(), Map.of());
        Map<String, SubmissionState> states = new LinkedHashMap<>();
        for (BatchFile file : batch.files()) {
            if (file.accepted()) {
                states.put(file.submissionId(), tagged.getOrDefault(file.submissionId(), SubmissionState.RECEIVED));
            }
        }
        return states;
    }

    public BatchCounts counts(Batch batch, Map<String, SubmissionState> states) {
        return BatchCounts.of(batch.files().size(), (int) batch.accepted(), states.values());
    }

    /** The counts of several batches (one query for all). */
    public Map<String, BatchCounts> counts(List<BatchHeader> headers) {
        Map<String, Map<String, SubmissionState>> states = submissionRepository.statesOfBatches(
                headers.stream().map(BatchHeader::id).toList());
        Map<String, BatchCounts> counts = new LinkedHashMap<>();
        for (BatchHeader header : headers) {
            counts.put(header.id(), BatchCounts.of(header.entries(), header.accepted(),
                    states.getOrDefault(header.id(), Map.of()).values()));
        }
        return counts;
    }

    private ZipLimits limits() {
        IngestionConfig.Batch batch = config.batch();
        return new ZipLimits(batch.maxEntries(), config.maxFileSize(), batch.maxTotalSize(),
                batch.maxCompressionRatio());
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "batch.zip" : EntryNames.display(EntryNames.baseName(fileName));
    }
}
