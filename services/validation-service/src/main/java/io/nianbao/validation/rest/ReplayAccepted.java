package io.nianbao.validation.rest;

/** Answer to a replay request: the run id (stored with each of its results) and how many reports it covers. */
public record ReplayAccepted(String runId, int count, String catalogueVersion) {
}
