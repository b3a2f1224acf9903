package io.nianbao.corpus;

import java.util.Random;

/**
 * How a report is dressed when rendered: the differences real reports show without changing a single fact
 * (see real-world-variation.md). The truth does not depend on it, except that a Traditional mirror prints the
 * agency name in Traditional characters.
 *
 * @param asciiPunctuation  （）：， printed as ( ) : ,
 * @param headings          how section headings are numbered
 * @param markdownHeadings  headings marked with #, ##, ### (mixed with plain ones)
 * @param subHeadings       section 1 has sub-headings reusing 一、二、三 before the real 二、
 * @param longTitle4        section 4 titled 因政府信息公开工作被申请行政复议、提起行政诉讼情况
 * @param traditional       a mirror copy converted to Traditional characters
 * @param typos             尚示审结, 有色稽, 行政事业型收费 in the fixed labels
 * @param brokenHeaders     header words broken over lines (商业\n企业, 科\n研\n机\n构)
 * @param blankMarker       how a blank (null) cell is printed: "", "/" or "—"
 * @param shiftedLabels     (tab layout) some row labels shifted to the first column, parents elsewhere
 * @param agencyAboveTitle  the agency on its own line above a title that starts with the year
 * @param chineseDate       the closing date in Chinese numerals (二〇二四年一月二十日)
 */
public record Variation(boolean asciiPunctuation, HeadingStyle headings, boolean markdownHeadings,
                        boolean subHeadings, boolean longTitle4, boolean traditional, boolean typos,
                        boolean brokenHeaders, String blankMarker, boolean shiftedLabels,
                        boolean agencyAboveTitle, boolean chineseDate) {

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

    /** The template's own look: nothing varied. */
    public static Variation plain() {
        return new Variation(false, HeadingStyle.CHINESE, false, false, false, false, false, false, "", false,
                false, false);
    }

    /** A random mix of the knobs; {@code allowTraditional} false keeps the text Simplified. */
    public static Variation random(Random r, boolean allowTraditional) {
        HeadingStyle[] styles = HeadingStyle.values();
        String[] blanks = {"", "/", "—", "-"};
        return new Variation(r.nextInt(3) == 0, styles[r.nextInt(styles.length)], r.nextInt(3) == 0,
                r.nextInt(4) == 0, r.nextBoolean(), allowTraditional && r.nextInt(5) == 0, r.nextInt(3) == 0,
                r.nextInt(3) == 0, blanks[r.nextInt(blanks.length)], r.nextInt(3) == 0, r.nextInt(5) == 0,
                r.nextInt(4) == 0);
    }

    /** A short tag listing the knobs that are on, for file names and messages. */
    public String tag() {
        StringBuilder b = new StringBuilder(headings.name().toLowerCase(java.util.Locale.ROOT));
        if (asciiPunctuation) {
            b.append("+ascii");
        }
        if (markdownHeadings) {
            b.append("+md");
        }
        if (subHeadings) {
            b.append("+sub");
        }
        if (traditional) {
            b.append("+trad");
        }
        if (typos) {
            b.append("+typos");
        }
        if (brokenHeaders) {
            b.append("+broken");
        }
        if (shiftedLabels) {
            b.append("+shift");
        }
        if (agencyAboveTitle) {
            b.append("+agencyAbove");
        }
        if (chineseDate) {
            b.append("+cnDate");
        }
        return b.toString();
    }
}
