package io.nianbao.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Makes the committed Word/PDF corpus once (needs LibreOffice, which CI does not have): renders cases to HTML,
 * lets {@code soffice} convert HTML → docx and docx → pdf / doc (as agencies export from Word), and writes each
 * case's truth as {@code <id>.json} plus {@code index.txt}. Run from the repository root:
 * <pre>
 * java -cp "services/report-corpus/target/classes:$(cat cp.txt)" io.nianbao.corpus.OfficeCorpusMain \
 *      services/report-corpus/src/main/resources/corpus
 * </pre>
 */
public final class OfficeCorpusMain {

    /** The seed of the committed set; change it only together with the committed files. */
    public static final long SEED = 20240131L;

    private static final List<Injection> PLAN = List.of(
            Injection.NONE, Injection.NONE, Injection.NONE, Injection.NONE,
            Injection.T3_ROW_TOTAL, Injection.CELL_INVALID, Injection.TEMPLATE_OUTDATED,
            Injection.PUBLISHED_BEFORE_PERIOD_END, Injection.T4_SUM, Injection.TEXT_TABLE_MISMATCH,
            Injection.SECTION_MISSING, Injection.T3_BALANCE);

    private OfficeCorpusMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "services/report-corpus/src/main/resources/corpus");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("office-corpus");
        CorpusGenerator generator = new CorpusGenerator(SEED);
        Renderer renderer = new Renderer();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLAN.size(); i++) {
            Random r = new Random(SEED + i);
            CorpusCase c = generator.generate(1000 + i, PLAN.get(i), Variation.random(r, false));
            ids.add(c.id());
            Files.writeString(work.resolve(c.id() + ".html"), renderer.html(c), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(c.id() + ".json"), CaseJson.write(c), StandardCharsets.UTF_8);
        }
        List<String> html = ids.stream().map(id -> work.resolve(id + ".html").toString()).toList();
        soffice(work, "docx:MS Word 2007 XML", html);
        List<String> docx = ids.stream().map(id -> work.resolve(id + ".docx").toString()).toList();
        soffice(work.resolve("pdf"), "pdf", docx);
        soffice(work.resolve("doc"), "doc:MS Word 97", docx);
        for (String id : ids) {
            Files.copy(work.resolve(id + ".docx"), out.resolve(id + ".lo.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(work.resolve("pdf").resolve(id + ".pdf"), out.resolve(id + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(work.resolve("doc").resolve(id + ".doc"), out.resolve(id + ".doc"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(out.resolve("index.txt"), String.join("\n", ids) + "\n", StandardCharsets.UTF_8);
        System.out.println("wrote " + ids.size() + " cases to " + out);
    }

    private static void soffice(Path outDir, String filter, List<String> files) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", filter,
                "--outdir", outDir.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("soffice failed for " + filter);
        }
    }
}
