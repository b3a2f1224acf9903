package io.nianbao.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo samples bundled in the jar under {@code samples/}, listed in {@code samples/index.tsv}: one line
 * per file, tab-separated {@code file, expectedStatus, expectedErrorRules (comma separated, "-" for none),
 * description}; lines starting with {@code #} are comments.
 */
public final class SampleIndex {

    /** The class-path folder of the samples. */
    public static final String RESOURCE_DIR = "samples/";
    private static final Set<String> STATUSES = Set.of("PASSED", "FAILED");

    private final List<SampleEntry> entries;
    private final ClassLoader loader;

    private SampleIndex(List<SampleEntry> entries, ClassLoader loader) {
        this.entries = List.copyOf(entries);
        this.loader = loader;
    }

    /** Loads the index bundled with this jar. */
    public static SampleIndex bundled() {
        return load(SampleIndex.class.getClassLoader());
    }

    /** Loads {@code samples/index.tsv} through {@code loader}. */
    public static SampleIndex load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + "index.tsv")) {
            if (in == null) {
                throw new IllegalStateException("samples/index.tsv is not on the class path");
            }
            return new SampleIndex(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of an index file. */
    public static List<SampleEntry> parse(String text) {
        List<SampleEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 3) {
                    throw new IllegalArgumentException("samples/index.tsv line " + lineNumber
                            + ": expected file, status and rules separated by tabs");
                }
                String file = fields[0].strip();
                String status = fields[1].strip();
                if (file.isEmpty() || file.contains("/") || file.contains("\\")) {
                    throw new IllegalArgumentException("samples/index.tsv line " + lineNumber + ": bad file name \"" + file + "\"");
                }
                if (!STATUSES.contains(status)) {
                    throw new IllegalArgumentException("samples/index.tsv line " + lineNumber
                            + ": status must be PASSED or FAILED, got \"" + status + "\"");
                }
                if (!seen.add(file)) {
                    throw new IllegalArgumentException("samples/index.tsv line " + lineNumber + ": " + file + " is listed twice");
                }
                String rulesField = fields[2].strip();
                List<String> rules = rulesField.isEmpty() || rulesField.equals("-") ? List.of()
                        : Arrays.stream(rulesField.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
                if (status.equals("PASSED") != rules.isEmpty()) {
                    throw new IllegalArgumentException("samples/index.tsv line " + lineNumber
                            + ": a PASSED sample has no error rules and a FAILED one has at least one");
                }
                String description = fields.length > 3 ? fields[3].strip() : "";
                entries.add(new SampleEntry(file, status, rules, description));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public List<SampleEntry> entries() {
        return entries;
    }

    /** The bytes of one sample. */
    public byte[] read(SampleEntry entry) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + entry.file())) {
            if (in == null) {
                throw new IllegalStateException("sample " + entry.file() + " is listed in index.tsv but not bundled");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every sample into {@code dir} (created if needed) and returns the files in index order. */
    public List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (SampleEntry entry : entries) {
            Path target = dir.resolve(entry.file());
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + entry.file())) {
                if (in == null) {
                    throw new IOException("sample " + entry.file() + " is listed in index.tsv but not bundled");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            files.add(target);
        }
        return files;
    }
}
