package io.nianbao.cli.stack;

import io.nianbao.cli.api.NianbaoClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The running local stack: the dev-stack JVM (Kafka, MongoDB protocol store, SMTP) and the four services,
 * each a child process whose output goes to {@code <state>/logs/<name>.log}. Closing it (or the JVM shutting
 * down, e.g. on Ctrl-C) stops every process it started.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final StackConfig config;
    private final Progress progress;
    private final List<ManagedProcess> processes = Collections.synchronizedList(new ArrayList<>());
    private final Map<ServiceName, ManagedProcess> services = new EnumMap<>(ServiceName.class);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stopAll, "nianbao-stack-shutdown");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private DevStackReady devStack;
    private Credentials credentials;

    private LocalStack(StackConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    /**
     * Starts the dev stack, then the four services, and returns once every service answers 200 on
     * {@code /q/health/ready}. On failure everything already started is stopped again.
     *
     * @throws StackException naming the process that failed and its log file
     */
    public static LocalStack start(StackConfig config, Progress progress) throws StackException, InterruptedException {
        LocalStack stack = new LocalStack(config, progress);
        try {
            stack.startAll();
            return stack;
        } catch (StackException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The checks done before anything starts: every service jar is built. */
    public static List<Path> missingJars(Path home) {
        List<Path> missing = new ArrayList<>();
        for (ServiceName service : ServiceName.values()) {
            if (!Files.isRegularFile(service.runJar(home))) {
                missing.add(home.relativize(service.runJar(home)));
            }
        }
        return missing;
    }

    private void startAll() throws StackException, InterruptedException {
        List<Path> missing = missingJars(config.home());
        if (!missing.isEmpty()) {
            throw new StackException("Service jars are missing (" + missing.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + "). Build them with: ./mvnw -B -DskipTests install");
        }
        try {
            Files.createDirectories(config.logDir());
            Files.createDirectories(config.devStackDataDir());
        } catch (IOException e) {
            throw new StackException("Cannot create the state folder " + config.stateDir() + ": " + e.getMessage());
        }
        credentials = Credentials.loadOrCreate(config.stateDir());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        recordPid(ProcessHandle.current().pid(), LAUNCHER);
        long started = System.nanoTime();
        startDevStack();
        progress.report(String.format("Dev stack ready in %.1f s (Kafka %s, MongoDB %s, SMTP %s:%d)",
                seconds(started), devStack.kafkaBootstrap(), devStack.mongoUri(), devStack.smtpHost(), devStack.smtpPort()));
        long servicesStarted = System.nanoTime();
        for (ServiceName service : ServiceName.values()) {
            services.put(service, launch(service.id(), serviceCommand(service), serviceEnvironment(service)));
        }
        progress.report("Starting " + ServiceName.values().length + " services (logs in " + config.logDir() + ") …");
        awaitAllReady();
        progress.report(String.format("All services ready in %.1f s", seconds(servicesStarted)));
    }

    private void startDevStack() throws StackException, InterruptedException {
        StackPorts ports = config.ports();
        List<String> command = List.of(config.javaCommand(), "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", config.devStackClasspath(), config.devStackMain(),
                "--data", config.devStackDataDir().toString(),
                "--kafka-port", Integer.toString(ports.kafka()),
                "--mongo-port", Integer.toString(ports.mongo()),
                "--smtp-port", Integer.toString(ports.smtp()),
                "--mail-port", Integer.toString(ports.mail()));
        progress.report("Starting the dev stack (Kafka, MongoDB, SMTP) …");
        ManagedProcess process = launch("dev-stack", command, Map.of());
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        while (true) {
            Optional<DevStackReady> ready = readyLine(process.logFile());
            if (ready.isPresent()) {
                devStack = ready.get();
                return;
            }
            if (!process.isAlive()) {
                throw new StackException("The dev stack exited with code " + process.process().exitValue()
                        + " before it was ready." + logHint(process));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("The dev stack did not print its READY line within "
                        + config.readyTimeout().toSeconds() + " s." + logHint(process));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static Optional<DevStackReady> readyLine(Path log) {
        try {
            if (!Files.exists(log)) {
                return Optional.empty();
            }
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Optional<DevStackReady> ready = DevStackReady.parse(line);
                if (ready.isPresent()) {
                    return ready;
                }
            }
        } catch (IOException e) {
            // a half-written line in a growing log: read again on the next poll
        }
        return Optional.empty();
    }

    private List<String> serviceCommand(ServiceName service) {
        return List.of(config.javaCommand(), "-Xmx256m", "-jar", service.runJar(config.home()).toString());
    }

    private Map<String, String> serviceEnvironment(ServiceName service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", Integer.toString(config.ports().service(service)));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", devStack.kafkaBootstrap());
        env.put("MONGODB_URI", devStack.mongoUri());
        env.put("MONGODB_DATABASE", config.mongoDatabase());
        env.put("SMTP_HOST", devStack.smtpHost());
        env.put("SMTP_PORT", Integer.toString(devStack.smtpPort()));
        env.put("NIANBAO_PUBLIC_URL", "http://localhost:" + config.ports().service(ServiceName.INGESTION));
        env.put("NIANBAO_OPERATOR_PASSWORD", credentials.operatorPassword());
        env.put("NIANBAO_PLATFORM_PASSWORD", credentials.platformPassword());
        if (service == ServiceName.INGESTION) {
            // the console's overview and re-validation call the other services on the ports they really have
            for (ServiceName other : ServiceName.values()) {
                if (other != ServiceName.INGESTION) {
                    env.put("NIANBAO_" + other.shortName().toUpperCase(java.util.Locale.ROOT) + "_URL",
                            "http://127.0.0.1:" + config.ports().service(other));
                }
            }
        }
        return env;
    }

    /** The file listing the children of the current (or a crashed earlier) run: one "pid name" per line. */
    static Path pidFile(Path stateDir) {
        return stateDir.resolve("pids");
    }

    /** The pid of a launcher that is running a stack in {@code stateDir} right now, if any. */
    public static Optional<Long> runningLauncher(Path stateDir) {
        Path file = pidFile(stateDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts.length == 2 && parts[1].equals(LAUNCHER)) {
                    long pid = Long.parseLong(parts[0]);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        return Optional.of(pid);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unreadable: treat as not running
        }
        return Optional.empty();
    }

    /**
     * Stops processes an earlier run in {@code stateDir} left behind (its launcher was killed with SIGKILL and
     * could not stop them). Nothing is touched while the launcher that wrote the pid file still runs; otherwise
     * only the listed processes whose command line is one of ours are stopped.
     *
     * @return how many were stopped
     */
    public static int reapLeftovers(Path stateDir) {
        Path file = pidFile(stateDir);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        int stopped = 0;
        try {
            if (runningLauncher(stateDir).isPresent()) {
                return 0;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts[0].isEmpty() || (parts.length == 2 && parts[1].equals(LAUNCHER))) {
                    continue;
                }
                Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[0]));
                if (handle.isPresent() && handle.get().isAlive() && isOurs(handle.get())) {
                    handle.get().destroy();
                    try {
                        handle.get().onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        handle.get().destroyForcibly();
                    }
                    stopped++;
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException | NumberFormatException e) {
            // an unreadable pid file is not worth failing the run for
        }
        return stopped;
    }

    private static boolean isOurs(ProcessHandle handle) {
        String commandLine = handle.info().commandLine().orElse("");
        return commandLine.contains("quarkus-run.jar") || commandLine.contains("devstack") || commandLine.contains("DevStack");
    }

    private static final String LAUNCHER = "launcher";

    private void recordPid(ManagedProcess process) {
        recordPid(process.pid(), process.name());
    }

    private void recordPid(long pid, String name) {
        try {
            Files.writeString(pidFile(config.stateDir()), pid + " " + name + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // only used to clean up after a crash
        }
    }

    private ManagedProcess launch(String name, List<String> command, Map<String, String> env) throws StackException {
        Path log = config.logDir().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.stateDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        try {
            ManagedProcess process = new ManagedProcess(name, builder.start(), log);
            processes.add(process);
            recordPid(process);
            return process;
        } catch (IOException e) {
            throw new StackException("Cannot start " + name + ": " + e.getMessage());
        }
    }

    /** Polls every service's readiness together, so a service that dies is reported at once. */
    private void awaitAllReady() throws StackException, InterruptedException {
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        Set<ServiceName> pending = EnumSet.allOf(ServiceName.class);
        while (!pending.isEmpty()) {
            for (ServiceName service : List.copyOf(pending)) {
                ManagedProcess process = services.get(service);
                if (isOk(healthUri(service, "ready"))) {
                    pending.remove(service);
                    progress.report(service.id() + " is ready on port " + config.ports().service(service));
                } else if (!process.isAlive()) {
                    throw new StackException(service.id() + " exited with code " + process.process().exitValue()
                            + " before it was ready." + logHint(process));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceName service = pending.iterator().next();
                throw new StackException(service.id() + " was not ready within " + config.readyTimeout().toSeconds()
                        + " s (GET " + healthUri(service, "ready") + " did not answer 200)." + logHint(services.get(service)));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean isOk(URI uri) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String logHint(ManagedProcess process) {
        StringBuilder hint = new StringBuilder("\nLog: ").append(process.logFile());
        try {
            List<String> lines = Files.readAllLines(process.logFile(), StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 8), lines.size());
            if (!tail.isEmpty()) {
                hint.append("\nLast lines:");
                tail.forEach(line -> hint.append("\n  ").append(line));
            }
        } catch (IOException e) {
            // no log to show: the path is enough
        }
        return hint.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** {@code http://127.0.0.1:<port>/q/health[/kind]} of a service. */
    public URI healthUri(ServiceName service, String kind) {
        return URI.create("http://127.0.0.1:" + config.ports().service(service) + "/q/health" + (kind.isEmpty() ? "" : "/" + kind));
    }

    /** The base of the public API, {@code http://127.0.0.1:<ingestion port>}. */
    public URI apiBase() {
        return URI.create("http://127.0.0.1:" + config.ports().service(ServiceName.INGESTION));
    }

    public StackConfig config() {
        return config;
    }

    /** The logins the services were started with. */
    public Credentials credentials() {
        return credentials;
    }

    /** A client of the public API, logged in as the platform (registers agencies, submits for any). */
    public NianbaoClient platformClient() {
        return NianbaoClient.create(apiBase(), Credentials.PLATFORM, credentials.platformPassword());
    }

    public DevStackReady devStack() {
        return devStack;
    }

    /** The processes started so far, dev stack first. */
    public List<ManagedProcess> processes() {
        synchronized (processes) {
            return List.copyOf(processes);
        }
    }

    /** Blocks until any child process exits (normally never, until the stack is closed) and returns it. */
    public ManagedProcess awaitAnyExit() throws InterruptedException {
        List<ManagedProcess> running = processes();
        CompletableFuture<?>[] exits = running.stream().map(p -> p.process().onExit()).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(exits).get();
        } catch (ExecutionException e) {
            // onExit does not complete exceptionally
        }
        return running.stream().filter(p -> !p.isAlive()).findFirst().orElse(running.get(0));
    }

    /** True once {@link #close()} or the shutdown hook has begun stopping the stack. */
    public boolean isStopping() {
        return stopped.get();
    }

    /** Stops the services, then the dev stack; waits for each to exit. Safe to call more than once. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // already shutting down, or never registered
        }
    }

    private void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ManagedProcess> all = processes();
        long running = all.stream().filter(ManagedProcess::isAlive).count();
        if (running > 0) {
            progress.report("Stopping " + running + (running == 1 ? " process …" : " processes …"));
        }
        List<ManagedProcess> serviceProcesses = all.stream().filter(p -> !p.name().equals("dev-stack")).toList();
        serviceProcesses.forEach(ManagedProcess::requestStop);
        serviceProcesses.forEach(p -> p.awaitStop(STOP_GRACE));
        all.stream().filter(p -> p.name().equals("dev-stack")).forEach(p -> {
            p.requestStop();
            p.awaitStop(STOP_GRACE);
        });
        try {
            Files.deleteIfExists(pidFile(config.stateDir()));
        } catch (IOException e) {
            // a stale pid file only lists processes that are gone
        }
        if (running > 0) {
            progress.report("Stopped.");
        }
    }
}
