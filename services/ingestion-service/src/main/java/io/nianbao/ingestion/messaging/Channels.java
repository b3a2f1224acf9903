package io.nianbao.ingestion.messaging;

/** Channel names of this service (mapped to topics in application.properties); tests reuse them. */
public final class Channels {

    public static final String SUBMITTED_OUT = "submitted-out";
    public static final String AGENCIES_OUT = "agencies-out";
    public static final String PARSED_IN = "parsed-in";
    public static final String VALIDATED_IN = "validated-in";
    public static final String NOTICES_IN = "notices-in";

    private Channels() {
    }
}
