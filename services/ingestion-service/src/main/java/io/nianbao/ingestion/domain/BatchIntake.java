package io.nianbao.ingestion.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides what becomes of each extracted entry of one batch: which agency it is for (the manifest, else the
 * batch's agency, else the agency its title names), whether it repeats an earlier entry, and submits it through
 * {@link SubmissionService#submit} like any single upload. A refusal of the submission (e.g. an unknown agency
 * in the manifest) rejects only that entry.
 */
final class BatchIntake {

    private final String batchId;
    private final Manifest.Assignment manifest;
    private final String batchAgencyId;
    private final SubmissionService submissions;
    private final AgencyRecognizer recognizer;
    private final Supplier<AgencyIndex> agencies;
    private final Map<String, String> firstWithContent = new HashMap<>();
    private AgencyIndex index;

    BatchIntake(String batchId, Manifest.Assignment manifest, String batchAgencyId, SubmissionService submissions,
                AgencyRecognizer recognizer, Supplier<AgencyIndex> agencies) {
        this.batchId = batchId;
        this.manifest = manifest;
        this.batchAgencyId = batchAgencyId;
        this.submissions = submissions;
        this.recognizer = recognizer;
        this.agencies = agencies;
    }

    BatchFile take(ZipItem item) {
        if (!item.accepted()) {
            return BatchFile.rejected(item.name(), manifest.agencyFor(item.name()), item.rejection());
        }
        String agencyId = manifest.agencyFor(item.name());
        if (agencyId == null) {
            agencyId = batchAgencyId;
        }
        if (agencyId == null) {
            AgencyRecognizer.Recognition recognition = recognizer.recognise(item.name(), item.file(), index());
            if (recognition.rejection() != null) {
                return BatchFile.rejected(item.name(), null, recognition.rejection());
            }
            agencyId = recognition.agencyId();
        }
        String first = firstWithContent.putIfAbsent(agencyId + "\n" + item.sha256(), item.name());
        if (first != null) {
            return BatchFile.rejected(item.name(), agencyId, Rejections.duplicateContent(first));
        }
        try {
            StoredFile file = new StoredFile(item.file(), EntryNames.baseName(item.name()),
                    EntryNames.contentType(item.name()), item.size());
            SubmissionService.Received received = submissions.submit(agencyId, file, batchId);
            return BatchFile.submitted(item.name(), agencyId, received.submission().getString("_id"));
        } catch (ApiException e) {
            return BatchFile.rejected(item.name(), agencyId, e.getMessage());
        }
    }

    private AgencyIndex index() {
        if (index == null) {
            index = agencies.get();
        }
        return index;
    }
}
