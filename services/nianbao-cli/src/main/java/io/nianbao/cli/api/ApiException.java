package io.nianbao.cli.api;

import io.nianbao.cli.CliException;

/** The API answered with an error ({@code {"error", "message"}}) or could not be reached. */
public class ApiException extends CliException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    /** The HTTP status, or 0 when the server could not be reached. */
    public int status() {
        return status;
    }

    /** The {@code error} code of the JSON body, or null. */
    public String error() {
        return error;
    }
}
