package io.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The checkout the command works in: service jars are found under {@code services/<svc>/target} and state is
 * kept under {@code .nianbao/}. The launcher script passes {@code -Dnianbao.home}; otherwise the variable
 * {@code NIANBAO_HOME} or the nearest parent of the working directory that holds {@code services/} is used.
 */
public final class NianbaoHome {

    private NianbaoHome() {
    }

    /** Finds the checkout, or explains how to point at it. */
    public static Path locate(Map<String, String> env) throws CliException {
        String configured = System.getProperty("nianbao.home");
        if (configured == null || configured.isBlank()) {
            configured = env.get("NIANBAO_HOME");
        }
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isDirectory(home.resolve("services"))) {
                throw new CliException("NIANBAO_HOME (" + home + ") is not a Nianbao checkout: it has no services/ folder.");
            }
            return home;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("services").resolve("nianbao-cli"))) {
                return dir;
            }
        }
        throw new CliException("Cannot find the Nianbao checkout: run ./nianbao from its folder or set NIANBAO_HOME.");
    }
}
