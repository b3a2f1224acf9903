package io.nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nianbao.cli.api.ApiException;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.demo.ParserAgencyNamer;
import io.nianbao.cli.submit.AgencyRegistrar;
import io.nianbao.cli.submit.BatchTable;
import io.nianbao.cli.submit.BatchWatcher;
import io.nianbao.cli.submit.BatchZip;
import io.nianbao.cli.submit.ProgressBar;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code nianbao submit DIR|ZIP}: sends a folder (zipped on the fly) or a zip of reports to a running stack as
 * one batch ({@code POST /api/batches}), shows the batch's progress on stderr until every file has a verdict or
 * a rejection, and prints the summary.
 */
public final class SubmitCommand implements Command {

    static final String DEFAULT_API = "http://localhost:8080";
    static final int DEFAULT_TIMEOUT_SECONDS = 1800;

    private final Console console;
    private final Map<String, String> env;
    private final boolean interactive;
    private final Duration pollInterval;

    public SubmitCommand(Console console, Map<String, String> env) {
        this(console, env, System.console() != null, Duration.ofSeconds(1));
    }

    /** With {@code interactive} false the progress is plain lines (what a log or a test wants). */
    SubmitCommand(Console console, Map<String, String> env, boolean interactive, Duration pollInterval) {
        this.console = console;
        this.env = env;
        this.interactive = interactive;
        this.pollInterval = pollInterval;
    }

    @Override
    public String name() {
        return "submit";
    }

    @Override
    public String summary() {
        return "Send a folder or a zip of reports to a running stack as one batch, follow it, print the verdicts";
    }

    @Override
    public String usage() {
        return """
                Usage: ./nianbao submit DIR|ZIP [--api URL] [--agency ID] [--register] [--json] [--timeout SECONDS]

                Sends the reports of DIR (zipped on the fly: every file under it, hidden ones left out) or ZIP
                to a running stack as one batch (POST /api/batches), shows its progress on stderr until every
                file has a verdict or was rejected, then prints one line per file and the totals.

                Each file's agency comes from manifest.csv in the zip (columns file,agencyId), else from
                --agency, else from the agency the report names in its title, which must be registered.

                Options:
                  --api URL            the ingestion service (default $NIANBAO_API or http://localhost:8080)
                  --user NAME          log in as NAME (default platform; operator works too); the password is
                                       $NIANBAO_PASSWORD, or the one `./nianbao up` keeps in .nianbao/data
                  --agency ID          submit every file not in manifest.csv for this registered agency
                  --register           first register the agencies the reports name in their titles (ids
                                       agency-<hash of the name>; agencies already registered are left alone)
                  --json               print the batch as the API returns it instead of a table
                  --timeout SECONDS    how long to wait for the upload and all verdicts (default 1800)

                Exit code 0 when every file has a verdict (FAILED is a verdict) or was rejected with a reason;
                1 when the API cannot be reached, refuses the upload, or the batch is not done in time.""";
    }

    /** The parsed options of one run. */
    record Options(Path source, URI api, String user, String agencyId, boolean register, boolean json,
                   int timeoutSeconds) {
    }

    static Options parseOptions(List<String> args, Map<String, String> env) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--json", "--register"),
                Set.of("--api", "--user", "--agency", "--timeout"));
        if (arguments.positionals().size() != 1) {
            throw new UsageException("submit takes one folder or zip, got: "
                    + (arguments.positionals().isEmpty() ? "none" : String.join(" ", arguments.positionals())));
        }
        String api = arguments.option("--api").orElse(env.getOrDefault("NIANBAO_API", DEFAULT_API));
        URI uri;
        try {
            uri = new URI(api);
        } catch (URISyntaxException e) {
            throw new UsageException("--api must be a URL such as http://localhost:8080, got \"" + api + "\".");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new UsageException("--api must be an http(s) URL such as http://localhost:8080, got \"" + api + "\".");
        }
        String agency = arguments.option("--agency").map(String::strip).orElse(null);
        if (agency != null && (agency.isEmpty() || arguments.flag("--register"))) {
            throw new UsageException(agency.isEmpty() ? "--agency needs an agency id."
                    : "Use --agency (one agency for every file) or --register (agencies from the titles), not both.");
        }
        int timeout = arguments.intOption("--timeout", 1, 86_400).orElse(DEFAULT_TIMEOUT_SECONDS);
        String user = arguments.option("--user").map(String::strip).filter(u -> !u.isEmpty()).orElse("platform");
        return new Options(Path.of(arguments.positionals().get(0)), uri, user, agency, arguments.flag("--register"),
                arguments.flag("--json"), timeout);
    }

    @Override
    public int run(List<String> args) throws Exception {
        Options options = parseOptions(args, env);
        NianbaoClient client = ApiLogin.client(options.api(), options.user(), env);
        long started = System.nanoTime();
        Duration timeout = Duration.ofSeconds(options.timeoutSeconds());
        try (BatchZip zip = BatchZip.of(options.source())) {
            if (zip.hiddenSkipped() > 0) {
                console.progress("Left out " + zip.hiddenSkipped() + " hidden files.");
            }
            if (options.register()) {
                new AgencyRegistrar(client, new ParserAgencyNamer(), console::progress).register(zip);
            }
            console.progress(String.format("Uploading %s (%d entries, %.1f MB) to %s …", zip.fileName(),
                    zip.entries(), zip.size() / 1e6, client.base()));
            long uploadStarted = System.nanoTime();
            JsonNode batch = client.submitBatch(zip.file(), zip.fileName(), options.agencyId(), timeout);
            JsonNode counts = batch.path("counts");
            console.progress(String.format("Batch %s: %d entries, %d accepted, %d rejected (taken in %.1f s)",
                    batch.path("id").asText(), counts.path("entries").asInt(), counts.path("accepted").asInt(),
                    counts.path("rejected").asInt(), seconds(uploadStarted)));
            BatchWatcher watcher = new BatchWatcher(client, new ProgressBar(console.err(), interactive), pollInterval);
            JsonNode done;
            try {
                done = watcher.await(batch, started + timeout.toNanos(), timeout);
            } catch (BatchWatcher.NotDone e) {
                print(e.batch(), options.json());
                throw e;
            }
            console.progress(String.format("Done in %.1f s.", seconds(started)));
            print(done, options.json());
            return 0;
        } catch (ApiException e) {
            if (e.status() == 0 && "unreachable".equals(e.error())) {
                throw new CliException(e.getMessage() + "\nIs the stack running? Start it with ./nianbao up, or give "
                        + "the API's address with --api URL.");
            }
            throw e;
        }
    }

    private void print(JsonNode batch, boolean json) throws IOException {
        if (json) {
            console.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(batch));
        } else {
            console.out().print(BatchTable.render(batch));
        }
        console.out().flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
