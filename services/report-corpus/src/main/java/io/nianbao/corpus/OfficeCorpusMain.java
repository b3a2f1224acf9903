package io.nianbao.corpus;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Makes the committed Word/PDF corpus (needs LibreOffice, which CI does not have): renders cases to HTML, lets
 * {@code soffice} convert HTML → docx and docx → pdf / doc (as agencies export from Word), and writes each case's
 * truth as {@code <id>.json} plus {@code index.txt}. Run from the repository root:
 * <pre>
 * java -cp "services/report-corpus/target/classes:$(cat cp.txt)" io.nianbao.corpus.OfficeCorpusMain \
 *      services/report-corpus/src/main/resources/corpus
 * </pre>
 * Cases whose files are already there are left as they are: c1000–c1011 were made by an earlier generator (their
 * truth files are what counts) and are never regenerated; the web-pattern cases from c1012 on ({@link #WEB}) are
 * made when missing. LibreOffice runs with its own profile under the temporary directory, so a desktop session
 * or another conversion does not hold its lock.
 */
public final class OfficeCorpusMain {

    /** The seed of the committed set; change it only together with the committed files. */
    public static final long SEED = 20240131L;

    /** The first committed cases (c1000–c1011), made before the web patterns; kept, not regenerated. */
    static final List<String> LEGACY = List.of("c1000-none", "c1001-none", "c1002-none", "c1003-none",
            "c1004-t3_row_total", "c1005-cell_invalid", "c1006-template_outdated",
            "c1007-published_before_period_end", "c1008-t4_sum", "c1009-text_table_mismatch",
            "c1010-section_missing", "c1011-t3_balance");

    /** One hand-picked case: its injection, its look and what its truth must hold (the first seed that fits). */
    record Spec(Injection injection, Variation variation, Predicate<Report> truth) {
    }

    private static Variation.Builder look() {
        return Variation.plain().toBuilder();
    }

    /** The web-pattern cases, numbered from c1012 in this order. Append only: the order fixes the ids. */
    static final List<Spec> WEB = List.of(
            new Spec(Injection.NONE, look().chrome(Variation.Chrome.AROUND, 5).build(), OfficeCorpusMain::format2021),
            new Spec(Injection.NONE, look().splitTable2(true).truncatedHeaders(true).detail(0)
                    .groupLabels(Variation.GroupLabels.REPEATED).build(), OfficeCorpusMain::format2019),
            new Spec(Injection.NONE, look().splitTable2(true).chrome(Variation.Chrome.BEFORE, 7)
                    .twoRowT3Header(true).twoRowT4Header(true).build(), OfficeCorpusMain::format2019),
            new Spec(Injection.CELL_INVALID, look().build(), r -> blankTotalIn(r, Set.of("granted",
                    "partiallyGranted", "resultTotal", "newReceived"))),
            new Spec(Injection.CELL_INVALID, look().twoRowT4Header(true).build(), r -> blankT4Total(r)),
            new Spec(Injection.CELL_INVALID, look().groupLabels(Variation.GroupLabels.FIRST_ONLY).build(),
                    r -> blankTotals(r) >= 5),
            new Spec(Injection.NONE, look().traditional(true).groupLabels(Variation.GroupLabels.FIRST_ONLY).build(),
                    OfficeCorpusMain::format2021),
            new Spec(Injection.T3_ROW_TOTAL, look().traditional(true).chrome(Variation.Chrome.AFTER, 11).build(),
                    OfficeCorpusMain::format2021),
            new Spec(Injection.NONE, look().build(), r -> format2021(r) && maxCount(r) >= 300),
            new Spec(Injection.T3_RESULT_SUM, look().splitTable2(true).detail(4)
                    .chrome(Variation.Chrome.BETWEEN, 4).build(), OfficeCorpusMain::format2019),
            new Spec(Injection.NONE, look().splitTable2(true).detail(1).groupLabels(Variation.GroupLabels.REPEATED)
                    .blankMarker("/").build(), r -> format2021(r) && maxCount(r) >= 100));

    private OfficeCorpusMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "services/report-corpus/src/main/resources/corpus");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("office-corpus");
        Renderer renderer = new Renderer();
        Set<String> index = new LinkedHashSet<>(LEGACY);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < WEB.size(); i++) {
            CorpusCase c = find(1012 + i, WEB.get(i));
            index.add(c.id());
            if (Files.exists(out.resolve(c.id() + ".json"))) {
                continue;
            }
            made.add(c.id());
            Files.writeString(work.resolve(c.id() + ".html"), renderer.html(c), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(c.id() + ".json"), CaseJson.write(c), StandardCharsets.UTF_8);
        }
        if (!made.isEmpty()) {
            List<String> html = made.stream().map(id -> work.resolve(id + ".html").toString()).toList();
            soffice(work, "docx:MS Word 2007 XML", html);
            List<String> docx = made.stream().map(id -> work.resolve(id + ".docx").toString()).toList();
            soffice(work.resolve("pdf"), "pdf", docx);
            soffice(work.resolve("doc"), "doc:MS Word 97", docx);
            for (String id : made) {
                Files.copy(work.resolve(id + ".docx"), out.resolve(id + ".lo.docx"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(work.resolve("pdf").resolve(id + ".pdf"), out.resolve(id + ".pdf"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(work.resolve("doc").resolve(id + ".doc"), out.resolve(id + ".doc"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(out.resolve("index.txt"), String.join("\n", index) + "\n", StandardCharsets.UTF_8);
        System.out.println("made " + made.size() + " cases, index lists " + index.size() + ", in " + out);
    }

    /** Case {@code index} of the spec: the first generator seed from {@link #SEED} on whose truth fits. */
    static CorpusCase find(int index, Spec spec) {
        for (long seed = SEED; seed < SEED + 5000; seed++) {
            CorpusCase c = new CorpusGenerator(seed).generate(index, spec.injection(), spec.variation());
            if (spec.truth().test(c.truth())) {
                return c;
            }
        }
        throw new IllegalStateException("no seed gives case " + index + " its truth");
    }

    private static boolean format2021(Report r) {
        return "2021".equals(r.template());
    }

    private static boolean format2019(Report r) {
        return "2019".equals(r.template()) && r.year() <= 2020;
    }

    private static boolean blankTotalIn(Report r, Set<String> rows) {
        Applications t = r.tables().applications();
        return t != null && blankTotals(r) == 1
                && rows.stream().anyMatch(row -> t.hasRow(row) && t.cell(row, Applications.TOTAL) == null);
    }

    private static int blankTotals(Report r) {
        Applications t = r.tables().applications();
        return t == null ? 0 : (int) t.rows().values().stream().filter(v -> v.get(Applications.TOTAL) == null)
                .count();
    }

    private static boolean blankT4Total(Report r) {
        ReviewLitigation t = r.tables().reviewLitigation();
        return t != null && ReviewLitigation.GROUPS.stream().anyMatch(g -> t.group(g).containsKey("total")
                && t.group(g).get("total") == null);
    }

    private static int maxCount(Report r) {
        Applications t = r.tables().applications();
        return t == null ? 0 : t.rows().values().stream().flatMap(List::stream)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
    }

    private static void soffice(Path outDir, String filter, List<String> files)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Path.of(System.getProperty("java.io.tmpdir"), "office-corpus-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", filter, "--outdir", outDir.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("soffice failed for " + filter);
        }
    }
}
