package io.nianbao.rules;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TEMPLATE-OUTDATED: a report on 2021 or later uses the 2019 trial format, or mixes it with the 2021 format.
 * Decided from the parser's {@code template} ("2019", "mixed") and from 2019-only structure in the tables (Table 2
 * columns 本年新制作数量/上一年项目数量…, rows 其他对外管理服务事项/政府集中采购, Table 3 single row （六）其他处理).
 * <p>
 * The format in force depends on the reporting year: 国办公开办函〔2021〕30号 was issued on 26 September 2021 and
 * governs the reports on 2021 onward; the reports on 2019 and 2020 were due (31 January 2020 / 2021) while the
 * 2019 trial format was the national format, so for them the 2019 format — or a mix — is correct and passes.
 * The year is the report's own, else the year the submission is for; when neither is known the format in force
 * cannot be decided and the rule is not assessable rather than guessing.
 */
final class TemplateOutdatedCheck implements Check {

    private static final Set<String> COLUMNS_2019 = Set.of(
            "newlyMade", "newlyPublished", "totalPublished", "previousYear", "change", "items");
    private static final Set<String> ROWS_2019 = Set.of("otherServices", "procurement");
    private static final Set<String> COLUMNS_2021 = Set.of("issued", "repealed", "inForce");

    @Override
    public String ruleId() {
        return "TEMPLATE-OUTDATED";
    }

    /** The first reporting year the 2021 format (国办公开办函〔2021〕30号) governs. */
    static final int FIRST_YEAR_OF_2021_FORMAT = 2021;

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Integer year = report.year() != null ? report.year() : context.expectedYear();
        if (year == null) {
            run.notAssessable("reporting year unknown: the format in force cannot be decided");
            return;
        }
        if (year < FIRST_YEAR_OF_2021_FORMAT) {
            run.pass();
            return;
        }
        String template = report.template() == null ? "" : report.template().trim().toLowerCase(Locale.ROOT);
        List<String> evidence = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        cells.add("template");
        boolean has2021 = collect2019Evidence(report, evidence, cells);
        boolean declared2019 = template.equals("2019");
        boolean declaredMixed = template.startsWith("mix") || template.contains("+");
        if (!declared2019 && !declaredMixed && evidence.isEmpty()) {
            if (template.equals("2021")) {
                run.pass();
            } else {
                run.notAssessable("template not recognised");
            }
            return;
        }
        String provenance = report.provenance().getOrDefault("template", "");
        boolean mixed = declaredMixed || provenance.startsWith("mixed")
                || (!evidence.isEmpty() && (has2021 || template.equals("2021")));
        String actual = mixed ? "mixed" : "2019";
        if (evidence.isEmpty()) {
            evidence.add(mixed ? "表格栏目新旧格式混杂" : "表格栏目为 2019 年试行格式");
        }
        run.fail(mixed ? "mixed" : "default", Map.of("evidence", String.join("；", evidence)), cells, "2021",
                actual);
    }

    /** Adds 2019-only features to {@code evidence}; returns whether 2021-only features are present too. */
    private static boolean collect2019Evidence(Report report, List<String> evidence, List<String> cells) {
        boolean has2021 = false;
        ActiveDisclosure t2 = ReportParts.activeDisclosure(report);
        if (t2 != null) {
            boolean oldColumns = false;
            for (Map.Entry<String, Map<String, java.math.BigDecimal>> row : t2.rows().entrySet()) {
                if (ROWS_2019.contains(row.getKey())) {
                    evidence.add("表二含 2019 年格式的「" + (row.getKey().equals("procurement")
                            ? "政府集中采购" : "其他对外管理服务事项") + "」行");
                    cells.add("activeDisclosure." + row.getKey());
                }
                for (String column : row.getValue().keySet()) {
                    if (COLUMNS_2019.contains(column)) {
                        if (!oldColumns) {
                            evidence.add("表二使用 2019 年格式的栏目（本年新制作数量、本年新公开数量、对外公开总数量或"
                                    + "上一年项目数量、本年增/减）");
                        }
                        oldColumns = true;
                        cells.add("activeDisclosure." + row.getKey() + "." + column);
                    }
                    has2021 |= COLUMNS_2021.contains(column)
                            || (row.getKey().equals("fees") && column.equals("amount"));
                }
            }
        }
        Applications t3 = ReportParts.applications(report);
        if (t3 != null) {
            if (ReportParts.uses2019OtherHandling(t3)) {
                evidence.add("表三「（六）其他处理」为 2019 年格式的单行，未分列 1.逾期不补正、2.逾期未缴纳费用、3.其他");
                cells.add("applications.otherHandling");
            } else if (ReportParts.OTHER_HANDLING_SUB_ROWS.stream().anyMatch(t3::hasRow)) {
                has2021 = true;
            }
        }
        return has2021;
    }
}
