package io.nianbao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCommandTest {

    @Test
    void defaultsToTableBundledSamplesAnd180Seconds() throws UsageException {
        DemoCommand.Options options = DemoCommand.parseOptions(List.of());
        assertFalse(options.json());
        assertNull(options.dir());
        assertEquals(180, options.timeoutSeconds());
    }

    @Test
    void readsJsonTimeoutAndFolder() throws UsageException {
        DemoCommand.Options options = DemoCommand.parseOptions(List.of("--json", "reports", "--timeout=30"));
        assertTrue(options.json());
        assertEquals(Path.of("reports"), options.dir());
        assertEquals(30, options.timeoutSeconds());
    }

    @Test
    void rejectsTwoFolders() {
        UsageException e = assertThrows(UsageException.class, () -> DemoCommand.parseOptions(List.of("a", "b")));
        assertTrue(e.getMessage().contains("at most one folder"));
    }

    @Test
    void listsVisibleFilesSortedByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.docx"), "a");
        Files.writeString(dir.resolve(".hidden"), "h");
        Files.createDirectory(dir.resolve("sub"));
        List<Path> files = DemoCommand.listReports(dir);
        assertEquals(List.of(dir.resolve("a.docx"), dir.resolve("b.txt")), files);
    }

    @Test
    void emptyOrMissingFolderIsAClearError(@TempDir Path dir) {
        CliException empty = assertThrows(CliException.class, () -> DemoCommand.listReports(dir));
        assertTrue(empty.getMessage().contains("No files in"));
        CliException missing = assertThrows(CliException.class, () -> DemoCommand.listReports(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("Not a folder"));
    }
}
