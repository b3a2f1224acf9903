package io.nianbao.cli;

/** Wrong arguments: the message and the command's usage are printed, exit code 2. */
public class UsageException extends CliException {

    public UsageException(String message) {
        super(message, 2);
    }
}
