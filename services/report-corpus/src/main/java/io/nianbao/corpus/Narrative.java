package io.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The narrative sections, worded so that every count they state agrees with the tables (unless told to lie) and
 * section 1 covers its five topics (unless told to leave some out).
 */
final class Narrative {

    /** The counts and choices section 1 states. {@code statedNew} null: say nothing about new applications. */
    record Facts(int periodYear, int activeCount, int normativeCount, int trainings, Integer statedNew,
                 Integer carriedOver, Integer granted, Integer partial, Integer carriedForward, Integer review,
                 Integer litigation, boolean omitManagement, boolean omitPlatform, boolean omitSupervision,
                 boolean subHeadings) {
    }

    private static final List<String> PROBLEMS = List.of(
            "政策解读形式较为单一，图解、视频等解读产品偏少",
            "部分栏目信息更新不够及时，个别链接失效",
            "依申请公开答复文书的规范性有待提高",
            "基层工作人员业务能力参差不齐");
    private static final List<String> MEASURES = List.of(
            "下一步将丰富解读形式，重要政策同步推出图解和问答",
            "建立栏目更新台账，每月检查一次更新情况",
            "制定答复文书范本，严格执行法制审核",
            "每半年组织一次业务学习，提升工作人员业务水平");

    private Narrative() {
    }

    /** Section 1 as paragraphs. */
    static List<String> overview(int year, Facts f) {
        List<String> p = new ArrayList<>();
        p.add("本报告所列数据的统计期限为" + f.periodYear() + "年1月1日至" + f.periodYear() + "年12月31日。");
        p.add(year + "年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下。");
        if (f.subHeadings()) {
            p.add("一、主动公开情况");
        }
        p.add("（一）主动公开。全年主动公开政府信息" + f.activeCount() + "条，其中规范性文件" + f.normativeCount()
                + "件，均按规定时限发布。");
        if (f.subHeadings()) {
            p.add("二、依申请公开情况");
        }
        p.add(applications(f));
        if (!f.omitManagement()) {
            if (f.subHeadings()) {
                p.add("三、政府信息管理情况");
            }
            p.add("（三）政府信息管理。严格执行信息发布审核和保密审查制度，动态更新政府信息公开目录。");
        }
        if (!f.omitPlatform()) {
            if (f.subHeadings()) {
                p.add("四、平台建设情况");
            }
            p.add("（四）政府信息公开平台建设。依托政府门户网站信息公开专栏发布信息，及时维护栏目内容。");
        }
        if (!f.omitSupervision()) {
            if (f.subHeadings()) {
                p.add("五、监督保障情况");
            }
            p.add("（五）监督保障。将政务公开工作纳入年度考核，组织业务培训" + f.trainings() + "次。" + reviews(f));
        }
        return p;
    }

    private static String applications(Facts f) {
        StringBuilder b = new StringBuilder("（二）依申请公开。");
        if (f.statedNew() == null) {
            return b.append("按照条例规定办理政府信息公开申请，做到依法答复。").toString();
        }
        if (f.statedNew() == 0 && isZero(f.carriedOver()) && isZero(f.carriedForward())) {
            return b.append("本年度未收到政府信息公开申请。").toString();
        }
        b.append("本年度新收政府信息公开申请").append(f.statedNew()).append("件");
        if (f.carriedOver() != null) {
            b.append("，上年结转").append(f.carriedOver()).append("件");
        }
        b.append("。");
        if (f.granted() != null && f.partial() != null) {
            b.append("已办结的申请中，予以公开").append(f.granted()).append("件，部分公开").append(f.partial()).append("件");
            if (f.carriedForward() != null) {
                b.append("，结转下年度继续办理").append(f.carriedForward()).append("件");
            }
            b.append("。");
        }
        return b.toString();
    }

    private static String reviews(Facts f) {
        if (f.review() == null || f.litigation() == null) {
            return "";
        }
        if (f.review() == 0 && f.litigation() == 0) {
            return "全年未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。";
        }
        return "全年因政府信息公开被申请行政复议" + f.review() + "件，提起行政诉讼" + f.litigation() + "件。";
    }

    private static boolean isZero(Integer v) {
        return v == null || v == 0;
    }

    static String problems(Random r) {
        int i = r.nextInt(PROBLEMS.size());
        return "（一）存在的问题：" + PROBLEMS.get(i) + "。（二）改进措施：" + MEASURES.get(i) + "。";
    }

    static String other(int year, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> "本机关" + year + "年度未收取政府信息公开信息处理费。";
            case 1 -> "本机关" + year + "年度未收取信息处理费。本年度认真落实上级政务公开工作要点，各项任务均已完成。";
            default -> "按照《政府信息公开信息处理费管理办法》，本机关" + year + "年度未产生信息处理费。";
        };
    }
}
