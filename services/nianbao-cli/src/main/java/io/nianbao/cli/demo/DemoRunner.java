package io.nianbao.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.cli.api.ApiException;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.stack.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers one agency per file, submits every file and waits for each verdict: what {@code nianbao demo}
 * does once the stack runs, and what the end-to-end test checks.
 */
public final class DemoRunner {

    /** Statuses after which a submission does not change any more. */
    public static final Set<String> FINAL = Set.of("PASSED", "FAILED");

    private final NianbaoClient client;
    private final AgencyNamer namer;
    private final Progress progress;
    private final Duration pollInterval;

    public DemoRunner(NianbaoClient client, AgencyNamer namer, Progress progress, Duration pollInterval) {
        this.client = client;
        this.namer = namer;
        this.progress = progress;
        this.pollInterval = pollInterval;
    }

    /** A submitted file waiting for its verdict. */
    public record Submitted(String file, String agencyId, String agencyName, String submissionId) {
    }

    /**
     * Submits {@code files} and waits at most {@code timeout} for all verdicts.
     *
     * @return one result per file, in the order given
     * @throws DemoTimeoutException naming the files still pending when the time is up
     */
    public List<DemoResult> run(List<Path> files, Duration timeout)
            throws IOException, ApiException, InterruptedException, DemoTimeoutException {
        List<Submitted> submitted = submitAll(files);
        return awaitVerdicts(submitted, timeout);
    }

    /** Registers an agency for each file (id from the file name, name from the report) and submits it. */
    public List<Submitted> submitAll(List<Path> files) throws IOException, ApiException, InterruptedException {
        AgencyIds ids = new AgencyIds();
        List<Submitted> submitted = new ArrayList<>();
        for (Path path : files) {
            String fileName = path.getFileName().toString();
            byte[] content = Files.readAllBytes(path);
            String agencyId = ids.next(fileName);
            String name = namer.agencyOf(fileName, content).orElse(AgencyIds.stem(fileName));
            client.putAgency(agencyId, name, "demo+" + agencyId + "@agencies.local");
            JsonNode receipt = client.submit(agencyId, fileName, content);
            String id = receipt.path("id").asText("");
            if (id.isEmpty()) {
                throw new ApiException(202, "no-id", "POST /api/submissions answered without an id for " + fileName);
            }
            submitted.add(new Submitted(fileName, agencyId, name, id));
            progress.report("Submitted " + fileName + " as " + agencyId + " (" + name + "): " + id);
        }
        return submitted;
    }

    /** Polls {@code GET /api/submissions/{id}} until every submission is PASSED or FAILED. */
    public List<DemoResult> awaitVerdicts(List<Submitted> submitted, Duration timeout)
            throws ApiException, InterruptedException, DemoTimeoutException {
        Map<Submitted, DemoResult> done = new LinkedHashMap<>();
        Map<Submitted, String> lastStatus = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        int reported = -1;
        while (true) {
            for (Submitted s : submitted) {
                if (done.containsKey(s)) {
                    continue;
                }
                JsonNode submission = client.submission(s.submissionId());
                String status = submission.path("status").asText("");
                lastStatus.put(s, status);
                if (FINAL.contains(status)) {
                    done.put(s, toResult(s, submission, status));
                }
            }
            if (done.size() == submitted.size()) {
                break;
            }
            if (done.size() != reported) {
                progress.report("Waiting for verdicts: " + done.size() + "/" + submitted.size() + " done …");
                reported = done.size();
            }
            if (System.nanoTime() > deadline) {
                List<String> pending = submitted.stream().filter(s -> !done.containsKey(s))
                        .map(s -> s.file() + " (" + lastStatus.getOrDefault(s, "?") + ")").toList();
                throw new DemoTimeoutException(timeout.toSeconds(), pending);
            }
            Thread.sleep(pollInterval.toMillis());
        }
        List<DemoResult> results = new ArrayList<>();
        for (Submitted s : submitted) {
            results.add(done.get(s));
        }
        return results;
    }

    private static DemoResult toResult(Submitted s, JsonNode submission, String status) {
        String agency = submission.path("agency").isTextual() && !submission.get("agency").asText().isBlank()
                ? submission.get("agency").asText() : s.agencyName();
        List<JsonNode> findings = new ArrayList<>();
        submission.path("findings").forEach(findings::add);
        return new DemoResult(s.file(), s.submissionId(), s.agencyId(), agency, status, findings);
    }
}
