package io.nianbao.cli;

import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.stack.Credentials;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The login of a command that talks to a running stack: the user ({@code --user}, default {@code platform}) and
 * its password from NIANBAO_PASSWORD, or else, for {@code operator} and {@code platform}, from the credentials
 * file that {@code nianbao up} keeps in its state folder (NIANBAO_DATA, default {@code .nianbao/data}).
 */
final class ApiLogin {

    private ApiLogin() {
    }

    static NianbaoClient client(URI api, String user, Map<String, String> env) throws CliException {
        String password = env.get("NIANBAO_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = fromLocalStack(user, env);
        }
        return NianbaoClient.create(api, user, password);
    }

    private static String fromLocalStack(String user, Map<String, String> env) throws CliException {
        String data = env.get("NIANBAO_DATA");
        Path dir = data == null || data.isBlank() ? NianbaoHome.locate(env).resolve(".nianbao").resolve("data")
                : Path.of(data);
        Path file = dir.resolve(Credentials.FILE);
        if (!Credentials.OPERATOR.equals(user) && !Credentials.PLATFORM.equals(user) || !Files.isRegularFile(file)) {
            throw new CliException("No password for the login \"" + user + "\": set NIANBAO_PASSWORD, or start the "
                    + "stack in this checkout with ./nianbao up (it keeps its logins in " + file + ").");
        }
        try {
            Credentials credentials = Credentials.read(file);
            return Credentials.OPERATOR.equals(user) ? credentials.operatorPassword() : credentials.platformPassword();
        } catch (IOException e) {
            throw new CliException("Cannot read the local stack's logins from " + file + ": " + e.getMessage());
        }
    }
}
