package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Decides what becomes of each entry of one batch, in the zip's order: which agency it is for (the manifest,
 * else the batch's agency, else the agency its title names) and whether it repeats an earlier entry. Accepted
 * entries are submitted through {@link SubmissionService#submit} like any single upload, several at a time on
 * {@code executor} (each submission waits on MongoDB and Kafka); at most {@code maxInFlight} extracted files wait
 * on disk. A refusal of the submission (e.g. an unknown agency in the manifest) rejects only that entry.
 */
final class BatchIntake implements AutoCloseable {

    private final String batchId;
    private final Manifest.Assignment manifest;
    private final String batchAgencyId;
    private final SubmissionService submissions;
    private final AgencyRecognizer recognizer;
    private final Supplier<AgencyIndex> agencies;
    private final ExecutorService executor;
    private final Semaphore inFlight;
    private final Map<String, String> firstWithContent = new HashMap<>();
    private final List<Future<BatchFile>> files = new ArrayList<>();
    private AgencyIndex index;

    BatchIntake(String batchId, Manifest.Assignment manifest, String batchAgencyId, SubmissionService submissions,
                AgencyRecognizer recognizer, Supplier<AgencyIndex> agencies, ExecutorService executor,
                int maxInFlight) {
        this.batchId = batchId;
        this.manifest = manifest;
        this.batchAgencyId = batchAgencyId;
        this.submissions = submissions;
        this.recognizer = recognizer;
        this.agencies = agencies;
        this.executor = executor;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** Takes the next entry; an accepted one's file is taken over (moved) and submitted in the background. */
    void take(ZipItem item) {
        if (!item.accepted()) {
            done(BatchFile.rejected(item.name(), manifest.agencyFor(item.name()), item.rejection()));
            return;
        }
        String agencyId = manifest.agencyFor(item.name());
        if (agencyId == null) {
            agencyId = batchAgencyId;
        }
        if (agencyId == null) {
            AgencyRecognizer.Recognition recognition = recognizer.recognise(item.name(), item.file(), index());
            if (recognition.rejection() != null) {
                done(BatchFile.rejected(item.name(), null, recognition.rejection()));
                return;
            }
            agencyId = recognition.agencyId();
        }
        String first = firstWithContent.putIfAbsent(agencyId + "\n" + item.sha256(), item.name());
        if (first != null) {
            done(BatchFile.rejected(item.name(), agencyId, Rejections.duplicateContent(first)));
            return;
        }
        Path file = takeOver(item.file());
        String agency = agencyId;
        inFlight.acquireUninterruptibly();
        try {
            files.add(executor.submit(() -> submit(item, agency, file)));
        } catch (RuntimeException e) {
            inFlight.release();
            delete(file);
            throw e;
        }
    }

    /** Every entry's outcome in the order taken, once all submissions are done; a failure other than a refusal fails the batch. */
    List<BatchFile> files() {
        List<BatchFile> out = new ArrayList<>();
        for (Future<BatchFile> file : files) {
            try {
                out.add(file.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while submitting batch " + batchId, e);
            }
        }
        return out;
    }

    /** Waits until no submission of this batch runs any more (each deletes its file when done). */
    @Override
    public void close() {
        for (Future<BatchFile> file : files) {
            try {
                file.get();
            } catch (ExecutionException | RuntimeException e) {
                // reported by files()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private BatchFile submit(ZipItem item, String agencyId, Path file) {
        try {
            StoredFile stored = new StoredFile(file, EntryNames.baseName(item.name()),
                    EntryNames.contentType(item.name()), item.size());
            SubmissionService.Received received = submissions.submit(agencyId, stored, batchId);
            return BatchFile.submitted(item.name(), agencyId, received.submission().getString("_id"));
        } catch (ApiException e) {
            return BatchFile.rejected(item.name(), agencyId, e.getMessage());
        } finally {
            delete(file);
            inFlight.release();
        }
    }

    private void done(BatchFile file) {
        files.add(CompletableFuture.completedFuture(file));
    }

    private AgencyIndex index() {
        if (index == null) {
            index = agencies.get();
        }
        return index;
    }

    private static Path takeOver(Path extracted) {
        try {
            Path owned = Files.createTempFile("nianbao-batch-", ".part");
            return Files.move(extracted, owned, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep an extracted batch entry", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
