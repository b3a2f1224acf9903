package io.nianbao.cli.demo;

import java.util.Optional;

/** Reads the agency name a report states in its title, if any. */
@FunctionalInterface
public interface AgencyNamer {

    /** The agency named in the report, or empty when the file does not say or cannot be read. */
    Optional<String> agencyOf(String fileName, byte[] content);
}
