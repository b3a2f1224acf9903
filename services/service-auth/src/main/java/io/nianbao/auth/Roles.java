package io.nianbao.auth;

/**
 * The three kinds of caller. The operator runs the pipeline (everything, including replays and the console);
 * a platform submits for any agency (bulk intake, registrations); an agency reads and submits only its own.
 */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String PLATFORM = "platform";
    public static final String AGENCY = "agency";

    private Roles() {
    }
}
