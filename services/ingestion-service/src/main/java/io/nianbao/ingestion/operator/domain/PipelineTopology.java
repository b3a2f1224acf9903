package io.nianbao.ingestion.operator.domain;

import io.nianbao.events.Topics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of the pipeline as the console shows them: which service runs each, what it consumes (topic,
 * consumer group, dead-letter topic) and what it produces. The same facts as the topic table in
 * docs/architecture.md.
 */
public final class PipelineTopology {

    /** A service of the pipeline and the history statuses that count as its output (for rates). */
    public enum Service {
        INGESTION("ingestion-service", "接收服务"),
        PARSING("parsing-service", "解析服务"),
        VALIDATION("validation-service", "审查服务"),
        NOTIFICATION("notification-service", "通知服务");

        private final String id;
        private final String label;

        Service(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The consumer-group name, which is the service's name. */
        public String group() {
            return id;
        }

        /** The short word used in dead-letter topic names: ingestion, parsing, … */
        public String shortName() {
            return id.substring(0, id.indexOf('-'));
        }
    }

    /** A topic a stage consumes, with its consumer group and dead-letter topic. */
    public record Input(String topic, String group, String deadLetterTopic) {

        static Input of(String topic, Service service) {
            return new Input(topic, service.group(), Topics.deadLetter(topic, service.shortName()));
        }
    }

    /**
     * One stage.
     *
     * @param id      stable id: intake, parsing, validation, notification, tracking
     * @param label   Chinese name shown in the console
     * @param inputs  consumed topics, the main one first (empty for intake, which reads HTTP)
     * @param output  the produced topic, or null (tracking writes MongoDB only)
     */
    public record Stage(String id, String label, Service service, List<Input> inputs, String output) {
    }

    public static final List<Stage> STAGES = List.of(
            new Stage("intake", "接收", Service.INGESTION, List.of(), Topics.SUBMITTED),
            new Stage("parsing", "解析", Service.PARSING, List.of(Input.of(Topics.SUBMITTED, Service.PARSING)),
                    Topics.PARSED),
            new Stage("validation", "审查", Service.VALIDATION, List.of(Input.of(Topics.PARSED, Service.VALIDATION)),
                    Topics.VALIDATED),
            new Stage("notification", "通知", Service.NOTIFICATION, List.of(
                    Input.of(Topics.VALIDATED, Service.NOTIFICATION),
                    Input.of(Topics.SUBMITTED, Service.NOTIFICATION),
                    Input.of(Topics.AGENCIES, Service.NOTIFICATION)), Topics.NOTICES),
            new Stage("tracking", "进度跟踪", Service.INGESTION, List.of(
                    Input.of(Topics.PARSED, Service.INGESTION),
                    Input.of(Topics.VALIDATED, Service.INGESTION),
                    Input.of(Topics.NOTICES, Service.INGESTION)), null));

    /** The topics records may be replayed onto. */
    public static final Set<String> PIPELINE_TOPICS = Set.of(Topics.SUBMITTED, Topics.PARSED, Topics.VALIDATED,
            Topics.NOTICES, Topics.AGENCIES);

    private PipelineTopology() {
    }

    public static Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>(PIPELINE_TOPICS);
        STAGES.forEach(s -> s.inputs().forEach(i -> topics.add(i.deadLetterTopic())));
        return topics;
    }

    public static Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        STAGES.forEach(s -> s.inputs().forEach(i -> groups.add(i.group())));
        return groups;
    }

    public static boolean isDeadLetterTopic(String topic) {
        return topic.endsWith(".dlq");
    }

    /**
     * The topic a dead-letter topic's records came from: {@code <topic>.<consumer>.dlq} → {@code <topic>}, when
     * that is a pipeline topic.
     */
    public static Optional<String> originOf(String deadLetterTopic) {
        if (!isDeadLetterTopic(deadLetterTopic)) {
            return Optional.empty();
        }
        String withoutSuffix = deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlq".length());
        int dot = withoutSuffix.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String origin = withoutSuffix.substring(0, dot);
        return PIPELINE_TOPICS.contains(origin) ? Optional.of(origin) : Optional.empty();
    }
}
