package io.nianbao.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs DevStackMain as a real process, the way {@code ./nianbao up} does. */
class DevStackMainTest {

    private static final Pattern READY = Pattern.compile("NIANBAO-DEVSTACK READY kafka=127\\.0\\.0\\.1:(\\d+)"
            + " mongo=mongodb://127\\.0\\.0\\.1:(\\d+) smtp=127\\.0\\.0\\.1:(\\d+) mail=http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dataDir;

    @Test
    void failsWithOneClearLineAndExitCodeOneWhenTheKafkaPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();

            Process process = launch("--data", dataDir.toString(), "--kafka-port", String.valueOf(port),
                    "--mongo-port", "0", "--smtp-port", "0", "--mail-port", "0");
            List<String> out = lines(process.getInputStream().readAllBytes());
            List<String> err = lines(process.getErrorStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));

            assertEquals(1, process.exitValue());
            assertEquals(List.of(), out);
            assertEquals(List.of("NIANBAO-DEVSTACK FAILED Kafka port " + port
                    + " on 127.0.0.1 is already in use (use --kafka-port to pick another)"), err);
            assertFalse(Files.exists(dataDir.resolve(DevStackMain.FACTS_FILE)));
        }
    }

    @Test
    void printsOneReadyLineWritesTheFactsAndStopsCleanlyOnSigterm() throws Exception {
        Process process = launch("--data", dataDir.toString(), "--kafka-port", "0", "--mongo-port", "0",
                "--smtp-port", "0", "--mail-port", "0");
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertNotNull(line, () -> "no READY line; stderr: " + stderrOf(process));
            Matcher ready = READY.matcher(line);
            assertTrue(ready.matches(), line);

            Document facts = Document.parse(Files.readString(dataDir.resolve(DevStackMain.FACTS_FILE)));
            assertEquals("127.0.0.1:" + ready.group(1), facts.getString("kafka"));
            assertEquals("mongodb://127.0.0.1:" + ready.group(2), facts.getString("mongo"));
            assertEquals("127.0.0.1:" + ready.group(3), facts.getString("smtp"));
            assertEquals(Integer.parseInt(ready.group(3)), facts.getInteger("smtpPort"));
            assertEquals("http://127.0.0.1:" + ready.group(4) + "/", facts.getString("mail"));
            assertEquals(process.pid(), facts.get("pid", Number.class).longValue());
            assertTrue(Files.exists(dataDir.resolve("logs/devstack.log")));

            process.toHandle().destroy(); // SIGTERM, keeps our ends of the pipes open
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(null, out.readLine(), "nothing but the READY line on stdout");
        }
        assertEquals("", stderrOf(process));
        assertFalse(Files.exists(dataDir.resolve(DevStackMain.FACTS_FILE)));
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> DevStackMain.parse(new String[] {"--kafka-port", "9092"}));
        assertThrows(IllegalArgumentException.class,
                () -> DevStackMain.parse(new String[] {"--data", "x", "--kafka-port", "abc"}));
        assertThrows(IllegalArgumentException.class,
                () -> DevStackMain.parse(new String[] {"--data", "x", "--mongo-port", "70000"}));
        assertThrows(IllegalArgumentException.class, () -> DevStackMain.parse(new String[] {"--data", "x", "--nope", "1"}));
        assertThrows(IllegalArgumentException.class, () -> DevStackMain.parse(new String[] {"--data"}));
    }

    @Test
    void usesTheWellKnownPortsByDefault() {
        DevStackConfig config = DevStackMain.parse(new String[] {"--data", "stack"});
        assertEquals(Path.of("stack").toAbsolutePath(), config.dataDir());
        assertEquals(9092, config.kafkaPort());
        assertEquals(27017, config.mongoPort());
        assertEquals(3025, config.smtpPort());
        assertEquals(8025, config.mailViewerPort());
    }

    private static Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", testClassPath(), DevStackMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null ? surefire : System.getProperty("java.class.path");
    }

    private static String stderrOf(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
