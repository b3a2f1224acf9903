package io.nianbao.ingestion.operator.client;

/**
 * One service's readiness as the overview shows it.
 *
 * @param status  {@code UP}, {@code DOWN} (answered 503) or {@code UNREACHABLE} (no answer)
 * @param detail  the checks that are down, or why it could not be reached
 * @param millis  how long the check took
 */
public record ServiceHealth(String id, String label, String url, String status, String detail, long millis) {
}
