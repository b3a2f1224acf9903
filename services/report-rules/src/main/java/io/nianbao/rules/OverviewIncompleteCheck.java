package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * OVERVIEW-INCOMPLETE: section 1 (总体情况) should cover its five topics. Each topic is recognised by its name or
 * a common synonym, so a report that words a topic differently is not flagged.
 */
final class OverviewIncompleteCheck implements Check {

    static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("主动公开", Pattern.compile("主动公开|公开主动"));
        TOPICS.put("依申请公开", Pattern.compile("依申请|公开申请|申请公开"));
        TOPICS.put("政府信息管理", Pattern.compile(
                "信息管理|公开管理|发布审核|审核发布|信息审核|保密审查|公开目录|三审三校|先审后发|信息发布机制|"
                        + "政策解读|公开指南|规范性文件管理"));
        TOPICS.put("平台建设", Pattern.compile(
                "平台|网站|新媒体|公众号|政务微博|门户|公开专栏|公开栏|查阅场所|查阅点|政务服务中心"));
        TOPICS.put("监督保障", Pattern.compile("监督|保障|考核|考评|培训|问责|责任追究|督查|督促|评议"));
    }

    @Override
    public String ruleId() {
        return "OVERVIEW-INCOMPLETE";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        String text = ReportParts.text(report, 1);
        if (text == null) {
            run.notAssessable("section 1 missing");
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Pattern> topic : TOPICS.entrySet()) {
            if (!run.check(topic.getValue().matcher(text).find())) {
                missing.add(topic.getKey());
            }
        }
        if (!missing.isEmpty()) {
            String list = "「" + String.join("」「", missing) + "」";
            run.fail(Map.of("missing", list), List.of("sections.1.text"), String.join("、", TOPICS.keySet()),
                    String.join("、", missing));
        }
    }
}
