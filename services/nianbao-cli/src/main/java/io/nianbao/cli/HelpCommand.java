package io.nianbao.cli;

import java.util.List;
import java.util.function.Supplier;

/** {@code nianbao help [COMMAND]}: the command list, or one command's usage. */
public final class HelpCommand implements Command {

    private final Console console;
    private final Supplier<List<Command>> commands;

    public HelpCommand(Console console, Supplier<List<Command>> commands) {
        this.console = console;
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Show this help, or the options of one command";
    }

    @Override
    public String usage() {
        return "nianbao help [COMMAND]";
    }

    @Override
    public int run(List<String> args) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("help takes at most one command name.");
        }
        if (args.size() == 1) {
            for (Command command : commands.get()) {
                if (command.name().equals(args.get(0))) {
                    console.out().println(command.usage());
                    return 0;
                }
            }
            throw new UsageException("Unknown command: " + args.get(0));
        }
        console.out().print(overview(commands.get()));
        return 0;
    }

    /** The text shown by {@code nianbao}, {@code nianbao help} and after an unknown command. */
    public static String overview(List<Command> commands) {
        StringBuilder text = new StringBuilder();
        text.append("nianbao: review government information disclosure annual reports (政府信息公开工作年度报告)\n\n");
        text.append("Usage: ./nianbao COMMAND [OPTIONS]\n\nCommands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(4);
        for (Command command : commands) {
            text.append("  ").append(command.name())
                    .append(" ".repeat(width - command.name().length() + 3))
                    .append(command.summary()).append('\n');
        }
        text.append("\nRun ./nianbao help COMMAND for the options of a command.\n");
        return text.toString();
    }
}
