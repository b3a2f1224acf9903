package io.nianbao.events;

/** An event about one submission; its Kafka key is the submission id. */
public interface PipelineEvent {

    String submissionId();
}
