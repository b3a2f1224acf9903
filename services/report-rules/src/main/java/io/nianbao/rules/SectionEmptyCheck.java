package io.nianbao.rules;

import io.nianbao.model.Report;
import io.nianbao.model.Section;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SECTION-EMPTY: sections 5 (问题及改进) and 6 (其他事项) must say something. Flags a blank section, a bare
 * "无"/"暂无", or a token sentence such as "本年度无其他需要报告的事项。"; any real statement (e.g. that no
 * processing fee was charged) passes.
 */
final class SectionEmptyCheck implements Check {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{IsHan}\\p{IsAlphabetic}]");
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^[一二三四五六七八九十]+(?=[无没暂本我该今])");
    private static final Pattern BARE = Pattern.compile("^(无|暂无|没有|略|无此项|无相关情况|不涉及|空)$");
    private static final Pattern TOKEN = Pattern.compile(
            "^(本|我|该)?(局|委|办|厅|单位|机关|中心|镇|乡|街道|部门|政府|公司)?(今年|本年度|年度|本年|年)?"
                    + "(暂|均|并)?(无|没有|未发现|不存在)(其他|其它|明显|突出|任何)?(需要|需|应当|应)?(报告|说明|存在)?的?"
                    + "(其他|其它|主要|需要报告的)?(事项|情况|问题|内容|不足)?$");

    @Override
    public String ruleId() {
        return "SECTION-EMPTY";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        check(report, 5, "本年度政府信息公开工作存在的主要问题和具体改进措施", run);
        check(report, 6, "其他需要报告的事项（如是否收取信息处理费、落实上级年度政务公开工作要点的情况等）", run);
    }

    private static void check(Report report, int number, String hint, RuleRun run) {
        if (!ReportParts.isPresent(report, number)) {
            run.notAssessable("section " + number + " missing");
            return;
        }
        String text = ReportParts.text(report, number);
        String state = state(text);
        if (run.check(state == null)) {
            return;
        }
        String actual = text == null ? "" : text.strip();
        run.fail(Map.of("number", Labels.sectionNumber(number), "title", Section.CANONICAL_TITLES.get(number - 1),
                        "state", state, "hint", hint),
                List.of("sections." + number + ".text"), "具体内容",
                actual.length() > 60 ? actual.substring(0, 60) + "…" : actual);
    }

    /** Why the text is empty in substance, or null when it says something. */
    static String state(String text) {
        String stripped = text == null ? "" : text.strip();
        String letters = NOT_LETTERS.matcher(stripped).replaceAll("");
        letters = LEADING_NUMBERING.matcher(letters).replaceAll("");
        if (letters.isEmpty()) {
            return "内容为空";
        }
        if (BARE.matcher(letters).matches()) {
            return "只写了“" + stripped + "”";
        }
        if (TOKEN.matcher(letters).matches()) {
            return "只有一句套话“" + stripped + "”";
        }
        return null;
    }
}
