package io.nianbao.cli.stack;

import java.nio.file.Path;

/** The four pipeline services, their default HTTP ports and where their runnable jar is built. */
public enum ServiceName {
    INGESTION("ingestion-service", 8080),
    PARSING("parsing-service", 8081),
    VALIDATION("validation-service", 8082),
    NOTIFICATION("notification-service", 8083);

    private final String id;
    private final int defaultPort;

    ServiceName(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** The module name, e.g. {@code ingestion-service}. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The short word used in options and variables: ingestion, parsing, validation, notification. */
    public String shortName() {
        return id.substring(0, id.indexOf('-'));
    }

    /** {@code services/<svc>/target/quarkus-app/quarkus-run.jar} under the checkout. */
    public Path runJar(Path home) {
        return home.resolve("services").resolve(id).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
