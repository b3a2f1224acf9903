package io.nianbao.notification.messaging;

/** Channel names of this service (mapped to topics in application.properties); tests reuse them. */
public final class Channels {

    public static final String AGENCIES_IN = "agencies-in";
    public static final String SUBMITTED_IN = "submitted-in";
    public static final String VALIDATED_IN = "validated-in";
    public static final String NOTICES_OUT = "notices-out";

    private Channels() {
    }
}
