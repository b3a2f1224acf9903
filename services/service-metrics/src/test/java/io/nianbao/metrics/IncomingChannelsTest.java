package io.nianbao.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IncomingChannelsTest {

    @Test
    void kafkaConsumersAreReadFromTheChannelConfigurationWithSmallRyesDefaults() {
        Map<String, String> config = Map.ofEntries(
                Map.entry("quarkus.application.name", "ingestion-service"),
                Map.entry("mp.messaging.incoming.parsed-in.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.parsed-in.topic", "reports.parsed"),
                Map.entry("mp.messaging.incoming.parsed-in.group.id", "ingestion-service"),
                Map.entry("mp.messaging.incoming.parsed-in.auto.offset.reset", "earliest"),
                Map.entry("mp.messaging.incoming.parsed-in.failure-strategy", "dead-letter-queue"),
                Map.entry("mp.messaging.incoming.parsed-in.dead-letter-queue.topic", "reports.parsed.ingestion.dlq"),
                Map.entry("mp.messaging.incoming.plain.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.off.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.off.enabled", "false"),
                Map.entry("mp.messaging.incoming.memory.connector", "smallrye-in-memory"),
                Map.entry("mp.messaging.outgoing.out.connector", "smallrye-kafka"));

        List<IncomingChannel> channels = IncomingChannels.from(config.keySet(),
                k -> Optional.ofNullable(config.get(k)));

        assertEquals(List.of(
                new IncomingChannel("parsed-in", "reports.parsed", "ingestion-service", true,
                        "reports.parsed.ingestion.dlq"),
                new IncomingChannel("plain", "plain", "ingestion-service", false, null)), channels);
    }
}
