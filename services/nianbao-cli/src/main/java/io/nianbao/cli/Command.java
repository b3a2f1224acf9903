package io.nianbao.cli;

import java.util.List;

/** One subcommand of {@code nianbao}. */
public interface Command {

    /** The word typed after {@code nianbao}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The synopsis and options, several lines. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @return the process exit code
     * @throws CliException for failures with a message meant for the user
     */
    int run(List<String> args) throws Exception;
}
