package io.nianbao.parser.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed row labels of Table 3 (收到和处理政府信息公开申请情况) and how a printed label is matched to them by
 * meaning: Traditional and full-width characters are folded by {@link Normalizer#key}, numbering (一、 （三） 1．)
 * and the parents printed in the same cell or row (三、本年度办理结果, （三）不予公开 …) are taken off, and what
 * is left — the leaf — must be one of the form's labels: equal, containing the label's distinctive words with at
 * most a few characters more, or within a small edit distance (typos). The bound is what keeps a narrative
 * sentence ("本年度共收到政府信息公开申请20件，其中…") from becoming a row.
 */
final class LabelVocabulary {

    /** One row of the form: its key, its printed label (as a key) and the words that identify it. */
    private record Entry(String key, String label, List<String> cores) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("newReceived", "本年新收政府信息公开申请数量", List.of("新收", "本年收到", "本年度收到")),
            new Entry("carriedOver", "上年结转政府信息公开申请数量", List.of("上年结转", "上年度结转")),
            new Entry("granted", "予以公开", List.of("予以公开")),
            new Entry("partiallyGranted", "部分公开区分处理的只计这一情形不计其他情形", List.of("部分公开", "部份公开")),
            new Entry("withheld.stateSecret", "属于国家秘密", List.of("国家秘密")),
            new Entry("withheld.lawProhibited", "其他法律行政法规禁止公开", List.of("禁止公开")),
            new Entry("withheld.securityStability", "危及三安全一稳定", List.of("安全一稳定", "危及")),
            new Entry("withheld.thirdParty", "保护第三方合法权益", List.of("第三方")),
            new Entry("withheld.internalAffairs", "属于三类内部事务信息", List.of("内部事务")),
            new Entry("withheld.processInformation", "属于四类过程性信息", List.of("过程性")),
            new Entry("withheld.enforcementFile", "属于行政执法案卷", List.of("执法案卷")),
            new Entry("withheld.administrativeQuery", "属于行政查询事项", List.of("行政查询")),
            new Entry("unavailable.notHeld", "本机关不掌握相关政府信息", List.of("不掌握")),
            new Entry("unavailable.needsCreation", "没有现成信息需要另行制作", List.of("另行制作", "没有现成")),
            new Entry("unavailable.unclear", "补正后申请内容仍不明确", List.of("不明确")),
            new Entry("notProcessed.petition", "信访举报投诉类申请", List.of("信访", "举报投诉")),
            new Entry("notProcessed.repeated", "重复申请", List.of("重复申请")),
            new Entry("notProcessed.publication", "要求提供公开出版物", List.of("出版物")),
            new Entry("notProcessed.excessive", "无正当理由大量反复申请", List.of("大量反复")),
            new Entry("notProcessed.confirmation", "要求行政机关确认或重新出具已获取信息", List.of("重新出具", "确认或")),
            new Entry("otherHandling.overdueCorrection", "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
                    List.of("不补正")),
            new Entry("otherHandling.overdueFee", "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
                    List.of("缴纳费用", "收费通知", "未缴纳")),
            new Entry("otherHandling", "其他处理", List.of("其他处理")),
            new Entry("resultTotal", "总计", List.of()),
            new Entry("carriedForward", "结转下年度继续办理", List.of("结转下年", "继续办理")));

    /** Parents printed before a leaf in the same cell or row; taken off the front of a label. */
    private static final List<String> PARENTS = List.of("本年度办理结果", "办理结果", "不予公开", "无法提供", "不予处理",
            "其他处理");
    private static final Pattern NUMERALS = Pattern.compile("^[一二三四五六七八九十0-9]+");
    /** Extra characters a label may carry around its distinctive words (的, 数, 件数, a short note). */
    private static final int SLACK = 16;
    /** The shortest start of a long label a wrapped line may show. */
    private static final int MIN_PREFIX = 6;

    private LabelVocabulary() {
    }

    /** Numbering in front of a label: 一、 （三） (3) 1． 2. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[)）]|[0-9]+\\s*[、.．])");

    /**
     * Whether a line standing alone (a paragraph, not a table cell) may be a row label printed apart from its
     * values: no sentence punctuation and no number but its numbering. "本年度新收申请20件。" is narrative.
     */
    static boolean labelLike(String text) {
        String t = Normalizer.clean(text);
        if (t.isEmpty() || t.length() > 60 || t.matches(".*[。；;！!？?].*")) {
            return false;
        }
        String rest = t;
        for (int i = 0; i < 3; i++) {
            rest = NUMBERING.matcher(rest).replaceFirst("");
        }
        return !rest.matches(".*[0-9].*");
    }

    /**
     * The row key of a label printed in a table row, or null. {@code previousKey} tells a bare "3．其他" under
     * （六）其他处理 from anything else.
     */
    static String match(String label, String previousKey) {
        return match(label, previousKey, false);
    }

    /**
     * The row key of a line standing alone, or null: it must be a label or the start of one (a PDF wraps long
     * labels), within the typo bound — containing a label's words is not enough, which keeps "本年度收到的申请中，
     * 申请人逾期未按收费通知要求缴纳费用的申请" a sentence.
     */
    static String matchStandalone(String label, String previousKey) {
        return match(label, previousKey, true);
    }

    private static String match(String label, String previousKey, boolean standalone) {
        String k = Normalizer.key(label);
        if (k.isEmpty() || isHeader(k)) {
            return null;
        }
        String leaf = leaf(k);
        if (leaf.isEmpty()) {
            // a bare parent: "（六）其他处理" is the 2019 form's single row; the others are only group names
            return k.endsWith("其他处理") ? "otherHandling" : null;
        }
        if (leaf.equals("其他") || leaf.equals("其它")) {
            boolean underOther = k.contains("其他处理")
                    || (previousKey != null && previousKey.startsWith("otherHandling"));
            return underOther ? "otherHandling.other" : null;
        }
        if (leaf.length() <= 4 && (leaf.startsWith("总计") || leaf.startsWith("合计"))) {
            return "resultTotal";
        }
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entry e : ENTRIES) {
            if (leaf.equals(e.label())) {
                return e.key();
            }
            if (standalone) {
                if (leaf.length() >= MIN_PREFIX && leaf.length() < e.label().length()) {
                    String prefix = e.label().substring(0, leaf.length());
                    if (distance(leaf, prefix, bound(prefix)) <= bound(prefix)) {
                        return e.key();
                    }
                }
            } else if (leaf.length() <= e.label().length() + SLACK
                    && e.cores().stream().anyMatch(leaf::contains)) {
                return e.key();
            }
            int d = distance(leaf, e.label(), bound(e.label()));
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best != null && bestDistance <= bound(best.label()) ? best.key() : null;
    }

    /** Header cells of the table (申请人情况, 自然人 …) and of Table 4 are not rows. */
    static boolean isHeader(String k) {
        return k.contains("自然人") || k.contains("申请人情况") || k.contains("商业企业") || k.contains("社会公益")
                || k.contains("法律服务") || k.contains("其他组织") || k.contains("维持") || k.contains("复议")
                || k.contains("勾稽");
    }

    /** The label without its numbering and the parents printed before it. */
    static String leaf(String k) {
        String t = k;
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            String stripped = NUMERALS.matcher(t).replaceFirst("");
            if (!stripped.equals(t) && !stripped.startsWith("类")) {
                t = stripped;
                changed = true;
            }
            for (String parent : PARENTS) {
                if (t.startsWith(parent)) {
                    t = t.substring(parent.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** Typos allowed for a label of this length: none for two characters, one per six characters, at most four. */
    private static int bound(String label) {
        int n = label.length();
        return n <= 2 ? 0 : Math.min(4, Math.max(1, n / 6));
    }

    /** Levenshtein distance, giving up (returning more than {@code max}) once it cannot stay within max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
