package io.nianbao.cli.submit;

import io.nianbao.cli.CliException;
import io.nianbao.cli.api.ApiException;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.demo.AgencyIds;
import io.nianbao.cli.demo.AgencyNamer;
import io.nianbao.cli.stack.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code submit --register}: reads the agency each report names in its title (the parser, locally, as
 * {@code demo} does) and registers the agencies the API does not know yet, under ids derived from their names
 * ({@link AgencyIds#fromAgencyName}). Agencies already registered under those ids are left as they are. The API
 * then recognises each report's agency from its title.
 */
public final class AgencyRegistrar {

    /** Registrations sent at the same time. */
    static final int PARALLEL = 4;

    private final NianbaoClient client;
    private final AgencyNamer namer;
    private final Progress progress;

    public AgencyRegistrar(NianbaoClient client, AgencyNamer namer, Progress progress) {
        this.client = client;
        this.namer = namer;
        this.progress = progress;
    }

    /** What a registration run did. */
    public record Result(int reports, int unnamed, int registered, int known) {
    }

    public Result register(BatchZip zip) throws CliException, InterruptedException {
        long started = System.nanoTime();
        Map<String, String> nameById = new LinkedHashMap<>();
        int[] reports = {0};
        int[] unnamed = {0};
        zip.forEachReport((name, content) -> {
            reports[0]++;
            String agency = namer.agencyOf(name, content).orElse(null);
            if (agency == null) {
                unnamed[0]++;
            } else {
                nameById.putIfAbsent(AgencyIds.fromAgencyName(agency), agency);
            }
        });
        int registered = registerMissing(nameById);
        Result result = new Result(reports[0], unnamed[0], registered, nameById.size() - registered);
        progress.report("Agencies: " + nameById.size() + " named by " + result.reports() + " reports, "
                + registered + " newly registered, " + result.known() + " already registered"
                + (result.unnamed() > 0 ? "; " + result.unnamed() + " files name no agency" : "")
                + String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9));
        return result;
    }

    /** Registers the agencies not registered yet, a few at a time; returns how many it registered. */
    private int registerMissing(Map<String, String> nameById) throws ApiException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Boolean>> puts = new ArrayList<>();
            for (Map.Entry<String, String> agency : nameById.entrySet()) {
                puts.add(pool.submit(() -> {
                    if (client.agency(agency.getKey()).isPresent()) {
                        return false;
                    }
                    client.putAgency(agency.getKey(), agency.getValue(), null);
                    return true;
                }));
            }
            int registered = 0;
            for (Future<Boolean> put : puts) {
                try {
                    registered += put.get() ? 1 : 0;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ApiException api) {
                        throw api;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return registered;
        } finally {
            pool.shutdownNow();
        }
    }
}
