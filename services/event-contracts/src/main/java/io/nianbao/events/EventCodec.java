package io.nianbao.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.model.ReportJson;

/**
 * JSON encoding of the events. Consumers read the record value as a String and decode it here, so that a
 * record that is not valid JSON for its type fails with a clear {@link InvalidEventException} and goes to
 * the consumer's dead-letter topic with its original text intact.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = ReportJson.mapper();

    private EventCodec() {
    }

    public static String encode(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty " + type.getSimpleName() + " record");
        }
        try {
            T event = MAPPER.readValue(json, type);
            if (event instanceof PipelineEvent pe && (pe.submissionId() == null || pe.submissionId().isBlank())) {
                throw new InvalidEventException(type.getSimpleName() + " without submissionId");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
