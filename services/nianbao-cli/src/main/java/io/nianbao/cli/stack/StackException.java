package io.nianbao.cli.stack;

import io.nianbao.cli.CliException;

/** The local stack could not start or stopped unexpectedly; the message names the process and its log. */
public class StackException extends CliException {

    public StackException(String message) {
        super(message);
    }
}
