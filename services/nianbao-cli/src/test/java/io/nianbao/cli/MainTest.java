package io.nianbao.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String... args) {
        return new Main(console, Main.defaultCommands(console, Map.of())).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsPrintsTheCommandList() {
        assertEquals(0, run());
        assertTrue(out().contains("Usage: ./nianbao COMMAND"));
        assertTrue(out().contains("  demo "));
        assertTrue(out().contains("  up "));
        assertTrue(out().contains("  help "));
    }

    @Test
    void helpAndDashHelpPrintTheCommandList() {
        assertEquals(0, run("help"));
        String viaHelp = out();
        out.reset();
        assertEquals(0, run("--help"));
        assertEquals(viaHelp, out());
    }

    @Test
    void helpForOneCommandPrintsItsOptions() {
        assertEquals(0, run("help", "demo"));
        assertTrue(out().contains("--json"));
        assertTrue(out().contains("--timeout"));
        out.reset();
        assertEquals(0, run("up", "--help"));
        assertTrue(out().contains("--ingestion-port"));
        assertTrue(out().contains("NIANBAO_KAFKA_PORT"));
    }

    @Test
    void unknownCommandPrintsUsageOnStderrAndExits2() {
        assertEquals(2, run("deploy"));
        assertTrue(err().contains("Unknown command: deploy"));
        assertTrue(err().contains("Usage: ./nianbao COMMAND"));
        assertEquals("", out());
    }

    @Test
    void badOptionOfACommandShowsTheCommandUsage() {
        assertEquals(2, run("demo", "--colour"));
        assertTrue(err().contains("Unknown option: --colour"));
        assertTrue(err().contains("Usage: ./nianbao demo"));
        assertFalse(err().contains("Exception"));
    }

    @Test
    void helpForUnknownCommandIsAUsageError() {
        assertEquals(2, run("help", "deploy"));
        assertTrue(err().contains("Unknown command: deploy"));
    }
}
