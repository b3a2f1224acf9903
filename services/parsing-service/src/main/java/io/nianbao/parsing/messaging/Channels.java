package io.nianbao.parsing.messaging;

/** Channel names of this service (mapped to topics in application.properties); tests reuse them. */
public final class Channels {

    public static final String SUBMITTED_IN = "submitted-in";
    public static final String PARSED_OUT = "parsed-out";

    private Channels() {
    }
}
