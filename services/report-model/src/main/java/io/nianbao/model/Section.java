package io.nianbao.model;

/**
 * One of the six sections of the national format, numbered 1..6 in the template's order.
 * {@code present=false} with a null text when the report lacks it.
 */
public record Section(int number, String title, boolean present, String text) {

    /** The six sections' canonical titles, index 0 = section 1. */
    public static final java.util.List<String> CANONICAL_TITLES = java.util.List.of(
            "总体情况",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况",
            "存在的主要问题及改进情况",
            "其他需要报告的事项");

    public static Section missing(int number) {
        return new Section(number, CANONICAL_TITLES.get(number - 1), false, null);
    }
}
