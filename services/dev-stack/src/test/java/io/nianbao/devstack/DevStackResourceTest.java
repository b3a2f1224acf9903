package io.nianbao.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Quarkus test resource, exercised without Quarkus. */
class DevStackResourceTest {

    @Test
    void startsOneSharedStackAndHandsItsAddressesToQuarkus() {
        Map<String, String> config = new DevStackResource().start();
        DevStack stack = DevStackResource.stack();

        assertSame(stack, DevStackResource.stack());
        assertEquals(config, new DevStackResource().start(), "a second test class reuses the same stack");
        assertEquals(stack.kafkaBootstrap(), config.get("kafka.bootstrap.servers"));
        assertEquals(stack.mongoConnectionString(), config.get("quarkus.mongodb.connection-string"));
        assertEquals("127.0.0.1", config.get("quarkus.mailer.host"));
        assertEquals(String.valueOf(stack.smtpPort()), config.get("quarkus.mailer.port"));
        assertEquals("false", config.get("quarkus.mailer.mock"));
        assertEquals("false", config.get("quarkus.kafka.devservices.enabled"));
        assertEquals("false", config.get("quarkus.mongodb.devservices.enabled"));
        assertEquals(7, config.size());
    }
}
