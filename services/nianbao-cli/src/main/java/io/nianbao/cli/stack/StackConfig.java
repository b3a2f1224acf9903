package io.nianbao.cli.stack;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How to start the local stack.
 *
 * @param home              the checkout (service jars are under {@code services/<svc>/target})
 * @param stateDir          dev-stack data and logs go here ({@code data/}, {@code logs/})
 * @param ports             every port to listen on
 * @param mongoDatabase     MONGODB_DATABASE for the services
 * @param javaCommand       the {@code java} executable for the child JVMs
 * @param devStackClasspath class path holding the dev stack and its libraries
 * @param devStackMain      the dev stack's main class, normally {@value #DEV_STACK_MAIN}
 * @param readyTimeout      how long each process may take to become ready
 */
public record StackConfig(Path home, Path stateDir, StackPorts ports, String mongoDatabase, String javaCommand,
                          String devStackClasspath, String devStackMain, Duration readyTimeout) {

    public static final String DEV_STACK_MAIN = "io.nianbao.devstack.DevStackMain";

    /** A config using this JVM's {@code java} and class path (which holds the dev stack). */
    public static StackConfig of(Path home, Path stateDir, StackPorts ports) {
        String classpath = absolute(System.getProperty("nianbao.devstack.classpath", System.getProperty("java.class.path")));
        return new StackConfig(home, stateDir, ports, "nianbao", currentJava(), classpath, DEV_STACK_MAIN,
                Duration.ofSeconds(120));
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(home, stateDir, ports, mongoDatabase, javaCommand, devStackClasspath, devStackMain, timeout);
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path devStackDataDir() {
        return stateDir.resolve("devstack");
    }

    /** The same config with another dev-stack class path and main class. */
    public StackConfig withDevStack(String classpath, String mainClass) {
        return new StackConfig(home, stateDir, ports, mongoDatabase, javaCommand, classpath, mainClass, readyTimeout);
    }

    /** The class path with absolute entries: the child JVMs run in the state folder. */
    static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The {@code java} executable of the running JVM. */
    public static String currentJava() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return java.toFile().canExecute() ? java.toString() : "java";
    }
}
