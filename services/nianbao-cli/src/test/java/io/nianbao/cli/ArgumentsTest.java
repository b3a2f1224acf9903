package io.nianbao.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArgumentsTest {

    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(List.of(args), Set.of("--json"), Set.of("--timeout", "--data"));
    }

    @Test
    void separatesFlagsOptionsAndPositionals() throws UsageException {
        Arguments a = parse("reports", "--json", "--timeout", "60", "--data=/tmp/x");
        assertTrue(a.flag("--json"));
        assertEquals(Optional.of("60"), a.option("--timeout"));
        assertEquals(Optional.of("/tmp/x"), a.option("--data"));
        assertEquals(List.of("reports"), a.positionals());
    }

    @Test
    void absentFlagAndOptionAreEmpty() throws UsageException {
        Arguments a = parse();
        assertFalse(a.flag("--json"));
        assertEquals(Optional.empty(), a.option("--timeout"));
        assertEquals(Optional.empty(), a.intOption("--timeout", 1, 10));
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        Arguments a = parse("--", "--json", "-x");
        assertFalse(a.flag("--json"));
        assertEquals(List.of("--json", "-x"), a.positionals());
    }

    @Test
    void rejectsUnknownOptionAndMissingValue() {
        UsageException unknown = assertThrows(UsageException.class, () -> parse("--jsn"));
        assertTrue(unknown.getMessage().contains("--jsn"));
        UsageException missing = assertThrows(UsageException.class, () -> parse("--timeout"));
        assertTrue(missing.getMessage().contains("--timeout"));
        assertThrows(UsageException.class, () -> parse("--json=yes"));
        assertEquals(2, unknown.exitCode());
    }

    @Test
    void intOptionChecksNumberAndRange() throws UsageException {
        assertEquals(Optional.of(90), parse("--timeout", "90").intOption("--timeout", 1, 100));
        UsageException notNumber = assertThrows(UsageException.class,
                () -> parse("--timeout", "soon").intOption("--timeout", 1, 100));
        assertTrue(notNumber.getMessage().contains("soon"));
        UsageException outOfRange = assertThrows(UsageException.class,
                () -> parse("--timeout", "0").intOption("--timeout", 1, 100));
        assertTrue(outOfRange.getMessage().contains("between 1 and 100"));
    }
}
