package io.nianbao.parser;

import java.time.Duration;

/** Bounds per file: the largest accepted size and the time a parse may take. */
public record ParserLimits(long maxBytes, Duration timeout) {

    public static final ParserLimits DEFAULT = new ParserLimits(20L * 1024 * 1024, Duration.ofSeconds(30));
}
