package io.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the command writes: {@code out} carries the result (a table, or pure JSON with {@code --json}),
 * {@code err} carries progress and error messages for the person at the terminal.
 */
public record Console(PrintStream out, PrintStream err) {

    /** The process's stdout/stderr, always UTF-8 (Java 17 would otherwise follow the platform locale). */
    public static Console system() {
        return new Console(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /** A progress line on stderr. */
    public void progress(String message) {
        err.println(message);
    }
}
