package io.nianbao.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts the narrative states about applications and reviews (未收到申请, 新接收申请1件, 予以公开3件,
 * 上年结转2件, 未发生行政复议、行政诉讼 …). Deliberately conservative: a clause that mentions another year, a
 * subset of applicants, carried-over cases or anything ambiguous yields no statement, because a wrong notice
 * costs more than a missed one.
 */
final class NarrativeStatements {

    /** What a stated number is compared with. */
    enum Target {
        NEW_RECEIVED, CARRIED_OVER, CARRIED_FORWARD, GRANTED, PARTIALLY_GRANTED, GRANTED_OR_PARTIAL,
        REVIEW, LITIGATION
    }

    /** One statement: where it is, its words, and the count it asserts. */
    record Statement(int section, String quote, Target target, int value) {
    }

    private static final String N = "(" + ChineseNumbers.NUMBER + ")";
    private static final Pattern APPROXIMATE = Pattern.compile("近|约|逾|超过|余件|多件|左右|上下|以上|以下|不足|大概");
    private static final String UNIT = "\\s*[件宗起份]";
    private static final String IN_CLAUSE = "[^，,。；;：:\\n]";
    private static final String NO_DIGIT = "[^，,。；;：:\\n0-9０-９零〇一二两三四五六七八九十百千]";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    private static final Pattern CLAUSE_DELIMITER = Pattern.compile("[，,：:]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private static final Pattern NONE_RECEIVED = Pattern.compile(
            "(?:未|没有|暂未|尚未|并未)(?:收到|接到|接收|受理)" + IN_CLAUSE + "{0,20}?申请"
                    + "|(?:全年|本年度|本年|年内|今年)(?:无|没有)" + IN_CLAUSE + "{0,6}?申请");
    private static final Pattern RECEIVED = Pattern.compile(
            "(?<![未没])(?:新收|新接收|新受理|收到|接收|接到|受理)了?" + IN_CLAUSE + "{0,20}?申请" + NO_DIGIT
                    + "{0,8}?" + N + UNIT
                    + "|(?<![未没])(?:新收|新接收|新受理|收到|接收|接到|受理)了?(?:各类|共)?" + N + UNIT
                    + IN_CLAUSE + "{0,12}?申请");
    private static final Pattern GRANTED_OR_PARTIAL = Pattern.compile(
            "予以公开(?:及|和|与|、|或)部分公开(?:的)?(?:申请)?(?:共|为)?\\s*" + N + UNIT);
    private static final Pattern GRANTED = Pattern.compile(
            "(?<!部分)(?<![及和与、或])予以公开(?:的)?(?:申请)?(?:共|为)?\\s*" + N + UNIT);
    private static final Pattern PARTIAL = Pattern.compile(
            "(?<![及和与、或])(?<!予以公开)部分(?:予以)?公开(?:的)?(?:申请)?(?:共|为)?\\s*" + N + UNIT);
    private static final Pattern CARRIED_OVER = Pattern.compile(
            "(?:上年|上一年度|上一年|去年|上年度)结转(?:的)?(?:申请)?(?:共|为)?\\s*" + N + UNIT);
    private static final Pattern CARRIED_FORWARD = Pattern.compile(
            "(?<![上去年度])结转(?:至|到)?(?:下一?年度?|下年度|(?:19|20)\\d{2}\\s*年度?)(?:继续)?(?:办理)?(?:的)?(?:申请)?"
                    + "(?:共|为)?\\s*" + N + UNIT);
    private static final Pattern NO_REVIEW = Pattern.compile(
            "(?:未|没有|无|未曾)(?:发生|出现|产生|被|涉及|有)?" + "([^，,。；;：:\\n经]{0,16}?)"
                    + "(行政复议|行政诉讼)(?:[、和及与或]?(?:被)?(?:申请|提起)?(行政复议|行政诉讼))?"
                    + "(?:的)?(?:案件|情况|事项|情形)?(?:发生)?$");
    private static final Pattern REVIEW_COUNT = Pattern.compile(
            "行政复议(?:申请|案件)?(?:共|为)?\\s*" + N + "\\s*[件宗起次]");
    private static final Pattern LITIGATION_COUNT = Pattern.compile(
            "行政诉讼(?:案件)?(?:共|为)?\\s*" + N + "\\s*[件宗起次]");

    private static final Pattern APPLICATION_CONTEXT = Pattern.compile("依申请|公开申请|信息公开|申请公开");
    private static final Pattern SUBSET = Pattern.compile("自然人|个人|公民|企业|法人|组织|机构|律师");
    private static final Pattern EARLIER = Pattern.compile("上年|去年|上一年|往年|历年|累计|以来|结转|含|包括");
    private static final Pattern NOT_APPLICATIONS = Pattern.compile(
            "复议|诉讼|收费|费用|提案|建议|投诉|举报|信访|许可|审批|依法申请|其他|其它|除|以外|之外|另外");
    private static final Pattern REVIEW_QUALIFIERS = Pattern.compile("纠正|纠错|败诉|撤销|维持|审结|结果|其中");

    private NarrativeStatements() {
    }

    /** Statements in the given sections' texts (key: section number), in text order, without duplicates. */
    static List<Statement> find(Map<Integer, String> sections, Integer year) {
        Map<String, Statement> found = new LinkedHashMap<>();
        sections.forEach((number, text) -> {
            if (text == null) {
                return;
            }
            Matcher s = SENTENCE.matcher(text);
            while (s.find()) {
                for (Statement st : inSentence(number, s.group(), year)) {
                    found.putIfAbsent(st.target() + "=" + st.value(), st);
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    private static List<Statement> inSentence(int section, String sentence, Integer year) {
        List<Statement> out = new ArrayList<>();
        if (!yearsOk(sentence, year, true)) {
            return out;
        }
        boolean aboutDisclosure = sentence.contains("公开");
        boolean aboutApplications = sentence.contains("申请");
        if (APPLICATION_CONTEXT.matcher(sentence).find()) {
            each(NONE_RECEIVED, sentence, (m, clause) -> {
                if (!NOT_APPLICATIONS.matcher(clause).find() && !EARLIER.matcher(clause).find()
                        && yearsOk(clause, year, false)) {
                    out.add(new Statement(section, clause, Target.NEW_RECEIVED, 0));
                }
            });
            each(RECEIVED, sentence, (m, clause) -> {
                if (!NOT_APPLICATIONS.matcher(clause).find() && !EARLIER.matcher(clause).find()
                        && !SUBSET.matcher(clause).find() && !clause.contains("其中") && yearsOk(clause, year, false)) {
                    add(out, section, clause, Target.NEW_RECEIVED, number(m));
                }
            });
        }
        if (aboutApplications && !sentence.contains("主动")) {
            List<int[]> combinedSpans = new ArrayList<>();
            each(GRANTED_OR_PARTIAL, sentence, (m, clause) -> {
                combinedSpans.add(new int[] {m.start(), m.end()});
                if (plainResultClause(clause, year)) {
                    add(out, section, clause, Target.GRANTED_OR_PARTIAL, number(m));
                }
            });
            each(GRANTED, sentence, (m, clause) -> {
                if (plainResultClause(clause, year)) {
                    add(out, section, clause, Target.GRANTED, number(m));
                }
            });
            each(PARTIAL, sentence, (m, clause) -> {
                boolean insideCombined = combinedSpans.stream().anyMatch(r -> m.start() >= r[0] && m.end() <= r[1]);
                if (!insideCombined && plainResultClause(clause, year)) {
                    add(out, section, clause, Target.PARTIALLY_GRANTED, number(m));
                }
            });
            each(CARRIED_OVER, sentence, (m, clause) -> {
                if (!SUBSET.matcher(clause).find() && !NOT_APPLICATIONS.matcher(clause).find()
                        && yearsOk(clause, year, false)) {
                    add(out, section, clause, Target.CARRIED_OVER, number(m));
                }
            });
            each(CARRIED_FORWARD, sentence, (m, clause) -> {
                if (!SUBSET.matcher(clause).find() && !NOT_APPLICATIONS.matcher(clause).find()
                        && yearsOk(clause, year, true)) {
                    add(out, section, clause, Target.CARRIED_FORWARD, number(m));
                }
            });
        }
        if (aboutDisclosure || section == 4) {
            each(NO_REVIEW, sentence, (m, clause) -> {
                if (REVIEW_QUALIFIERS.matcher(m.group(1)).find() || !yearsOk(clause, year, false)) {
                    return;
                }
                String words = m.group(2) + (m.group(3) == null ? "" : m.group(3));
                if (words.contains("复议")) {
                    out.add(new Statement(section, clause, Target.REVIEW, 0));
                }
                if (words.contains("诉讼")) {
                    out.add(new Statement(section, clause, Target.LITIGATION, 0));
                }
            });
            each(REVIEW_COUNT, sentence, (m, clause) -> {
                if (!REVIEW_QUALIFIERS.matcher(clause).find() && !EARLIER.matcher(clause).find()
                        && yearsOk(clause, year, false)) {
                    add(out, section, clause, Target.REVIEW, number(m));
                }
            });
            each(LITIGATION_COUNT, sentence, (m, clause) -> {
                if (!REVIEW_QUALIFIERS.matcher(clause).find() && !EARLIER.matcher(clause).find()
                        && !clause.contains("复议后") && !clause.contains("直接起诉")
                        && yearsOk(clause, year, false)) {
                    add(out, section, clause, Target.LITIGATION, number(m));
                }
            });
        }
        return out;
    }

    private static boolean plainResultClause(String clause, Integer year) {
        return !SUBSET.matcher(clause).find() && !EARLIER.matcher(clause).find()
                && !NOT_APPLICATIONS.matcher(clause).find() && yearsOk(clause, year, false);
    }

    private static void add(List<Statement> out, int section, String clause, Target target, Integer value) {
        if (value != null && !APPROXIMATE.matcher(clause).find()) {
            out.add(new Statement(section, clause, target, value));
        }
    }

    private static Integer number(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return ChineseNumbers.parse(m.group(g));
            }
        }
        return null;
    }

    /** Only the report's own year (and, for carried-forward cases, the next one) may be mentioned. */
    private static boolean yearsOk(String clause, Integer year, boolean nextYearAllowed) {
        Matcher m = YEAR.matcher(clause);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (year == null || !(y == year || (nextYearAllowed && y == year + 1))) {
                return false;
            }
        }
        return true;
    }

    private interface ClauseConsumer {
        void accept(Matcher match, String clause);
    }

    /** Runs {@code action} for each match of {@code pattern} inside a clause of the sentence. */
    private static void each(Pattern pattern, String sentence, ClauseConsumer action) {
        Matcher clauses = CLAUSE_DELIMITER.matcher(sentence);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        while (clauses.find()) {
            bounds.add(clauses.start());
            bounds.add(clauses.end());
        }
        bounds.add(sentence.length());
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            String clause = sentence.substring(bounds.get(i), bounds.get(i + 1));
            Matcher m = pattern.matcher(clause);
            while (m.find()) {
                action.accept(m, clause.strip());
            }
        }
    }
}
