package io.nianbao.ingestion.domain;

/**
 * One entry of a batch as received: submitted (with its submission id) or rejected (with the reason).
 *
 * @param name         the entry's path in the zip
 * @param agencyId     the agency it was submitted for (null when rejected before an agency was known)
 * @param submissionId the submission it became (null when rejected)
 * @param reason       why it was rejected (null when submitted)
 */
public record BatchFile(String name, String agencyId, String submissionId, String reason) {

    public static BatchFile submitted(String name, String agencyId, String submissionId) {
        return new BatchFile(name, agencyId, submissionId, null);
    }

    public static BatchFile rejected(String name, String agencyId, String reason) {
        return new BatchFile(name, agencyId, null, reason);
    }

    public boolean accepted() {
        return submissionId != null;
    }
}
