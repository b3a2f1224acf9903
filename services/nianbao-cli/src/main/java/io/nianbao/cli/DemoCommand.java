package io.nianbao.cli;

import io.nianbao.cli.demo.AgencyNamer;
import io.nianbao.cli.demo.DemoResult;
import io.nianbao.cli.demo.DemoRunner;
import io.nianbao.cli.demo.ParserAgencyNamer;
import io.nianbao.cli.demo.ResultJson;
import io.nianbao.cli.demo.ResultTable;
import io.nianbao.cli.demo.SampleIndex;
import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.PortAllocator;
import io.nianbao.cli.stack.StackConfig;
import io.nianbao.cli.stack.StackPorts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code nianbao demo [--json] [--timeout SECONDS] [DIR]}: starts a throw-away stack on free ports, submits
 * every file of DIR (default: the bundled samples), prints each verdict and stops the stack again.
 */
public final class DemoCommand implements Command {

    static final int DEFAULT_TIMEOUT_SECONDS = 180;

    private final Console console;
    private final Map<String, String> env;

    public DemoCommand(Console console, Map<String, String> env) {
        this.console = console;
        this.env = env;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "Start a throw-away stack, submit sample reports, print the verdicts, stop";
    }

    @Override
    public String usage() {
        return """
                Usage: ./nianbao demo [--json] [--timeout SECONDS] [DIR]

                Starts the dev stack and the four services on free ports (state in .nianbao/demo/, wiped
                first, so it can run beside `nianbao up`), registers one agency per file, submits every file
                of DIR (default: the bundled sample reports), waits for each verdict, prints them and stops.

                Options:
                  --json               print a JSON array (file, submissionId, agencyId, agency, status,
                                       errorRules, warningRules, findings) instead of a table
                  --timeout SECONDS    how long to wait for all verdicts (default 180)
                  DIR                  a folder of reports (.txt .md .html .docx .doc .pdf)

                Exit code 0 when every file got a verdict (FAILED is a verdict), 1 when the stack failed
                or a verdict did not come in time.""";
    }

    /** The parsed options of one demo run. */
    record Options(boolean json, int timeoutSeconds, Path dir) {
    }

    static Options parseOptions(List<String> args) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--json"), Set.of("--timeout"));
        if (arguments.positionals().size() > 1) {
            throw new UsageException("demo takes at most one folder, got: " + String.join(" ", arguments.positionals()));
        }
        int timeout = arguments.intOption("--timeout", 1, 86_400).orElse(DEFAULT_TIMEOUT_SECONDS);
        Path dir = arguments.positionals().isEmpty() ? null : Path.of(arguments.positionals().get(0));
        return new Options(arguments.flag("--json"), timeout, dir);
    }

    @Override
    public int run(List<String> args) throws Exception {
        Options options = parseOptions(args);
        List<Path> userFiles = options.dir() == null ? null : listReports(options.dir());
        Path home = NianbaoHome.locate(env);
        Path stateDir = home.resolve(".nianbao").resolve("demo");
        Optional<Long> other = LocalStack.runningLauncher(stateDir);
        if (other.isPresent()) {
            throw new CliException("Another `nianbao demo` is running in this checkout (pid " + other.get()
                    + "); wait for it to finish or stop it first.");
        }
        reportLeftovers(LocalStack.reapLeftovers(stateDir));
        wipe(stateDir);
        List<Path> files = userFiles != null ? userFiles : SampleIndex.bundled().extractTo(stateDir.resolve("samples"));

        long started = System.nanoTime();
        StackConfig config = StackConfig.of(home, stateDir, StackPorts.ephemeral(new PortAllocator()));
        List<DemoResult> results;
        try (LocalStack stack = LocalStack.start(config, console::progress)) {
            AgencyNamer namer = new ParserAgencyNamer();
            DemoRunner runner = new DemoRunner(stack.platformClient(), namer, console::progress,
                    Duration.ofMillis(500));
            console.progress("Submitting " + files.size() + (files.size() == 1 ? " file" : " files") + " …");
            results = runner.run(files, Duration.ofSeconds(options.timeoutSeconds()));
        }
        console.progress(String.format("Done in %.1f s. Logs: %s", (System.nanoTime() - started) / 1e9,
                home.relativize(config.logDir())));
        console.out().print(options.json() ? ResultJson.render(results) : ResultTable.render(results));
        console.out().flush();
        return 0;
    }

    private void reportLeftovers(int stopped) {
        if (stopped > 0) {
            console.progress("Stopped " + stopped + " processes left over from an earlier demo.");
        }
    }

    /** The regular, non-hidden files of {@code dir}, sorted by name. */
    static List<Path> listReports(Path dir) throws CliException {
        if (!Files.isDirectory(dir)) {
            throw new CliException("Not a folder: " + dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            if (files.isEmpty()) {
                throw new CliException("No files in " + dir + ": nothing to submit.");
            }
            return files;
        } catch (IOException e) {
            throw new CliException("Cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static void wipe(Path dir) throws CliException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new CliException("Cannot clear " + dir + " (is another demo running?): " + e.getMessage());
        }
    }
}
