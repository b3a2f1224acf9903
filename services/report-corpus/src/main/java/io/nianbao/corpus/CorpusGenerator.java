package io.nianbao.corpus;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import io.nianbao.model.Tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws canonical annual reports with known truth. Reproducible: the same seed and index give the same case.
 * Reports on 2021–2025 use the 2021 format; about one in five reports is on 2019 or 2020 and correctly uses the
 * 2019 trial format (Table 2 with 本年新制作数量…, Table 3 with the single （六）其他处理 row); only the
 * TEMPLATE_OUTDATED injection puts the 2019 format (alone or mixed) into a report on 2021 or later.
 * Tables are consistent (every column balances, every row adds up, results sum to （七）总计, Table 4 totals
 * add up); the narrative states counts that agree with them; section 1 covers its five topics; the report is
 * dated in January of the following year. An {@link Injection} then breaks exactly one rule.
 */
public final class CorpusGenerator {

    private static final int WIDTH = Applications.COLUMNS.size();
    private static final List<String> RESULT_2021 = rows2021();
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("granted", 8), Map.entry("partiallyGranted", 3), Map.entry("withheld.stateSecret", 1),
            Map.entry("withheld.thirdParty", 2), Map.entry("withheld.processInformation", 2),
            Map.entry("withheld.internalAffairs", 1), Map.entry("unavailable.notHeld", 5),
            Map.entry("unavailable.needsCreation", 2), Map.entry("unavailable.unclear", 1),
            Map.entry("notProcessed.petition", 1), Map.entry("notProcessed.repeated", 2),
            Map.entry("notProcessed.publication", 1), Map.entry("notProcessed.confirmation", 1),
            Map.entry("otherHandling.overdueCorrection", 1), Map.entry("otherHandling.other", 2),
            Map.entry("otherHandling", 3));

    private final long seed;

    /** A generator whose cases are fixed by {@code seed}. */
    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Case {@code index}: a random report (random variation, Traditional mirrors allowed) with the injection. */
    public CorpusCase generate(int index, Injection injection) {
        Random r = random(index);
        return generate(index, injection, Variation.random(r, true), r);
    }

    /** Case {@code index} with the given injection and variation. */
    public CorpusCase generate(int index, Injection injection, Variation variation) {
        return generate(index, injection, variation, random(index));
    }

    /**
     * {@code count} cases cycling through clean reports and every injection: every third case is clean, the others
     * take the injections in turn.
     */
    public List<CorpusCase> batch(int count) {
        List<CorpusCase> out = new ArrayList<>();
        List<Injection> errors = Injection.errors();
        int e = 0;
        for (int i = 0; i < count; i++) {
            out.add(generate(i, i % 3 == 0 ? Injection.NONE : errors.get(e++ % errors.size())));
        }
        return out;
    }

    private Random random(int index) {
        return new Random(seed * 1_000_003L + index * 7919L + 17);
    }

    private CorpusCase generate(int index, Injection injection, Variation variation, Random r) {
        String agency = AgencyNames.next(r);
        boolean outdated = injection == Injection.TEMPLATE_OUTDATED;
        int year = outdated || r.nextInt(5) > 0 ? 2021 + r.nextInt(5) : 2019 + r.nextInt(2);
        boolean zero = r.nextInt(4) == 0;
        int scale = r.nextInt(8) == 0 ? 40 : 1;
        boolean old = outdated || year <= 2020;
        boolean mixed = outdated && r.nextBoolean();
        List<String> resultRows = old && !mixed ? rows2019() : RESULT_2021;

        ActiveDisclosure t2 = old ? table2For2019(r) : table2For2021(r, agency);
        Applications t3 = zero ? zeroTable3(resultRows) : table3(r, resultRows, scale);
        ReviewLitigation t4 = zero ? ReviewLitigation.of(java.util.Collections.nCopies(15, 0)) : table4(r);
        Applications clean3 = copy(t3);
        ReviewLitigation clean4 = copy(t4);
        LocalDate published = LocalDate.of(year + 1, 1, 5 + r.nextInt(27));
        int periodYear = year;
        boolean omitManagement = false;
        boolean omitPlatform = false;
        boolean omitSupervision = false;
        Integer wrongNew = null;
        int missingSection = 0;
        int emptySection = 0;

        switch (injection) {
            case T3_ROW_TOTAL -> {
                int c = r.nextInt(6);
                int d = 1 + r.nextInt(3);
                String row = resultRows.get(r.nextInt(resultRows.size()));
                add(t3, "newReceived", c, d);
                add(t3, "resultTotal", c, d);
                add(t3, row, c, d);
            }
            case T3_RESULT_SUM -> {
                List<String> quiet = new ArrayList<>(resultRows);
                quiet.remove("granted");
                quiet.remove("partiallyGranted");
                String row = quiet.get(r.nextInt(quiet.size()));
                int c = r.nextInt(6);
                int d = 1 + r.nextInt(3);
                add(t3, row, c, d);
                add(t3, row, Applications.TOTAL, d);
            }
            case T3_BALANCE -> {
                int c = r.nextInt(6);
                int d = 1 + r.nextInt(3);
                add(t3, "carriedForward", c, d);
                add(t3, "carriedForward", Applications.TOTAL, d);
            }
            case T4_SUM -> {
                String group = ReviewLitigation.GROUPS.get(r.nextInt(3));
                String key = ReviewLitigation.KEYS.get(r.nextInt(4));
                t4.group(group).merge(key, 1 + r.nextInt(2), Integer::sum);
            }
            case CELL_INVALID -> blank(r, t3, t4, resultRows);
            case PUBLISHED_BEFORE_PERIOD_END -> published = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            case PUBLISHED_LATE -> published = LocalDate.of(year + 1, 2 + r.nextInt(3), 1 + r.nextInt(28));
            case YEAR_MISMATCH -> periodYear = year - 1 - r.nextInt(2);
            case OVERVIEW_INCOMPLETE -> {
                int pick = r.nextInt(4);
                omitManagement = pick == 0;
                omitPlatform = pick == 1 || pick == 3;
                omitSupervision = pick == 2 || pick == 3;
            }
            case TEXT_TABLE_MISMATCH -> {
                int n = clean3.cell("newReceived", Applications.TOTAL);
                int n2 = n + clean3.cell("carriedOver", Applications.TOTAL);
                int w = n + 1 + r.nextInt(5);
                while (w == n2) {
                    w++;
                }
                wrongNew = w;
            }
            case SECTION_MISSING -> missingSection = List.of(1, 5, 6).get(r.nextInt(3));
            case SECTION_EMPTY -> emptySection = 5 + r.nextInt(2);
            default -> {
            }
        }

        Narrative.Facts facts = new Narrative.Facts(periodYear, 30 + r.nextInt(600), r.nextInt(12),
                1 + r.nextInt(5),
                wrongNew != null ? wrongNew : stated(t3, clean3, "newReceived"),
                stated(t3, clean3, "carriedOver"), stated(t3, clean3, "granted"),
                stated(t3, clean3, "partiallyGranted"), stated(t3, clean3, "carriedForward"),
                reviewTotal(t4, clean4), litigationTotal(t4, clean4),
                omitManagement, omitPlatform, omitSupervision, variation.subHeadings());

        List<Section> sections = new ArrayList<>();
        List<String> titles = titles(old, variation);
        for (int n = 1; n <= 6; n++) {
            String text = switch (n) {
                case 1 -> String.join("\n", Narrative.overview(year, facts));
                case 5 -> emptySection == 5 ? pick(r, "无。", "暂无。", "无") : Narrative.problems(r);
                case 6 -> emptySection == 6 ? pick(r, "无。", "本年度无其他需要报告的事项。", "暂无。")
                        : Narrative.other(year, r);
                default -> "";
            };
            sections.add(n == missingSection ? Section.missing(n) : new Section(n, titles.get(n - 1), true, text));
        }
        Tables tables = new Tables(t2, t3, t4);
        if (injection == Injection.TABLE_MISSING) {
            int which = 2 + r.nextInt(3);
            tables = new Tables(which == 2 ? null : t2, which == 3 ? null : t3, which == 4 ? null : t4);
        }
        Report truth = new Report(Report.SCHEMA_VERSION, null, agency, year, published,
                old ? "2019" : "2021", sections, tables, new LinkedHashMap<>());
        String id = String.format("c%04d-%s", index, injection.name().toLowerCase(java.util.Locale.ROOT));
        return new CorpusCase(id, truth, injection, injection.expectedRules(), variation);
    }

    /**
     * Leaves Table 3/4 cells blank, in every column position: one Table 3 cell anywhere, one Table 3 总计 cell (the
     * cell whose blank used to shift a row's numbers), the 总计 of every result sub-row while （七）总计 is filled
     * (a real reviewer's find), one Table 4 cell, or one Table 4 总计.
     */
    private static void blank(Random r, Applications t3, ReviewLitigation t4, List<String> resultRows) {
        List<String> rows = new ArrayList<>(t3.rows().keySet());
        int kind = r.nextInt(10);
        if (kind < 4) {
            t3.rows().get(rows.get(r.nextInt(rows.size()))).set(r.nextInt(WIDTH), null);
        } else if (kind < 6) {
            t3.rows().get(rows.get(r.nextInt(rows.size()))).set(Applications.TOTAL, null);
        } else if (kind < 7) {
            resultRows.forEach(row -> t3.rows().get(row).set(Applications.TOTAL, null));
        } else {
            t4.group(ReviewLitigation.GROUPS.get(r.nextInt(3)))
                    .put(ReviewLitigation.KEYS.get(kind < 9 ? r.nextInt(4) : 4), null);
        }
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** Section titles as printed (without numbering). */
    private static List<String> titles(boolean old, Variation v) {
        List<String> t = new ArrayList<>(Section.CANONICAL_TITLES);
        if (v.longTitle4()) {
            t.set(3, "因政府信息公开工作被申请行政复议、提起行政诉讼情况");
        }
        if (old) {
            t.set(4, "政府信息公开工作存在的主要问题及改进情况");
        }
        return t;
    }

    /** A narrated count: the table's value, or the clean one when the cell was blanked. */
    private static Integer stated(Applications now, Applications clean, String row) {
        Integer v = now.cell(row, Applications.TOTAL);
        return v != null ? v : clean.cell(row, Applications.TOTAL);
    }

    private static Integer reviewTotal(ReviewLitigation now, ReviewLitigation clean) {
        Integer v = now.review().get("total");
        return v != null ? v : clean.review().get("total");
    }

    private static Integer litigationTotal(ReviewLitigation now, ReviewLitigation clean) {
        Integer a = now.litigationDirect().get("total");
        Integer b = now.litigationAfterReview().get("total");
        a = a != null ? a : clean.litigationDirect().get("total");
        b = b != null ? b : clean.litigationAfterReview().get("total");
        return a + b;
    }

    private static void add(Applications t, String row, int column, int delta) {
        List<Integer> cells = t.rows().get(row);
        cells.set(column, cells.get(column) + delta);
    }

    private static List<String> rows2021() {
        List<String> rows = new ArrayList<>(Applications.RESULT_ROWS);
        rows.remove("otherHandling");
        return List.copyOf(rows);
    }

    private static List<String> rows2019() {
        List<String> rows = new ArrayList<>(Applications.RESULT_ROWS);
        rows.removeAll(List.of("otherHandling.overdueCorrection", "otherHandling.overdueFee", "otherHandling.other"));
        return List.copyOf(rows);
    }

    private static Applications zeroTable3(List<String> resultRows) {
        Applications t = Applications.empty();
        for (String row : allRows(resultRows)) {
            t.rows().put(row, new ArrayList<>(java.util.Collections.nCopies(WIDTH, 0)));
        }
        return t;
    }

    private static List<String> allRows(List<String> resultRows) {
        List<String> rows = new ArrayList<>(List.of("newReceived", "carriedOver"));
        rows.addAll(resultRows);
        rows.add("resultTotal");
        rows.add("carriedForward");
        return rows;
    }

    /** A balanced Table 3; {@code scale} above 1 gives a large agency's three- and four-digit counts. */
    private static Applications table3(Random r, List<String> resultRows, int scale) {
        Applications t = zeroTable3(resultRows);
        int weightSum = resultRows.stream().mapToInt(k -> WEIGHTS.getOrDefault(k, 0)).sum();
        for (int c = 0; c < 6; c++) {
            int received = c == 0 ? 1 + r.nextInt(25 * scale) : (r.nextInt(100) < 35 ? r.nextInt(5 * scale) : 0);
            int carried = r.nextInt(100) < 30 ? r.nextInt(3) : 0;
            int forward = r.nextInt(100) < 30 ? r.nextInt(Math.min(2, received + carried) + 1) : 0;
            int results = received + carried - forward;
            t.rows().get("newReceived").set(c, received);
            t.rows().get("carriedOver").set(c, carried);
            t.rows().get("carriedForward").set(c, forward);
            t.rows().get("resultTotal").set(c, results);
            for (int k = 0; k < results; k++) {
                int pick = r.nextInt(weightSum);
                for (String row : resultRows) {
                    pick -= WEIGHTS.getOrDefault(row, 0);
                    if (pick < 0) {
                        add(t, row, c, 1);
                        break;
                    }
                }
            }
        }
        for (List<Integer> cells : t.rows().values()) {
            int sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += cells.get(c);
            }
            cells.set(Applications.TOTAL, sum);
        }
        return t;
    }

    private static ReviewLitigation table4(Random r) {
        List<Integer> values = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            int sum = 0;
            for (int k = 0; k < 4; k++) {
                int v = r.nextInt(100) < (g == 0 ? 30 : 15) ? r.nextInt(3) : 0;
                values.add(v);
                sum += v;
            }
            values.add(sum);
        }
        return ReviewLitigation.of(values);
    }

    private static ActiveDisclosure table2For2021(Random r, String agency) {
        ActiveDisclosure t = new ActiveDisclosure();
        boolean canIssueRules = agency.contains("市") && !agency.contains("街道") && r.nextInt(3) == 0;
        for (String col : List.of("issued", "repealed", "inForce")) {
            t.cell("rules", col, canIssueRules ? BigDecimal.valueOf(r.nextInt(3)) : (r.nextBoolean() ? null
                    : BigDecimal.ZERO));
        }
        int issued = r.nextInt(6);
        t.cell("normativeDocuments", "issued", BigDecimal.valueOf(issued));
        t.cell("normativeDocuments", "repealed", BigDecimal.valueOf(r.nextInt(3)));
        t.cell("normativeDocuments", "inForce", BigDecimal.valueOf(issued + r.nextInt(30)));
        t.cell("licensing", "decisions", r.nextInt(5) == 0 ? null : BigDecimal.valueOf(r.nextInt(800)));
        t.cell("punishment", "decisions", BigDecimal.valueOf(r.nextInt(120)));
        t.cell("enforcement", "decisions", r.nextInt(4) == 0 ? null : BigDecimal.valueOf(r.nextInt(20)));
        t.cell("fees", "amount", switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(1 + r.nextInt(9999), 2);
        });
        return t;
    }

    private static ActiveDisclosure table2For2019(Random r) {
        ActiveDisclosure t = new ActiveDisclosure();
        for (String row : List.of("rules", "normativeDocuments")) {
            int made = r.nextInt(6);
            boolean blank = row.equals("rules") && r.nextBoolean();
            t.cell(row, "newlyMade", blank ? null : BigDecimal.valueOf(made));
            t.cell(row, "newlyPublished", blank ? null : BigDecimal.valueOf(made));
            t.cell(row, "totalPublished", blank ? null : BigDecimal.valueOf(made + r.nextInt(40)));
        }
        for (String row : List.of("licensing", "otherServices", "punishment", "enforcement")) {
            t.cell(row, "previousYear", BigDecimal.valueOf(r.nextInt(300)));
            t.cell(row, "change", BigDecimal.valueOf(r.nextInt(21) - 10));
            t.cell(row, "decisions", BigDecimal.valueOf(r.nextInt(500)));
        }
        t.cell("fees", "previousYear", BigDecimal.valueOf(r.nextInt(5)));
        t.cell("fees", "change", BigDecimal.valueOf(r.nextInt(3) - 1));
        t.cell("procurement", "items", BigDecimal.valueOf(r.nextInt(10)));
        t.cell("procurement", "amount", BigDecimal.valueOf(r.nextInt(99999), 2));
        return t;
    }

    private static Applications copy(Applications t) {
        Applications c = Applications.empty();
        t.rows().forEach((k, v) -> c.rows().put(k, new ArrayList<>(v)));
        return c;
    }

    private static ReviewLitigation copy(ReviewLitigation t) {
        return new ReviewLitigation(new LinkedHashMap<>(t.review()), new LinkedHashMap<>(t.litigationDirect()),
                new LinkedHashMap<>(t.litigationAfterReview()));
    }
}
