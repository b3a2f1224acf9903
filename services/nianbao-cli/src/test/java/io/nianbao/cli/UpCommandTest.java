package io.nianbao.cli;

import io.nianbao.cli.stack.PortAllocator;
import io.nianbao.cli.stack.ServiceName;
import io.nianbao.cli.stack.StackPorts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpCommandTest {

    @Test
    void defaultPortsAndDataDir() throws UsageException {
        UpCommand.Options options = UpCommand.parseOptions(List.of(), Map.of());
        assertEquals(StackPorts.defaults(), options.ports());
        assertEquals(9092, options.ports().kafka());
        assertEquals(27017, options.ports().mongo());
        assertEquals(3025, options.ports().smtp());
        assertEquals(8025, options.ports().mail());
        assertEquals(8080, options.ports().service(ServiceName.INGESTION));
        assertEquals(8083, options.ports().service(ServiceName.NOTIFICATION));
        assertNull(options.dataDir());
    }

    @Test
    void optionsOverrideEnvironmentWhichOverridesDefaults() throws UsageException {
        Map<String, String> env = Map.of("NIANBAO_INGESTION_PORT", "9080", "NIANBAO_KAFKA_PORT", "19092",
                "NIANBAO_DATA", "/srv/nianbao");
        UpCommand.Options options = UpCommand.parseOptions(List.of("--ingestion-port", "7080", "--mail-port=18025"), env);
        assertEquals(7080, options.ports().service(ServiceName.INGESTION));
        assertEquals(19092, options.ports().kafka());
        assertEquals(18025, options.ports().mail());
        assertEquals(8081, options.ports().service(ServiceName.PARSING));
        assertEquals(Path.of("/srv/nianbao"), options.dataDir());
    }

    @Test
    void rejectsTheSamePortTwiceAndBadValues() {
        UsageException twice = assertThrows(UsageException.class,
                () -> UpCommand.parseOptions(List.of("--parsing-port", "8080"), Map.of()));
        assertTrue(twice.getMessage().contains("8080"));
        assertTrue(twice.getMessage().contains("parsing-service"));
        UsageException bad = assertThrows(UsageException.class,
                () -> UpCommand.parseOptions(List.of(), Map.of("NIANBAO_MONGO_PORT", "mongo")));
        assertTrue(bad.getMessage().contains("NIANBAO_MONGO_PORT"));
        assertThrows(UsageException.class, () -> UpCommand.parseOptions(List.of("--smtp-port", "70000"), Map.of()));
        assertThrows(UsageException.class, () -> UpCommand.parseOptions(List.of("extra"), Map.of()));
    }

    @Test
    void busyPortIsNamedAndNothingStarts(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(sink, true, StandardCharsets.UTF_8);
            UpCommand up = new UpCommand(new Console(print, print),
                    Map.of("NIANBAO_INGESTION_PORT", Integer.toString(port), "NIANBAO_DATA", data.toString()), new PortAllocator());
            CliException e = assertThrows(CliException.class, () -> up.run(List.of()));
            assertTrue(e.getMessage().contains("port " + port + " (ingestion-service)"), e.getMessage());
            assertEquals(1, e.exitCode());
            assertEquals("", sink.toString(StandardCharsets.UTF_8));
        }
    }
}
