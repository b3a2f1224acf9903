package io.nianbao.rules;

import io.nianbao.model.Report;
import io.nianbao.model.Section;

import java.util.List;
import java.util.Map;

/** SECTION-MISSING: each of the six sections must be present. */
final class SectionMissingCheck implements Check {

    @Override
    public String ruleId() {
        return "SECTION-MISSING";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        for (int n = 1; n <= 6; n++) {
            if (run.check(ReportParts.isPresent(report, n))) {
                continue;
            }
            String title = Section.CANONICAL_TITLES.get(n - 1);
            run.fail(Map.of("number", Labels.sectionNumber(n), "title", title),
                    List.of("sections." + n), Labels.sectionNumber(n) + "、" + title, null);
        }
    }
}
