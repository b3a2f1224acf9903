package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.devstack.ReceivedMail;
import io.nianbao.events.AgencyRegistered;
import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Builds and publishes the events the service consumes, and reads what it produced. */
final class TestEvents {

    static final Finding ROW_TOTAL = Finding.of("T3-ROW-TOTAL", Severity.ERROR,
            "表三「（一）予以公开」行：总计 12 不等于各类申请人之和 11", List.of("applications.granted.total"), 11, 12);
    static final Finding TEMPLATE = Finding.of("TEMPLATE-OUTDATED", Severity.ERROR,
            "报告使用 2019 年试行格式，请改用现行格式", List.of(), "2021", "2019");
    static final Finding OVERVIEW = Finding.of("OVERVIEW-INCOMPLETE", Severity.WARNING,
            "第一部分“总体情况”未涵盖“平台建设”方面", List.of(), null, null);

    /** Upper bound of every wait: generous, the build machines are sometimes very busy. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    RecordMetadata agency(String agencyId, String name, String email, String webhookUrl) {
        return kafka.send(Topics.AGENCIES, agencyId, EventCodec.encode(
                new AgencyRegistered(agencyId, name, email, webhookUrl, Instant.now())));
    }

    static ReportValidated failed(String submissionId, String agencyId, int year, Instant at, Finding... findings) {
        return new ReportValidated(submissionId, agencyId, "2024年报.docx", "临川市市场监督管理局", year,
                Verdict.FAILED, List.of(findings), "test-1", at);
    }

    static ReportValidated passed(String submissionId, String agencyId, int year, Instant at) {
        return new ReportValidated(submissionId, agencyId, "2024年报-修改稿.docx", "临川市市场监督管理局", year,
                Verdict.PASSED, List.of(), "test-1", at);
    }

    RecordMetadata validated(ReportValidated event) {
        return kafka.send(Topics.VALIDATED, event.submissionId(), EventCodec.encode(event));
    }

    /** Waits until the service has processed (committed) the record. */
    void awaitConsumed(RecordMetadata record) {
        await().atMost(PATIENCE).until(() -> kafka.consumed("notification-service", record));
    }

    /** The NoticeSent records published about the submission. */
    List<NoticeSent> notices(String submissionId) {
        return kafka.all(Topics.NOTICES, r -> submissionId.equals(r.key())).stream()
                .map(r -> EventCodec.decode(r.value(), NoticeSent.class)).toList();
    }

    static List<ReceivedMail> mailsTo(String address) {
        return DevStackResource.stack().receivedMails().stream()
                .filter(m -> m.to().stream().anyMatch(t -> t.contains(address))).toList();
    }
}
