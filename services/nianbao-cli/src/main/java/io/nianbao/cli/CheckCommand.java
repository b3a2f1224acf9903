package io.nianbao.cli;

import io.nianbao.cli.check.CheckOutput;
import io.nianbao.cli.check.CheckResult;
import io.nianbao.cli.check.OfflineChecker;
import io.nianbao.model.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code nianbao check [--json] [--agency NAME] [--year N] [--deadline MM-DD] FILE|DIR...}: parses and validates
 * reports offline, in this JVM, with the parser and rule catalogue the services use.
 */
public final class CheckCommand implements Command {

    private final Console console;
    private final OfflineChecker checker;

    public CheckCommand(Console console, OfflineChecker checker) {
        this.console = console;
        this.checker = checker;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "Check report files offline (no stack): agency, year, template, verdict, findings";
    }

    @Override
    public String usage() {
        return """
                Usage: ./nianbao check [--json] [--agency NAME] [--year N] [--deadline MM-DD] FILE|DIR...

                Parses each file (.txt .md .html .docx .doc .pdf; a folder stands for the files in it) and
                applies the rule catalogue, as the pipeline does, without starting anything. The files of one
                run are compared with each other: near-identical narratives (DUPLICATE-CONTENT) and the same
                agency's previous-year report (CARRY-MISMATCH).

                Options:
                  --json             print a JSON array of {file, status, agency, year, template, errorRules,
                                     warningRules, report, findings}; report is the canonical model or null
                  --agency NAME      the submitting agency's registered name (checks AGENCY-MISMATCH)
                  --year N           the reporting year expected (checks YEAR-MISMATCH)
                  --deadline MM-DD   the province's deadline in the following year (default 01-31)

                Exit code 0 when every report passed, 1 when at least one failed, 2 on wrong usage or a
                file that does not exist.""";
    }

    /** The parsed options of one run. */
    record Options(boolean json, OfflineChecker.Options context, List<Path> files) {
    }

    static Options parseOptions(List<String> args) throws CliException {
        Arguments arguments = Arguments.parse(args, Set.of("--json"), Set.of("--agency", "--year", "--deadline"));
        if (arguments.positionals().isEmpty()) {
            throw new UsageException("check needs at least one file or folder.");
        }
        Integer year = arguments.intOption("--year", 1990, 2100).orElse(null);
        MonthDay deadline = arguments.option("--deadline").map(CheckCommand::monthDay).orElse(null);
        if (arguments.option("--deadline").isPresent() && deadline == null) {
            throw new UsageException("--deadline must be a month and day such as 01-26, got \""
                    + arguments.option("--deadline").get() + "\".");
        }
        String agency = arguments.option("--agency").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        List<Path> files = new ArrayList<>();
        for (String arg : arguments.positionals()) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                files.addAll(DemoCommand.listReports(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UsageException("No such file or folder: " + arg);
            }
        }
        return new Options(arguments.flag("--json"), new OfflineChecker.Options(agency, year, deadline), files);
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse("--" + text.strip(), DateTimeFormatter.ofPattern("--MM-dd"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public int run(List<String> args) throws CliException {
        Options options = parseOptions(args);
        List<CheckResult> results = checker.check(options.files(), options.context());
        console.out().print(options.json() ? CheckOutput.json(results)
                : CheckOutput.text(results, checker.catalogueVersion()));
        console.out().flush();
        return results.stream().allMatch(r -> r.verdict() == Verdict.PASSED) ? 0 : 1;
    }
}
