package io.nianbao.cli.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleIndexTest {

    @Test
    void parsesEntriesSkippingCommentsAndBlankLines() {
        List<SampleEntry> entries = SampleIndex.parse("""
                # file\texpectedStatus\texpectedErrorRules\tdescription

                a.txt\tPASSED\t-\tclean
                b.docx\tFAILED\tT3-BALANCE, T3-RESULT-SUM\ttwo errors
                c.pdf\tFAILED\tUNREADABLE
                """);
        assertEquals(List.of(
                new SampleEntry("a.txt", "PASSED", List.of(), "clean"),
                new SampleEntry("b.docx", "FAILED", List.of("T3-BALANCE", "T3-RESULT-SUM"), "two errors"),
                new SampleEntry("c.pdf", "FAILED", List.of("UNREADABLE"), "")), entries);
    }

    @Test
    void rejectsInconsistentLines() {
        assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("a.txt\tOK\t-\n"));
        assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("a.txt\tPASSED\tT3-BALANCE\n"));
        assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("a.txt\tFAILED\t-\n"));
        assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("a.txt\tPASSED\t-\na.txt\tPASSED\t-\n"));
        assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("../a.txt\tPASSED\t-\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleIndex.parse("a.txt PASSED -\n"));
        assertTrue(e.getMessage().contains("line 1"));
    }

    @Test
    void bundledIndexListsEveryBundledSampleAndCoversBothVerdicts() throws Exception {
        SampleIndex index = SampleIndex.bundled();
        assertTrue(index.entries().size() >= 6, "at least six samples");
        Set<String> listed = index.entries().stream().map(SampleEntry::file).collect(Collectors.toSet());
        URL folder = SampleIndex.class.getClassLoader().getResource("samples/index.tsv");
        Set<String> bundled;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()).getParent())) {
            bundled = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.tsv")).collect(Collectors.toSet());
        }
        assertEquals(bundled, listed);
        for (SampleEntry entry : index.entries()) {
            assertTrue(index.read(entry).length > 0, entry.file());
        }
        assertTrue(index.entries().stream().anyMatch(e -> e.expectedStatus().equals("PASSED")));
        assertTrue(index.entries().stream().anyMatch(e -> e.expectedErrorRules().contains("UNREADABLE")));
        Set<String> extensions = listed.stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).collect(Collectors.toSet());
        assertTrue(extensions.containsAll(Set.of("txt", "html", "docx")), extensions.toString());
    }

    @Test
    void extractsTheSamplesUnchanged(@TempDir Path dir) throws Exception {
        SampleIndex index = SampleIndex.bundled();
        List<Path> files = index.extractTo(dir.resolve("samples"));
        assertEquals(index.entries().size(), files.size());
        for (int i = 0; i < files.size(); i++) {
            SampleEntry entry = index.entries().get(i);
            assertEquals(entry.file(), files.get(i).getFileName().toString());
            assertArrayEquals(index.read(entry), Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void missingIndexIsReported() throws URISyntaxException {
        ClassLoader empty = new ClassLoader(null) {
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SampleIndex.load(empty));
        assertTrue(e.getMessage().contains("samples/index.tsv"));
    }
}
