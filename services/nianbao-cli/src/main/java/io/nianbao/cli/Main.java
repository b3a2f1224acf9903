package io.nianbao.cli;

import io.nianbao.cli.check.OfflineChecker;
import io.nianbao.parser.ReportParser;
import io.nianbao.rules.RuleEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code nianbao}: dispatches the first argument to a {@link Command}. Users see messages,
 * never stack traces; exit codes are 0 (done), 1 (failed), 2 (wrong usage).
 */
public final class Main {

    private final Console console;
    private final List<Command> commands;

    public Main(Console console, List<Command> commands) {
        this.console = console;
        this.commands = commands;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        Console console = Console.system();
        int code = new Main(console, defaultCommands(console, System.getenv())).run(Arrays.asList(args));
        System.exit(code);
    }

    /** Document libraries (POI via Log4j) must not print to the user's terminal. */
    private static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", System.getProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        System.setProperty("org.apache.logging.log4j.simplelog.level",
                System.getProperty("org.apache.logging.log4j.simplelog.level", "OFF"));
        System.setProperty("log4j2.StatusLogger.level", System.getProperty("log4j2.StatusLogger.level", "OFF"));
    }

    /** The commands of this build. */
    public static List<Command> defaultCommands(Console console, Map<String, String> env) {
        List<Command> commands = new ArrayList<>();
        OfflineChecker checker = new OfflineChecker(new ReportParser(), new RuleEngine());
        commands.add(new DemoCommand(console, env));
        commands.add(new UpCommand(console, env));
        commands.add(new CheckCommand(console, checker));
        commands.add(new ParseCommand(console, checker));
        commands.add(new SubmitCommand(console, env));
        commands.add(new HelpCommand(console, () -> commands));
        return List.copyOf(commands);
    }

    /** Runs one invocation and returns its exit code. */
    public int run(List<String> args) {
        if (args.isEmpty() || isHelpWord(args.get(0))) {
            console.out().print(HelpCommand.overview(commands));
            return 0;
        }
        Command command = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
        if (command == null) {
            console.err().println("Unknown command: " + args.get(0));
            console.err().println();
            console.err().print(HelpCommand.overview(commands));
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            console.out().println(command.usage());
            return 0;
        }
        try {
            return command.run(rest);
        } catch (UsageException e) {
            console.err().println(e.getMessage());
            console.err().println();
            console.err().println(command.usage());
            return e.exitCode();
        } catch (CliException e) {
            console.err().println(e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            console.err().println("Interrupted.");
            return 130;
        } catch (Exception e) {
            console.err().println("nianbao " + command.name() + " failed: " + describe(e));
            return 1;
        }
    }

    private static boolean isHelpWord(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    /** A one-line description of an unexpected exception, without a stack trace. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
