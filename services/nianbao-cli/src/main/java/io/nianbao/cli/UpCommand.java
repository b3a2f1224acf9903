package io.nianbao.cli;

import io.nianbao.cli.stack.Credentials;
import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.ManagedProcess;
import io.nianbao.cli.stack.PortAllocator;
import io.nianbao.cli.stack.ServiceName;
import io.nianbao.cli.stack.StackConfig;
import io.nianbao.cli.stack.StackPorts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code nianbao up}: runs the local stack on the default ports, with state kept in {@code .nianbao/data/},
 * until Ctrl-C; then stops every process it started.
 */
public final class UpCommand implements Command {

    private final Console console;
    private final Map<String, String> env;
    private final PortAllocator ports;

    public UpCommand(Console console, Map<String, String> env) {
        this(console, env, new PortAllocator());
    }

    UpCommand(Console console, Map<String, String> env, PortAllocator ports) {
        this.console = console;
        this.env = env;
        this.ports = ports;
    }

    @Override
    public String name() {
        return "up";
    }

    @Override
    public String summary() {
        return "Run the local stack (Kafka, MongoDB, SMTP, four services) until Ctrl-C";
    }

    @Override
    public String usage() {
        return """
                Usage: ./nianbao up [--data DIR] [--PART-port N …]

                Starts the dev stack and the four services and keeps them running until Ctrl-C.
                State (Kafka log, MongoDB data, mails, logs) is kept in DIR between runs.

                Options (environment variable in brackets):
                  --data DIR                state folder (NIANBAO_DATA, default .nianbao/data)
                  --kafka-port N            Kafka broker (NIANBAO_KAFKA_PORT, default 9092)
                  --mongo-port N            MongoDB protocol (NIANBAO_MONGO_PORT, default 27017)
                  --smtp-port N             SMTP server (NIANBAO_SMTP_PORT, default 3025)
                  --mail-port N             mail viewer (NIANBAO_MAIL_PORT, default 8025)
                  --ingestion-port N        ingestion-service, the public API (NIANBAO_INGESTION_PORT, default 8080)
                  --parsing-port N          parsing-service (NIANBAO_PARSING_PORT, default 8081)
                  --validation-port N       validation-service (NIANBAO_VALIDATION_PORT, default 8082)
                  --notification-port N     notification-service (NIANBAO_NOTIFICATION_PORT, default 8083)""";
    }

    /** The parsed options of {@code up}. */
    record Options(Path dataDir, StackPorts ports) {
    }

    static Options parseOptions(List<String> args, Map<String, String> env) throws UsageException {
        Set<String> valued = new LinkedHashSet<>(List.of("--data", "--kafka-port", "--mongo-port", "--smtp-port", "--mail-port"));
        for (ServiceName service : ServiceName.values()) {
            valued.add("--" + service.shortName() + "-port");
        }
        Arguments arguments = Arguments.parse(args, Set.of(), valued);
        if (!arguments.positionals().isEmpty()) {
            throw new UsageException("up takes no arguments, got: " + String.join(" ", arguments.positionals()));
        }
        StackPorts defaults = StackPorts.defaults();
        int kafka = port(arguments, env, "kafka", defaults.kafka());
        int mongo = port(arguments, env, "mongo", defaults.mongo());
        int smtp = port(arguments, env, "smtp", defaults.smtp());
        int mail = port(arguments, env, "mail", defaults.mail());
        Map<ServiceName, Integer> services = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            services.put(service, port(arguments, env, service.shortName(), service.defaultPort()));
        }
        StackPorts stackPorts = new StackPorts(kafka, mongo, smtp, mail, services);
        Map<Integer, String> owners = new HashMap<>();
        for (Map.Entry<String, Integer> use : stackPorts.byUser().entrySet()) {
            String other = owners.putIfAbsent(use.getValue(), use.getKey());
            if (other != null) {
                throw new UsageException("Port " + use.getValue() + " is given to both " + other + " and " + use.getKey() + ".");
            }
        }
        String data = arguments.option("--data").orElse(env.get("NIANBAO_DATA"));
        return new Options(data == null || data.isBlank() ? null : Path.of(data), stackPorts);
    }

    private static int port(Arguments arguments, Map<String, String> env, String part, int fallback) throws UsageException {
        String option = "--" + part + "-port";
        if (arguments.option(option).isPresent()) {
            return arguments.intOption(option, 1, 65_535).orElseThrow();
        }
        String variable = "NIANBAO_" + part.toUpperCase(Locale.ROOT) + "_PORT";
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
            return Arguments.parseInt(variable, value, 1, 65_535);
        }
        return fallback;
    }

    @Override
    public int run(List<String> args) throws Exception {
        Options options = parseOptions(args, env);
        Path home = NianbaoHome.locate(env);
        Path stateDir = options.dataDir() == null ? home.resolve(".nianbao").resolve("data")
                : options.dataDir().toAbsolutePath().normalize();
        Optional<Long> other = LocalStack.runningLauncher(stateDir);
        if (other.isPresent()) {
            throw new CliException("Another `nianbao up` (pid " + other.get() + ") is already running with the state in "
                    + stateDir + ". Stop it first, or pass --data DIR and other ports.");
        }
        int leftovers = LocalStack.reapLeftovers(stateDir);
        if (leftovers > 0) {
            console.progress("Stopped " + leftovers + " processes left over from an earlier run that did not stop cleanly.");
        }
        List<String> busy = new ArrayList<>();
        for (Map.Entry<String, Integer> use : options.ports().byUser().entrySet()) {
            if (ports.isBusy(use.getValue())) {
                busy.add("port " + use.getValue() + " (" + use.getKey() + ")");
            }
        }
        if (!busy.isEmpty()) {
            throw new CliException("Cannot start: " + String.join(", ", busy) + (busy.size() == 1 ? " is" : " are")
                    + " already in use. Stop what uses " + (busy.size() == 1 ? "it" : "them")
                    + " (another `nianbao up`?) or choose other ports, see ./nianbao help up.");
        }
        StackConfig config = StackConfig.of(home, stateDir, options.ports());
        LocalStack stack = LocalStack.start(config, console::progress);
        console.out().print(urls(stack, home));
        console.out().flush();
        ManagedProcess exited = stack.awaitAnyExit();
        if (stack.isStopping()) {
            return 0;
        }
        console.err().println(exited.name() + " stopped unexpectedly (exit code " + exited.process().exitValue()
                + "). Log: " + exited.logFile() + "\nStopping the rest of the stack …");
        stack.close();
        return 1;
    }

    static String urls(LocalStack stack, Path home) {
        StackPorts p = stack.config().ports();
        String api = "http://localhost:" + p.service(ServiceName.INGESTION);
        StringBuilder text = new StringBuilder();
        Path state = stack.config().stateDir();
        String shownState = state.startsWith(home) ? home.relativize(state).toString() : state.toString();
        text.append("\nNianbao is running (state in ").append(shownState).append(", logs in ")
                .append(shownState).append("/logs).\n\n");
        text.append("  Console        ").append(api).append("/console/\n");
        text.append("  API            ").append(api).append("/api\n");
        text.append("  OpenAPI        ").append(api).append("/q/openapi\n");
        text.append("  Swagger UI     ").append(api).append("/q/swagger-ui\n");
        boolean first = true;
        for (ServiceName service : ServiceName.values()) {
            text.append(first ? "  Health         " : "                 ")
                    .append("http://localhost:").append(p.service(service)).append("/q/health   ")
                    .append(service.id()).append('\n');
            first = false;
        }
        text.append("  Mail viewer    ").append(stack.devStack().mailUrl()).append('\n');
        text.append("  Kafka          ").append(stack.devStack().kafkaBootstrap()).append('\n');
        text.append("  MongoDB        ").append(stack.devStack().mongoUri()).append('\n');
        text.append("\nDevelopment logins (HTTP Basic; kept in ").append(shownState).append('/')
                .append(Credentials.FILE).append("):\n");
        text.append("  operator       ").append(Credentials.OPERATOR).append(':')
                .append(stack.credentials().operatorPassword()).append("   everything, incl. replays\n");
        text.append("  platform       ").append(Credentials.PLATFORM).append(':')
                .append(stack.credentials().platformPassword()).append("   registers agencies, submits\n");
        text.append("  agencies       <agencyId>:<apiKey>, the key is in the answer to PUT /api/agencies/<id>\n");
        text.append("  e.g.           curl -u ").append(Credentials.PLATFORM).append(':')
                .append(stack.credentials().platformPassword()).append(' ').append(api).append("/api/submissions\n");
        text.append("\nPress Ctrl-C to stop.\n");
        return text.toString();
    }
}
