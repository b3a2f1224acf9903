package io.nianbao.validation.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.events.ReportValidated;
import io.nianbao.metrics.MetricNames;
import io.nianbao.validation.messaging.ReplayPublisher;
import io.nianbao.validation.repository.ReplayRun;
import io.nianbao.validation.repository.ReplayRunStore;
import io.nianbao.validation.repository.StoredReport;
import io.nianbao.validation.repository.ValidationStore;
import io.nianbao.web.ApiException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-validates stored reports with the current catalogue (after a catalogue change). Each result is stored as a
 * new result of the run, beside the older ones, and published to {@code reports.validated}. Runs execute one
 * after another on a background thread; {@link #start} answers as soon as the selection is known.
 */
@ApplicationScoped
public class ReplayService {

    /** The most submission ids one request may list. */
    public static final int MAX_IDS = 10_000;

    private static final Logger LOG = Logger.getLogger(ReplayService.class);

    private final ValidationStore store;
    private final ReplayRunStore runs;
    private final ReportValidator validator;
    private final ReplayPublisher publisher;
    private final MeterRegistry metrics;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "validation-replay");
        t.setDaemon(true);
        return t;
    });

    public ReplayService(ValidationStore store, ReplayRunStore runs, ReportValidator validator,
                         ReplayPublisher publisher, MeterRegistry metrics) {
        this.store = store;
        this.runs = runs;
        this.validator = validator;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Starts a replay of the selected stored reports: the listed submissions, the agency's reports, both
     * restrictions together, or (neither given) every stored report.
     *
     * @throws ApiException 400 for an empty or oversized id list or a blank agency id; 404 when a listed
     *                      submission has no stored report, or the agency has none
     */
    public ReplayRun start(List<String> submissionIds, String agencyId) {
        List<String> wanted = checkIds(submissionIds);
        if (agencyId != null && agencyId.isBlank()) {
            throw ApiException.badRequest("invalid-agency", "agencyId 不能为空 / agencyId must not be blank");
        }
        List<String> ids = store.reportIds(wanted, agencyId);
        if (wanted != null && ids.size() < wanted.size()) {
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(ids);
            throw ApiException.notFound("unknown-submission", "以下报送没有可重新审查的报告（未收到或无法读取）"
                    + " / no stored readable report for: " + shortList(missing));
        }
        if (agencyId != null && ids.isEmpty()) {
            throw ApiException.notFound("no-reports", "机关 " + agencyId + " 没有可重新审查的报告"
                    + " / no stored report of agency " + agencyId);
        }
        String runId = RunIds.newReplay();
        runs.start(runId, validator.catalogueVersion(), wanted, agencyId, ids.size());
        LOG.infof("replay %s of %d stored reports with catalogue %s", runId, ids.size(),
                validator.catalogueVersion());
        executor.execute(() -> run(runId, ids));
        return runs.find(runId).orElseThrow();
    }

    public Optional<ReplayRun> find(String runId) {
        return runs.find(runId);
    }

    private void run(String runId, List<String> ids) {
        MDC.put("replayRun", runId);
        try {
            for (String id : ids) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.warnf("replay %s interrupted by shutdown; it stays RUNNING", runId);
                    return;
                }
                runs.progress(runId, replay(runId, id));
            }
            runs.finish(runId);
            LOG.infof("replay %s done", runId);
        } catch (RuntimeException e) {
            LOG.errorf("replay %s stopped: %s", runId, e.getMessage());
        } finally {
            MDC.remove("replayRun");
        }
    }

    private boolean replay(String runId, String submissionId) {
        MDC.put("submissionId", submissionId);
        try {
            StoredReport stored = store.report(submissionId).orElse(null);
            if (stored == null) {
                LOG.warn("stored report vanished before its replay");
                return count(false);
            }
            ReportValidated result = validator.revalidate(stored);
            store.saveResult(result, runId);
            publisher.publish(result);
            LOG.infof("replayed: %s (%d findings, catalogue %s)", result.verdict(), result.findings().size(),
                    result.catalogueVersion());
            return count(true);
        } catch (RuntimeException e) {
            LOG.errorf("replay failed: %s", e.getMessage());
            return count(false);
        } finally {
            MDC.remove("submissionId");
        }
    }

    private boolean count(boolean ok) {
        metrics.counter(MetricNames.VALIDATION_REPLAYED, "outcome", ok ? "validated" : "failed").increment();
        return ok;
    }

    private static List<String> checkIds(List<String> submissionIds) {
        if (submissionIds == null) {
            return null;
        }
        if (submissionIds.isEmpty()) {
            throw ApiException.badRequest("empty-selection", "submissionIds 为空：要重新审查全部报告请省略该字段"
                    + " / submissionIds is empty; omit it to replay every stored report");
        }
        if (submissionIds.size() > MAX_IDS) {
            throw ApiException.badRequest("too-many-ids", "submissionIds 最多 " + MAX_IDS + " 个"
                    + " / at most " + MAX_IDS + " submission ids per request");
        }
        if (submissionIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw ApiException.badRequest("invalid-submission-id", "submissionIds 含空值 / a submission id is blank");
        }
        return List.copyOf(new LinkedHashSet<>(submissionIds));
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " … (" + ids.size() + ")";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
