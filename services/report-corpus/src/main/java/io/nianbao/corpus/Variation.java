package io.nianbao.corpus;

import java.util.Locale;
import java.util.Random;

/**
 * How a report is dressed when rendered: the differences real reports show without changing a single fact
 * (see real-world-variation.md). The truth does not depend on it: a Traditional mirror prints the agency name in
 * Traditional characters, and the parser gives it back in Simplified (the agency is an identity).
 *
 * <p>The components after {@code chineseDate} were added for reports copied from web pages (issue 9); truth files
 * written before them read back with those knobs off.
 *
 * @param asciiPunctuation  （）：， printed as ( ) : ,
 * @param headings          how section headings are numbered
 * @param markdownHeadings  headings marked with #, ##, ### (mixed with plain ones)
 * @param subHeadings       section 1 has sub-headings reusing 一、二、三 before the real 二、
 * @param longTitle4        section 4 titled 因政府信息公开工作被申请行政复议、提起行政诉讼情况
 * @param traditional       a mirror copy converted to Traditional characters, table labels included
 * @param typos             尚示审结, 有色稽, 行政事业型收费 in the fixed labels
 * @param brokenHeaders     header words broken over lines (商业\n企业, 科\n研\n机\n构, 本年新\n制作数量)
 * @param blankMarker       how a blank (null) cell is printed: "" (an empty cell that keeps its column), "/", "—"
 * @param shiftedLabels     (tab layout) some row labels shifted to the first column, parents elsewhere
 * @param agencyAboveTitle  the agency on its own line above a title that starts with the year
 * @param chineseDate       the closing date in Chinese numerals (二〇二四年一月二十日)
 * @param chrome            where web page chrome (navigation, tool and footer lines) stands around the report
 * @param detail            a seed for the small choices of a knob (which chrome lines, how sub-tables are separated)
 * @param groupLabels       how Table 3's group labels (三、本年度办理结果, （三）不予公开 …) sit in the rows
 * @param droppedSlots      (tab, pipe and Markdown layouts) a row prints only its own cells, as when a web table is
 *                          copied out: merged slots leave no gap, so group labels stand inline
 *                          ({@code （三）不予公开 | 1．属于国家秘密 | 14 | …})
 * @param twoRowT3Header    Table 3's header in two rows (no 申请人情况 row) instead of three
 * @param twoRowT4Header    Table 4's header in two rows (group names, then the fifteen result words)
 * @param splitTable2       Table 2 printed as several small tables, each with its own header row
 * @param truncatedHeaders  2019 Table 2 headers cut short (本年新 | 本年新, 本年增/)
 */
public record Variation(boolean asciiPunctuation, HeadingStyle headings, boolean markdownHeadings,
                        boolean subHeadings, boolean longTitle4, boolean traditional, boolean typos,
                        boolean brokenHeaders, String blankMarker, boolean shiftedLabels,
                        boolean agencyAboveTitle, boolean chineseDate, Chrome chrome, int detail,
                        GroupLabels groupLabels, boolean droppedSlots, boolean twoRowT3Header,
                        boolean twoRowT4Header, boolean splitTable2, boolean truncatedHeaders) {

    /** Numbering of the six section headings. */
    public enum HeadingStyle {
        /** 一、总体情况 … 六、其他需要报告的事项 */
        CHINESE,
        /** 1. 总体情况 … 6、其他… (renumbered in Arabic) */
        ARABIC,
        /** 、主动公开… (numeral lost) or no numbering at all */
        UNNUMBERED,
        /** 第一部分 总体情况 */
        PART
    }

    /** Where the lines of the publishing web page (navigation, tools, footer) stand. */
    public enum Chrome {
        /** A clean document. */
        NONE,
        /** Breadcrumbs, account links, the site's name, an 索引号 block … before the title. */
        BEFORE,
        /** 来源/发布时间/浏览次数, 字体：【大 中 小】 打印 … between the title and the first section. */
        BETWEEN,
        /** 打印本页 关闭窗口, 扫一扫在手机打开当前页, share links, the site footer … after the closing date. */
        AFTER,
        /** All three. */
        AROUND;

        /** True when chrome stands before the title. */
        public boolean before() {
            return this == BEFORE || this == AROUND;
        }

        /** True when chrome stands between the title and the first section. */
        public boolean between() {
            return this == BETWEEN || this == AROUND;
        }

        /** True when chrome follows the closing date. */
        public boolean after() {
            return this == AFTER || this == AROUND;
        }
    }

    /** How Table 3's group labels sit in the result rows. */
    public enum GroupLabels {
        /** Merged cells (rowspan), the form's own look. */
        MERGED,
        /** No merged cells: every row repeats its group labels in its own cells. */
        REPEATED,
        /** No merged cells: a group label in the group's first row, empty cells below it. */
        FIRST_ONLY
    }

    public Variation {
        headings = headings == null ? HeadingStyle.CHINESE : headings;
        blankMarker = blankMarker == null ? "" : blankMarker;
        chrome = chrome == null ? Chrome.NONE : chrome;
        groupLabels = groupLabels == null ? GroupLabels.MERGED : groupLabels;
    }

    /** The template's own look: nothing varied. */
    public static Variation plain() {
        return new Builder().build();
    }

    /** A random mix of the knobs; {@code allowTraditional} false keeps the text Simplified. */
    public static Variation random(Random r, boolean allowTraditional) {
        HeadingStyle[] styles = HeadingStyle.values();
        String[] blanks = {"", "", "/", "—", "-"};
        Chrome[] chromes = Chrome.values();
        GroupLabels[] groups = GroupLabels.values();
        return new Variation(r.nextInt(3) == 0, styles[r.nextInt(styles.length)], r.nextInt(3) == 0,
                r.nextInt(4) == 0, r.nextBoolean(), allowTraditional && r.nextInt(5) == 0, r.nextInt(3) == 0,
                r.nextInt(3) == 0, blanks[r.nextInt(blanks.length)], r.nextInt(3) == 0, r.nextInt(5) == 0,
                r.nextInt(4) == 0,
                r.nextInt(5) < 2 ? chromes[1 + r.nextInt(chromes.length - 1)] : Chrome.NONE, r.nextInt(1 << 16),
                r.nextInt(5) < 3 ? GroupLabels.MERGED : groups[1 + r.nextInt(groups.length - 1)],
                r.nextInt(4) == 0, r.nextInt(4) == 0, r.nextInt(4) == 0, r.nextInt(3) == 0, r.nextInt(4) == 0);
    }

    /** A builder starting from this variation. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A short tag listing the knobs that are on, for file names and messages. */
    public String tag() {
        StringBuilder b = new StringBuilder(headings.name().toLowerCase(Locale.ROOT));
        for (String knob : knobs()) {
            b.append('+').append(knob);
        }
        return b.toString();
    }

    /** The names of the knobs that are on (heading style excepted), as in {@link #tag()}. */
    public java.util.List<String> knobs() {
        java.util.List<String> k = new java.util.ArrayList<>();
        add(k, asciiPunctuation, "ascii");
        add(k, markdownHeadings, "md");
        add(k, subHeadings, "sub");
        add(k, traditional, "trad");
        add(k, typos, "typos");
        add(k, brokenHeaders, "broken");
        add(k, shiftedLabels, "shift");
        add(k, agencyAboveTitle, "agencyAbove");
        add(k, chineseDate, "cnDate");
        add(k, chrome != Chrome.NONE, "chrome-" + chrome.name().toLowerCase(Locale.ROOT));
        add(k, groupLabels != GroupLabels.MERGED, "groups-" + groupLabels.name().toLowerCase(Locale.ROOT));
        add(k, droppedSlots, "dropped");
        add(k, twoRowT3Header, "t3h2");
        add(k, twoRowT4Header, "t4h2");
        add(k, splitTable2, "t2split");
        add(k, truncatedHeaders, "trunc");
        return k;
    }

    private static void add(java.util.List<String> k, boolean on, String name) {
        if (on) {
            k.add(name);
        }
    }

    /** Sets knobs one by one (for hand-picked cases such as the committed office corpus). */
    public static final class Builder {
        private boolean asciiPunctuation;
        private HeadingStyle headings = HeadingStyle.CHINESE;
        private boolean markdownHeadings;
        private boolean subHeadings;
        private boolean longTitle4;
        private boolean traditional;
        private boolean typos;
        private boolean brokenHeaders;
        private String blankMarker = "";
        private boolean shiftedLabels;
        private boolean agencyAboveTitle;
        private boolean chineseDate;
        private Chrome chrome = Chrome.NONE;
        private int detail;
        private GroupLabels groupLabels = GroupLabels.MERGED;
        private boolean droppedSlots;
        private boolean twoRowT3Header;
        private boolean twoRowT4Header;
        private boolean splitTable2;
        private boolean truncatedHeaders;

        public Builder() {
        }

        Builder(Variation v) {
            asciiPunctuation = v.asciiPunctuation;
            headings = v.headings;
            markdownHeadings = v.markdownHeadings;
            subHeadings = v.subHeadings;
            longTitle4 = v.longTitle4;
            traditional = v.traditional;
            typos = v.typos;
            brokenHeaders = v.brokenHeaders;
            blankMarker = v.blankMarker;
            shiftedLabels = v.shiftedLabels;
            agencyAboveTitle = v.agencyAboveTitle;
            chineseDate = v.chineseDate;
            chrome = v.chrome;
            detail = v.detail;
            groupLabels = v.groupLabels;
            droppedSlots = v.droppedSlots;
            twoRowT3Header = v.twoRowT3Header;
            twoRowT4Header = v.twoRowT4Header;
            splitTable2 = v.splitTable2;
            truncatedHeaders = v.truncatedHeaders;
        }

        public Builder markdownHeadings(boolean on) {
            markdownHeadings = on;
            return this;
        }

        public Builder subHeadings(boolean on) {
            subHeadings = on;
            return this;
        }

        public Builder longTitle4(boolean on) {
            longTitle4 = on;
            return this;
        }

        public Builder chineseDate(boolean on) {
            chineseDate = on;
            return this;
        }

        public Builder asciiPunctuation(boolean on) {
            asciiPunctuation = on;
            return this;
        }

        public Builder headings(HeadingStyle style) {
            headings = style;
            return this;
        }

        public Builder traditional(boolean on) {
            traditional = on;
            return this;
        }

        public Builder typos(boolean on) {
            typos = on;
            return this;
        }

        public Builder brokenHeaders(boolean on) {
            brokenHeaders = on;
            return this;
        }

        public Builder blankMarker(String marker) {
            blankMarker = marker;
            return this;
        }

        public Builder agencyAboveTitle(boolean on) {
            agencyAboveTitle = on;
            return this;
        }

        public Builder chrome(Chrome where, int seed) {
            chrome = where;
            detail = seed;
            return this;
        }

        public Builder detail(int seed) {
            detail = seed;
            return this;
        }

        public Builder groupLabels(GroupLabels style) {
            groupLabels = style;
            return this;
        }

        public Builder droppedSlots(boolean on) {
            droppedSlots = on;
            return this;
        }

        public Builder twoRowT3Header(boolean on) {
            twoRowT3Header = on;
            return this;
        }

        public Builder twoRowT4Header(boolean on) {
            twoRowT4Header = on;
            return this;
        }

        public Builder splitTable2(boolean on) {
            splitTable2 = on;
            return this;
        }

        public Builder truncatedHeaders(boolean on) {
            truncatedHeaders = on;
            return this;
        }

        public Variation build() {
            return new Variation(asciiPunctuation, headings, markdownHeadings, subHeadings, longTitle4, traditional,
                    typos, brokenHeaders, blankMarker, shiftedLabels, agencyAboveTitle, chineseDate, chrome, detail,
                    groupLabels, droppedSlots, twoRowT3Header, twoRowT4Header, splitTable2, truncatedHeaders);
        }
    }
}
