package io.nianbao.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads test fixtures from {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
