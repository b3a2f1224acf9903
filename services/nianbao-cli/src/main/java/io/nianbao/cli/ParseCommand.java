package io.nianbao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nianbao.cli.check.OfflineChecker;
import io.nianbao.model.ReportJson;
import io.nianbao.parser.ParseOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code nianbao parse FILE}: the canonical JSON (schemaVersion 1) of one report, read offline. */
public final class ParseCommand implements Command {

    private final Console console;
    private final OfflineChecker checker;

    public ParseCommand(Console console, OfflineChecker checker) {
        this.console = console;
        this.checker = checker;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "Print the canonical JSON of one report file (offline)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./nianbao parse FILE

                Reads FILE (.txt .md .html .docx .doc .pdf) with the pipeline's parser and prints the canonical
                report (schemaVersion 1, see docs/report-model.md): agency, year, publishedOn, template, the six
                sections, Tables 2-4 and the provenance of every number.

                Exit code 0 when the file was read, 1 when it is unreadable (the reason goes to stderr), 2 on
                wrong usage.""";
    }

    @Override
    public int run(List<String> args) throws CliException {
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
        if (arguments.positionals().size() != 1) {
            throw new UsageException("parse takes exactly one file.");
        }
        Path file = Path.of(arguments.positionals().get(0));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No such file: " + file);
        }
        ParseOutcome outcome = checker.parse(file);
        if (!outcome.readable()) {
            console.err().println(file + ": unreadable — " + outcome.unreadableReason());
            return 1;
        }
        try {
            console.out().println(ReportJson.mapper().writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(outcome.report()));
        } catch (JsonProcessingException e) {
            throw new CliException("Cannot print the report as JSON: " + e.getOriginalMessage());
        }
        console.out().flush();
        return 0;
    }
}
