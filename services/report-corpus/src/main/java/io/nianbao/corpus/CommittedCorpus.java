package io.nianbao.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Word (.docx, .doc) and PDF files made once from generated reports by LibreOffice ({@link OfficeCorpusMain})
 * and committed under {@code corpus/} on the classpath, each with its truth ({@code <id>.json}).
 */
public final class CommittedCorpus {

    /** The formats committed per case, as file-name suffixes: LibreOffice docx, Word 97 doc, PDF. */
    public static final List<String> SUFFIXES = List.of(".lo.docx", ".doc", ".pdf");

    /** One committed case: the truth and its files keyed by format label (docx-lo, doc, pdf). */
    public record Entry(CorpusCase corpusCase, Map<String, Rendering> files) {
    }

    private CommittedCorpus() {
    }

    /** Every committed case listed in {@code corpus/index.txt}. */
    public static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (String id : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (id.isBlank()) {
                continue;
            }
            String base = id.strip();
            CorpusCase c = CaseJson.read(resource(base + ".json"));
            Map<String, Rendering> files = new LinkedHashMap<>();
            for (String suffix : SUFFIXES) {
                String label = label(suffix);
                files.put(label, new Rendering(base + suffix.replace(".lo.", "."), resource(base + suffix), label));
            }
            out.add(new Entry(c, files));
        }
        return out;
    }

    /** Format label of a committed suffix: docx-lo, doc or pdf. */
    public static String label(String suffix) {
        return suffix.equals(".lo.docx") ? "docx-lo" : suffix.substring(1);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CommittedCorpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("corpus resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
