package io.nianbao.parsing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the parsing service ({@code nianbao.parsing.*}). */
@ConfigMapping(prefix = "nianbao.parsing")
public interface ParsingConfig {

    /** Files larger than this are not read (they get UNREADABLE), in bytes. */
    @WithDefault("20971520")
    long maxFileSize();
}
