package io.nianbao.validation.messaging;

/** Channel names of this service (mapped to topics in application.properties); tests reuse them. */
public final class Channels {

    public static final String PARSED_IN = "parsed-in";
    public static final String VALIDATED_OUT = "validated-out";
    /** Results of operator replays; the same topic as {@link #VALIDATED_OUT}. */
    public static final String REPLAYED_OUT = "replayed-out";

    private Channels() {
    }
}
