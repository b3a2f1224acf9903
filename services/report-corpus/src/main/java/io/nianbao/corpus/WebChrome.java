package io.nianbao.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The lines a government web page prints around a report, as they come out when the page is copied as text:
 * navigation and account bars, the site's name, breadcrumbs, a page counter, a lone 年度报告 line and an
 * 索引号/发布机构/文号 block before the title; 来源/发布时间/浏览次数 and font/print tools between the title and the
 * first section; print/close links, a QR-code hint, share links and the site footer (版权所有, 网站标识码, ICP备)
 * after the closing date. None of them is the agency, the title or the date of the report: the truth of a case does
 * not change when they are added. The wording is modelled on published pages, not copied from one.
 */
final class WebChrome {

    private static final String PROVINCES = "浙苏鲁粤皖闽赣湘鄂豫冀晋辽吉黑川黔滇陕甘";

    private final Random r;
    private final String agency;
    private final String place;
    private final LocalDate posted;

    /**
     * @param seed      the variation's detail seed: the same case always gets the same lines
     * @param agency    the agency as printed (Simplified; the whole document is converted later when needed)
     * @param published the report's closing date; the page's posting date is that day or a few days later
     */
    WebChrome(int seed, String agency, LocalDate published) {
        this.r = new Random(seed * 31L + 7);
        this.agency = agency;
        this.place = place(agency);
        this.posted = published.plusDays(r.nextInt(3) == 0 ? 0 : r.nextInt(10));
    }

    /** The site's region: the agency name up to its first 县/市/区 (青山县商务局 → 青山县). */
    private static String place(String agency) {
        for (int i = 1; i < agency.length(); i++) {
            if ("县市区".indexOf(agency.charAt(i)) >= 0) {
                return agency.substring(0, i + 1);
            }
        }
        return agency.length() > 3 ? agency.substring(0, 3) : agency;
    }

    /** Lines (and perhaps the 索引号 block as a small table) before the title, in page order. */
    List<Doc.Block> before() {
        List<Doc.Block> out = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            out.add(line(pick("登录|注册", "登录 | 注册 | 用户中心", "用户中心 支持IPV6", "无障碍阅读 | 长者模式 | 繁体版",
                    "登录 注册")));
        }
        if (r.nextBoolean()) {
            out.add(line(pick("设为首页 加入收藏", "设为首页 | 加入收藏 | 网站地图", "加入收藏 设为首页 手机版")));
        }
        if (r.nextInt(3) > 0) {
            String short2 = place.length() > 1 ? place.substring(0, place.length() - 1) : place;
            out.add(line(pick(place + "人民政府门户网站", "中国" + short2, place + "人民政府", short2 + "政务网")));
        }
        out.add(line(pick("首页 > 政务公开 > 年度报告", "当前位置：首页>政务>信息公开年报",
                "您现在的位置：首页 > 政府信息公开 > 政府信息公开年报", "首页/政府信息公开/政府信息公开年报/部门/",
                "当前位置：首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报", "首页 >> 政府信息公开 >> 年报")));
        if (r.nextInt(4) == 0) {
            out.add(line("Page" + (2 + r.nextInt(9)) + "-"));
        }
        if (r.nextInt(3) == 0) {
            out.add(line(pick("年度报告", "政府信息公开年报", "年报")));
        }
        if (r.nextInt(3) == 0) {
            out.add(infoBlock());
        }
        return out;
    }

    /** Lines between the title and the first section. */
    List<Doc.Block> between() {
        List<Doc.Block> out = new ArrayList<>();
        switch (r.nextInt(3)) {
            case 0 -> out.add(line("来源：" + agency + "　发布时间：" + posted + " " + clock()
                    + "　浏览次数：" + (20 + r.nextInt(2000))));
            case 1 -> out.add(line("发布日期：" + posted + "　　点击数：" + (20 + r.nextInt(900))));
            default -> {
                out.add(line("信息来源：" + agency));
                out.add(line("发布时间：" + posted.toString().replace('-', '/')));
            }
        }
        out.add(line(pick("字体：【大 中 小】 打印", "【字体：大 中 小】【打印】【关闭】", "字号：大 中 小 | 打印 | 关闭",
                "视力保护色： 字体：【大 中 小】")));
        if (r.nextInt(3) == 0) {
            out.add(line("分享到："));
        }
        return out;
    }

    /** Lines after the closing date. */
    List<Doc.Block> after() {
        List<Doc.Block> out = new ArrayList<>();
        out.add(line(pick("打印本页 关闭窗口", "【打印本页】 【关闭窗口】", "【打印】【关闭】", "打印本页 | 关闭窗口 | 返回顶部")));
        if (r.nextBoolean()) {
            out.add(line(pick("扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面")));
        }
        if (r.nextBoolean()) {
            out.add(line(pick("分享到：微信 微博 QQ空间", "分享：", "分享到： 微信 | 微博")));
        }
        if (r.nextInt(3) == 0) {
            out.add(line("网站地图 | 联系我们 | 网站纠错"));
        }
        char province = PROVINCES.charAt(r.nextInt(PROVINCES.length()));
        String host = place + "人民政府" + (r.nextBoolean() ? "办公室" : "");
        out.add(line(pick("版权所有：" + host + "　网站标识码：" + digits(10),
                "主办单位：" + host + "　网站标识码：" + digits(10),
                "版权所有 " + host + "　　技术支持：" + place + "大数据中心")));
        if (r.nextBoolean()) {
            out.add(line(province + "ICP备" + digits(8) + "号　" + province + "公网安备 " + digits(14) + "号"));
        }
        return out;
    }

    /** The 索引号 | … | 分类 | … block web CMSs print above an article. */
    private Doc.Table infoBlock() {
        Doc.TableBuilder b = new Doc.TableBuilder(4, "info");
        b.row().cell("索引号").cell(digits(9) + "/" + posted.getYear() + "-" + digits(5)).cell("分类")
                .cell(pick("政府信息公开年报", "年度报告", "政务公开年报 综合政务"));
        b.row().cell("发布机构").cell(agency).cell(pick("发文日期", "发布日期")).cell(posted.toString());
        b.row().cell("文号").cell("").cell("有效性").cell(pick("有效", ""));
        return b.build();
    }

    private String clock() {
        return String.format("%02d:%02d", 8 + r.nextInt(10), r.nextInt(60));
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + (i == 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
        }
        return b.toString();
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }

    private static Doc.Chrome line(String text) {
        return new Doc.Chrome(text);
    }
}
