package io.nianbao.validation.messaging;

/** Channel names of this service (mapped to topics in application.properties); tests reuse them. */
public final class Channels {

    public static final String PARSED_IN = "parsed-in";
    public static final String VALIDATED_OUT = "validated-out";

    private Channels() {
    }
}
