package io.nianbao.cli.e2e;

import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.PortAllocator;
import io.nianbao.cli.stack.Progress;
import io.nianbao.cli.stack.StackConfig;
import io.nianbao.cli.stack.StackException;
import io.nianbao.cli.stack.StackPorts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end tests' stack, started as {@code nianbao demo} starts it: the dev stack and the four service jars
 * as separate processes on free ports, state in {@code services/nianbao-cli/target/<name>} (wiped first).
 *
 * @param home    the checkout
 * @param workDir the test's own folder
 * @param stack   the running stack (close it after the test)
 */
record E2eStack(Path home, Path workDir, LocalStack stack) {

    static E2eStack start(String name, Progress log) throws IOException, StackException, InterruptedException {
        Path home = Path.of(System.getProperty("nianbao.home", "../..")).toAbsolutePath().normalize();
        List<Path> missing = LocalStack.missingJars(home);
        assertTrue(missing.isEmpty(), "build the services first (./mvnw -DskipTests install); missing: " + missing);
        Path workDir = home.resolve("services/nianbao-cli/target").resolve(name);
        deleteRecursively(workDir);
        StackConfig config = StackConfig.of(home, workDir.resolve("stack"), StackPorts.ephemeral(new PortAllocator()));
        Path cliJar = home.resolve("services/nianbao-cli/target/nianbao-cli.jar");
        if (Files.isRegularFile(cliJar)) {
            // the packaged jar names the dev stack and its libraries in its manifest, exactly as `nianbao demo` uses it
            config = config.withDevStack(cliJar.toString(), StackConfig.DEV_STACK_MAIN);
        }
        return new E2eStack(home, workDir, LocalStack.start(config, log));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
