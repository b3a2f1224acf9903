package io.nianbao.cli.stack;

import io.nianbao.cli.stack.fake.FakeDevStack;
import io.nianbao.cli.stack.fake.FakeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts real child JVMs (fake dev stack and fake service jars) through {@link LocalStack}. */
class LocalStackTest {

    @TempDir
    Path home;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    private static Path testClasses() throws Exception {
        return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Writes services/<svc>/target/quarkus-app/quarkus-run.jar: a manifest-only jar running {@code mainClass}. */
    private void fakeJar(ServiceName service, Class<?> mainClass) throws Exception {
        Path jar = service.runJar(home);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses().toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // manifest only
        }
    }

    private void allFakeJars() throws Exception {
        for (ServiceName service : ServiceName.values()) {
            fakeJar(service, FakeService.class);
        }
    }

    private StackConfig config(Duration readyTimeout) throws Exception {
        return StackConfig.of(home, home.resolve(".nianbao/demo"), StackPorts.ephemeral(new PortAllocator()))
                .withDevStack(testClasses().toString(), FakeDevStack.class.getName())
                .withReadyTimeout(readyTimeout);
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void startsDevStackThenServicesWithTheirEnvironmentAndStopsThemAll() throws Exception {
        allFakeJars();
        StackConfig config = config(Duration.ofSeconds(60));
        List<ManagedProcess> started;
        try (LocalStack stack = LocalStack.start(config, progress::add)) {
            started = stack.processes();
            assertEquals(5, started.size());
            assertEquals("dev-stack", started.get(0).name());
            assertTrue(started.stream().allMatch(ManagedProcess::isAlive));

            StackPorts ports = config.ports();
            String args = Files.readString(config.devStackDataDir().resolve("args.txt"));
            assertEquals("--data " + config.devStackDataDir() + " --kafka-port " + ports.kafka() + " --mongo-port "
                    + ports.mongo() + " --smtp-port " + ports.smtp() + " --mail-port " + ports.mail(), args);

            int parsingPort = ports.service(ServiceName.PARSING);
            String env = get(URI.create("http://127.0.0.1:" + parsingPort + "/env"));
            assertEquals("{HTTP_PORT=" + parsingPort
                    + ", KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + ports.kafka()
                    + ", MONGODB_DATABASE=nianbao"
                    + ", MONGODB_URI=mongodb://127.0.0.1:" + ports.mongo()
                    + ", NIANBAO_PUBLIC_URL=http://localhost:" + ports.service(ServiceName.INGESTION)
                    + ", QUARKUS_HTTP_HOST=127.0.0.1"
                    + ", SMTP_HOST=127.0.0.1, SMTP_PORT=" + ports.smtp() + "}", env);
            assertEquals(URI.create("http://127.0.0.1:" + ports.service(ServiceName.INGESTION)), stack.apiBase());
            String ingestionEnv = get(URI.create("http://127.0.0.1:" + ports.service(ServiceName.INGESTION) + "/env"));
            assertTrue(ingestionEnv.contains("NIANBAO_PARSING_URL=http://127.0.0.1:" + parsingPort
                    + ", NIANBAO_PUBLIC_URL=http://localhost:" + ports.service(ServiceName.INGESTION)
                    + ", NIANBAO_VALIDATION_URL=http://127.0.0.1:" + ports.service(ServiceName.VALIDATION)), ingestionEnv);
            assertTrue(ingestionEnv.contains("NIANBAO_NOTIFICATION_URL=http://127.0.0.1:"
                    + ports.service(ServiceName.NOTIFICATION)), "the console reaches the other services: " + ingestionEnv);

            assertTrue(Files.readString(config.logDir().resolve("dev-stack.log")).contains("starting fake stack"));
            assertTrue(Files.readString(config.logDir().resolve("validation-service.log")).contains("fake service starting"));
        }
        for (ManagedProcess process : started) {
            assertFalse(process.isAlive(), process.name() + " still running");
        }
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("All services ready")), progress.toString());
    }

    @Test
    void aServiceThatExitsIsNamedWithItsLogAndEverythingStops() throws Exception {
        allFakeJars();
        fakeJar(ServiceName.PARSING, FakeService.Crash.class);
        StackConfig config = config(Duration.ofSeconds(60));
        List<ProcessHandle> before = ProcessHandle.current().children().toList();
        StackException e = assertThrows(StackException.class, () -> LocalStack.start(config, progress::add));
        assertTrue(e.getMessage().startsWith("parsing-service exited with code 3 before it was ready."), e.getMessage());
        assertTrue(e.getMessage().contains(config.logDir().resolve("parsing-service.log").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("boom: cannot connect to Kafka"), e.getMessage());
        List<ProcessHandle> leftover = ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> !before.contains(p)).toList();
        assertEquals(List.of(), leftover);
    }

    @Test
    void aServiceThatNeverGetsReadyTimesOutNamingTheProbe() throws Exception {
        allFakeJars();
        fakeJar(ServiceName.VALIDATION, FakeService.NeverReady.class);
        StackConfig config = config(Duration.ofSeconds(8));
        StackException e = assertThrows(StackException.class, () -> LocalStack.start(config, progress::add));
        int port = config.ports().service(ServiceName.VALIDATION);
        assertTrue(e.getMessage().startsWith("validation-service was not ready within 8 s (GET http://127.0.0.1:"
                + port + "/q/health/ready did not answer 200)."), e.getMessage());
        assertTrue(e.getMessage().contains("validation-service.log"), e.getMessage());
    }

    @Test
    void missingJarsAreListedBeforeAnythingStarts() throws Exception {
        fakeJar(ServiceName.INGESTION, FakeService.class);
        StackException e = assertThrows(StackException.class, () -> LocalStack.start(config(Duration.ofSeconds(5)), progress::add));
        assertTrue(e.getMessage().contains("services/parsing-service/target/quarkus-app/quarkus-run.jar"), e.getMessage());
        assertFalse(e.getMessage().contains("ingestion-service"), e.getMessage());
        assertFalse(Files.exists(home.resolve(".nianbao/demo/logs/dev-stack.log")));
    }

    @Test
    void leftoversOfACrashedLauncherAreStoppedButNotThoseOfARunningOne() throws Exception {
        Path state = home.resolve("state");
        Files.createDirectories(state);
        int kafkaPort = new PortAllocator().freePorts(1)[0];
        Process orphan = new ProcessBuilder(StackConfig.currentJava(), "-cp", testClasses().toString(),
                FakeDevStack.class.getName(), "--data", state.resolve("d").toString(), "--kafka-port", Integer.toString(kafkaPort),
                "--mongo-port", "1", "--smtp-port", "2", "--mail-port", "3")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        try {
            Files.writeString(LocalStack.pidFile(state), ProcessHandle.current().pid() + " launcher\n" + orphan.pid() + " dev-stack\n");
            assertEquals(0, LocalStack.reapLeftovers(state));
            assertTrue(orphan.isAlive());
            assertEquals(java.util.Optional.of(orphan.pid()), LocalStack.runningLauncher(writeLauncher(state, orphan.pid())));

            Process gone = new ProcessBuilder(StackConfig.currentJava(), "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            gone.waitFor();
            Files.writeString(LocalStack.pidFile(state), gone.pid() + " launcher\n" + orphan.pid() + " dev-stack\n");
            assertEquals(1, LocalStack.reapLeftovers(state));
            assertFalse(orphan.isAlive());
            assertFalse(Files.exists(LocalStack.pidFile(state)));
            assertEquals(java.util.Optional.empty(), LocalStack.runningLauncher(state));
        } finally {
            orphan.destroyForcibly();
        }
    }

    private static Path writeLauncher(Path dir, long pid) throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(LocalStack.pidFile(other), pid + " launcher\n");
        return other;
    }
}
