package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which national format a report uses. Evidence of the 2019 trial format: Table 2 columns
 * 本年新制作数量/本年新公开数量/对外公开总数量, 上一年项目数量/本年增减, rows 其他对外管理服务事项 or 政府集中采购,
 * and Table 3's single （六）其他处理 row. Evidence of 2021: 本年制发/废止/现行有效 columns and the three
 * （六） sub-rows. A Table 3 holding both the single （六） row and its sub-rows is read as the 2021 form (the single row
 * can only be a label the extractor took for it, e.g. "（六）其他处理 | 3．其他" in a table without merged cells); only
 * a Table 3 with the single row and no sub-row is 2019 evidence. A clean 2019 report (all evidence 2019) is "2019"
 * without "mixed". <b>A mix is reported as "2019"</b> (the outdated format is in use, which is what
 * TEMPLATE-OUTDATED judges); the evidence for both is written to provenance key {@code template}, e.g.
 * {@code "mixed: 2019 [activeDisclosure.rules.newlyMade, applications.otherHandling] + 2021 [activeDisclosure.fees.amount]"}.
 * No evidence at all gives "unknown".
 */
final class TemplateDetector {

    private static final Set<String> COLUMNS_2019 = Set.of("newlyMade", "newlyPublished", "totalPublished",
            "previousYear", "change", "items");
    private static final Set<String> ROWS_2019 = Set.of("otherServices", "procurement");
    private static final Set<String> COLUMNS_2021 = Set.of("issued", "repealed", "inForce");

    private TemplateDetector() {
    }

    static String detect(ActiveDisclosure table2, Applications table3, Map<String, String> provenance) {
        List<String> old = new ArrayList<>();
        List<String> current = new ArrayList<>();
        if (table2 != null) {
            for (Map.Entry<String, Map<String, java.math.BigDecimal>> row : table2.rows().entrySet()) {
                for (String col : row.getValue().keySet()) {
                    String path = "activeDisclosure." + row.getKey() + "." + col;
                    if (COLUMNS_2019.contains(col) || ROWS_2019.contains(row.getKey())) {
                        old.add(path);
                    } else if (COLUMNS_2021.contains(col)) {
                        current.add(path);
                    } else if (row.getKey().equals("fees") && col.equals("amount")) {
                        current.add(path);
                    }
                }
            }
        }
        if (table3 != null) {
            boolean subRows = table3.rows().keySet().stream().anyMatch(k -> k.startsWith("otherHandling."));
            if (subRows) {
                current.add("applications.otherHandling.*");
            } else if (table3.hasRow("otherHandling")) {
                old.add("applications.otherHandling");
            }
        }
        if (!old.isEmpty() && !current.isEmpty()) {
            provenance.put("template", "mixed: 2019 " + old + " + 2021 " + current);
            return "2019";
        }
        if (!old.isEmpty()) {
            provenance.put("template", "2019 " + old);
            return "2019";
        }
        if (!current.isEmpty()) {
            provenance.put("template", "2021 " + current);
            return "2021";
        }
        return "unknown";
    }
}
