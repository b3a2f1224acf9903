package io.nianbao.cli.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The local stack's development logins ({@code operator}, {@code platform}): random passwords made at the first
 * start and kept in {@code <state>/credentials.properties} (readable only by you), handed to the services as
 * NIANBAO_OPERATOR_PASSWORD / NIANBAO_PLATFORM_PASSWORD, printed by {@code nianbao up}, and read by the commands
 * that talk to a running stack.
 */
public record Credentials(String operatorPassword, String platformPassword) {

    public static final String FILE = "credentials.properties";
    public static final String OPERATOR = "operator";
    public static final String PLATFORM = "platform";

    /** The credentials kept in {@code stateDir}, made and saved there first when there are none. */
    public static Credentials loadOrCreate(Path stateDir) throws StackException {
        Path file = stateDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return read(file);
            }
            Credentials created = new Credentials(random(), random());
            Files.createDirectories(stateDir);
            Properties p = new Properties();
            p.setProperty(OPERATOR, created.operatorPassword());
            p.setProperty(PLATFORM, created.platformPassword());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "nianbao local stack logins (HTTP Basic user = key)");
            }
            restrict(file);
            return created;
        } catch (IOException e) {
            throw new StackException("Cannot keep the local stack's credentials in " + file + ": " + e.getMessage());
        }
    }

    /** The credentials of a stack started before, from {@code file}. */
    public static Credentials read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String operator = p.getProperty(OPERATOR, "");
        String platform = p.getProperty(PLATFORM, "");
        if (operator.isBlank() || platform.isBlank()) {
            throw new IOException(file + " lacks the operator or platform password");
        }
        return new Credentials(operator, platform);
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the file keeps the folder's permissions
        }
    }

    @Override
    public String toString() {
        return "Credentials[operator=***, platform=***]";
    }
}
