package io.nianbao.cli.stack;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevStackReadyTest {

    @Test
    void readsTheReadyLine() {
        Optional<DevStackReady> ready = DevStackReady.parse("NIANBAO-DEVSTACK READY kafka=127.0.0.1:9092 "
                + "mongo=mongodb://127.0.0.1:27017 smtp=127.0.0.1:3025 mail=http://127.0.0.1:8025/");
        assertEquals(Optional.of(new DevStackReady("127.0.0.1:9092", "mongodb://127.0.0.1:27017", "127.0.0.1", 3025,
                "http://127.0.0.1:8025/")), ready);
    }

    @Test
    void toleratesALogPrefixAndFieldOrder() {
        Optional<DevStackReady> ready = DevStackReady.parse("[main] INFO NIANBAO-DEVSTACK READY mail=http://h:1/ "
                + "smtp=h:2 mongo=mongodb://h:3 kafka=h:4");
        assertEquals(4, ready.map(r -> Integer.parseInt(r.kafkaBootstrap().substring(2))).orElse(-1));
        assertEquals(2, ready.get().smtpPort());
    }

    @Test
    void ignoresOtherOrIncompleteLines() {
        assertTrue(DevStackReady.parse("Kafka started").isEmpty());
        assertTrue(DevStackReady.parse("NIANBAO-DEVSTACK READY kafka=127.0.0.1:9092").isEmpty());
        assertTrue(DevStackReady.parse("NIANBAO-DEVSTACK READY kafka=a mongo=b smtp=nohost mail=c").isEmpty());
        assertTrue(DevStackReady.parse("NIANBAO-DEVSTACK READY kafka=a mongo=b smtp=h:x mail=c").isEmpty());
    }
}
