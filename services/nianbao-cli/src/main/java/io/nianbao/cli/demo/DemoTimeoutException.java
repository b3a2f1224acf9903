package io.nianbao.cli.demo;

import io.nianbao.cli.CliException;

import java.util.List;

/** Some submissions had no verdict when the overall timeout ran out. */
public class DemoTimeoutException extends CliException {

    private final List<String> pendingFiles;

    public DemoTimeoutException(long seconds, List<String> pendingFiles) {
        super("No verdict after " + seconds + " s for: " + String.join(", ", pendingFiles)
                + " (still pending). Look at the service logs for errors.");
        this.pendingFiles = List.copyOf(pendingFiles);
    }

    public List<String> pendingFiles() {
        return pendingFiles;
    }
}
