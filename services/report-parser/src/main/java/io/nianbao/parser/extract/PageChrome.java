package io.nianbao.parser.extract;

import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web-page chrome: the navigation, tool, metadata and footer lines that come along when a report is copied from
 * (or saved as) a government web page: breadcrumbs (首页 > 政务公开 > 年度报告), account and tool links (登录|注册,
 * 支持IPV6, 字体：【大 中 小】 打印), the page's information table (索引号：… 发布机构：…), counters (Page8-),
 * share and scan lines, column names (a lone 年度报告), the site's name and its footer (版权所有, ICP备).
 * None of it is report text: it must never become the agency or the title, must not count as preamble or
 * section text, and must not hide the closing date. Lines are judged on their own, with one piece of context:
 * a metadata label standing alone (发布时间：) makes the next short line its value.
 *
 * <p>Matching works on a folded copy of a line of the same length (full-width → ASCII, Traditional →
 * Simplified, lower case), so a chrome prefix found in the fold can be cut from the printed text by index.
 */
final class PageChrome {

    /** Account, tool, share and layout words: a line made only of these (and separators) is chrome. */
    private static final List<String> TOOLS = sortedLongestFirst(List.of(
            "登录", "登陆", "注册", "註冊", "注冊", "退出", "用户中心", "个人中心", "个人空间", "支持ipv6", "ipv6", "ipv4",
            "无障碍浏览", "无障碍阅读", "无障碍服务", "无障碍", "长者模式", "长者版", "关怀版", "关怀模式", "适老版",
            "适老化", "老年版", "老年模式", "读屏", "简体中文", "繁体中文", "简体版", "繁体版", "简体", "繁体", "english",
            "设为首页", "加入收藏", "收藏本站", "收藏本页", "收藏", "字体", "字号", "大中小", "默认", "打印本页",
            "打印此页", "打印文章", "打印页面", "打印正文", "打印", "关闭窗口", "关闭本页", "关闭页面", "关闭",
            "返回顶部", "返回首页", "回到顶部", "返回", "分享到", "分享至", "分享", "微信好友", "微信", "新浪微博",
            "腾讯微博", "微博", "qq空间", "qq好友", "qq", "朋友圈", "豆瓣", "扫一扫", "手机版", "移动版", "网站地图",
            "站内搜索", "全站搜索", "高级搜索", "搜索", "检索", "请输入关键字", "请输入关键词", "请输入搜索内容",
            "智能问答", "护眼模式", "视力保护色", "我要纠错", "纠错", "保存", "下载", "网站导航", "导航", "网站首页",
            "首页", "主页", "更多", "切换", "政务微博", "政务微信", "今日头条", "抖音", "欢迎您", "您好", "【】"));
    /** Single characters that only count as tools when they stand apart: 【大 中 小】, 简 | 繁. */
    private static final Set<String> SHORT_TOOLS = Set.of("大", "中", "小", "简", "繁", "en");
    /** Navigation column names: chrome on a line of their own, but never cut from the front of a title. */
    private static final List<String> NAV = sortedLongestFirst(List.of(
            "政府信息公开年度报告", "政府信息公开年报", "信息公开年度报告", "信息公开年报", "政务公开年报", "年度报告专栏",
            "年度报告", "年报", "政府信息公开目录", "信息公开目录", "政府信息公开指南", "政府信息公开制度",
            "法定主动公开内容", "政府信息公开", "信息公开", "政务公开", "部门信息公开", "政务服务", "互动交流",
            "政民互动", "新闻中心", "新闻动态", "要闻动态", "公众参与", "办事服务", "网上办事", "专题专栏", "数据开放",
            "政策文件", "政策解读", "通知公告", "工作动态", "部门动态", "机构职能", "领导信息", "详细信息",
            "公开具体内容", "文章正文", "正文", "镇街", "部门"));
    private static final String SEPARATORS = " \t|/\\·•、,，;；:-—–_>»›→<《》【】[]()\"'“”!?.~*#=+";

    private static final String LABELS = "索\\s*引\\s*号|发布机构|发文机构|发布单位|发文单位|发布部门|所属机构|生成日期"
            + "|成文日期|发文日期|发布日期|发布时间|印发日期|公开日期|公布日期|更新日期|更新时间|发稿时间|文\\s*号|发文字号"
            + "|文件编号|主题分类|信息分类|内容分类|体裁分类|组配分类|服务对象分类|主\\s*题\\s*词|公开方式|公开范围"
            + "|公开形式|公开时限|公开属性|公开类别|有\\s*效\\s*性|时\\s*效\\s*性?|有效期|截止日期|废止日期|信息来源"
            + "|文章来源|来\\s*源|作\\s*者|编\\s*辑|责任编辑|审\\s*核|校\\s*对|浏览次数|浏览量|访问量|访问次数|点击数"
            + "|点击量|点击率|阅读次数|阅读量|浏\\s*览|阅\\s*读|关键词|关键字|标\\s*题|文件名称|信息名称|内容概述"
            + "|所属栏目|栏\\s*目|所属主题|信息类别|统一编号|登记号|发布人|发布者|供\\s*稿|撰\\s*稿|字\\s*号|字\\s*体"
            + "|分享到|分享至|搜索位置|匹配度|排\\s*序|网\\s*址";
    /** A line that starts with a metadata label and a colon (or nothing else): 来源：XX 发布时间：… 浏览次数：… */
    private static final Pattern LABEL_START = Pattern.compile("^[【\\[(]?\\s*(?:" + LABELS + ")\\s*(?::|$|[】\\]])");
    /** Labels specific enough to be metadata even when a space stands where the colon should be. */
    private static final Pattern STRONG_LABEL_SPACE = Pattern.compile("^(?:索\\s*引\\s*号|发布机构|发文机构|生成日期"
            + "|成文日期|发布日期|发布时间|浏览次数|信息来源|发文字号|主题分类|信息分类|公开方式|公开范围)\\s");
    private static final Pattern LABEL_ANYWHERE = Pattern.compile("(?:^|[\\s|【\\[\\]】])(?:" + LABELS
            + "|日\\s*期|时\\s*间)\\s*:");
    private static final Pattern LABEL_ONLY = Pattern.compile("^[【\\[]?\\s*(?:" + LABELS + "|日\\s*期|时\\s*间)"
            + "(?:\\s*/\\s*(?:" + LABELS + "|日\\s*期|时\\s*间))*\\s*:?\\s*[】\\]]?$");
    private static final Pattern TITLE_LABEL = Pattern.compile("^[【\\[]?\\s*(?:标\\s*题|文件名称|信息名称|名\\s*称)"
            + "\\s*:\\s*");

    private static final Pattern CRUMB_START = Pattern.compile("^(?:当前位置|当前页面|您现在的位置|您当前的位置|您的位置"
            + "|您所在的位置|您当前所在的?位置|所在位置|现在位置|位置\\s*:)");
    private static final Pattern ANGLE = Pattern.compile("\\s*(?:>>|>|»|›|→)\\s*");
    private static final Pattern SLASH = Pattern.compile("\\s*[/|\\\\]\\s*");
    private static final Set<String> HOME = Set.of("首页", "主页", "网站首页", "返回首页", "home");

    private static final Pattern PAGE_ONLY = Pattern.compile("^(?:page\\s*\\d{1,4}|p\\.\\s*\\d{1,4})\\s*[-–—:.]?$"
            + "|^[-–—]\\s*\\d{1,4}\\s*[-–—]$|^第\\s*\\d{1,4}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
            + "|^共\\s*\\d{1,4}\\s*页$");
    private static final Pattern PAGE_PREFIX = Pattern.compile(
            "^(?:page\\s*\\d{1,4}|p\\.\\s*\\d{1,4})\\s*[-–—:.]?\\s*");
    /** A browser's print header: date and time, then the page's title (2024/1/20 下午3:45 XX局…年度报告). */
    private static final Pattern PRINT_STAMP = Pattern.compile("^\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s+"
            + "(?:上午|下午|am|pm)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?\\s*");
    /** A browser's print footer: the page's address, perhaps with the page count (https://… 1/5). */
    private static final Pattern URL_LINE = Pattern.compile(
            "^(?:https?://|www\\.)\\S+(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?$|^\\d{1,3}\\s*/\\s*\\d{1,3}$");
    /** The site's date widget: 今天是2024年1月25日 星期四; report dates never carry a weekday. */
    private static final Pattern TODAY = Pattern.compile("^今天是|^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*"
            + "(?:星期|周)[一二三四五六日天]");
    private static final Pattern DATETIME = Pattern.compile(
            "^\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern WELCOME = Pattern.compile("^欢迎(?:您)?(?:访问|来到|光临|进入|使用)|欢迎您!?$");
    private static final Pattern WELCOME_PREFIX = Pattern.compile("^(?:欢迎[^!]{0,40}!|[^!]{0,30}欢迎您!?)\\s*");
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{IsHan}a-z0-9]{2,28}(?:门户网站|政府网站|政务网站"
            + "|官方网站|人民政府网|政府网|政务网|网站|官网|门户网|政务服务网|门户)$");
    /** A site's name glued in front of a title: 云岭市人民政府门户网站云岭市民政局2023年… */
    private static final Pattern SITE_PREFIX = Pattern.compile("^[\\p{IsHan}]{2,20}?(?:门户网站|政府网站|政务网站"
            + "|官方网站|政府网)\\s*");
    private static final Pattern FOOTER = Pattern.compile("版权所有|copyright|©|icp备|icp证|公网安备|网站标识码|网站识别码"
            + "|主办单位|承办单位|主办:|承办:|协办单位|技术支持:|技术支持单位|运维单位|运行维护|维护单位|网站声明|隐私声明"
            + "|隐私政策|使用帮助|建议使用|最佳浏览|分辨率|网站纠错|网站找错|本站访问|访问人次|访问者|总访问量|联系我们"
            + "|关于我们|^\\S{2,24}主办$");
    /** A footer's contact block: two or more of 地址：, 邮编：, 电话：, 传真：, 邮箱： on one line. */
    private static final Pattern CONTACT = Pattern.compile("(?:地\\s*址|邮\\s*编|邮政编码|电\\s*话|传\\s*真|邮\\s*箱"
            + "|电子邮箱|e-?mail)\\s*:");
    private static final Pattern SHARE = Pattern.compile("扫一扫|扫码|二维码|分享到|分享至|一键分享|打开微信");
    private static final Pattern PREV_NEXT = Pattern.compile("^[【\\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页"
            + "|相关链接|相关阅读|相关文章|相关信息|相关附件|附件下载|相关稿件|相关解读|相关新闻|推荐阅读|热点推荐)");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "^(?:附件\\s*\\d*\\s*:?\\s*)?.{0,80}\\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$");
    /** What follows a title on a page's own title line: …年度报告_XX市人民政府, …年报 - XX区政府网. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?:报告|年报)(\\s*(?:[_|]+|[-–—]+)\\s*\\S.*)$");

    /** Words no agency name contains (the list and the rest of the page's chrome). */
    private static final List<String> NOT_IN_AGENCY = List.of("首页", "当前位置", "位置", "登录", "登陆", "注册", "打印",
            "字体", "字号", "收藏", "page", ">", "/", "|", "用户中心", "ipv6", "无障碍", "长者模式", "扫一扫", "分享",
            "浏览", "发布机构", "发布时间", "发布日期", "来源:", "索引号", "欢迎", "年度报告", "年报", "网站", ":", "http",
            "www", "»", "›");
    private static final Pattern ORG_END = Pattern.compile("(?:局|委|委员会|办|办公室|厅|府|部|署|院|所|站|中心|处|科|室|会"
            + "|馆|队|社|镇|乡|街道|办事处|区|县|市|旗|盟|州|省|公司|集团|园|开发区|监狱|校|行|司|团|场|关|台|组|庭|\\))$");
    private static final Pattern NOT_AGENCY_START = Pattern.compile("^(?:本|我|该|全|各|贵|其)");

    /** Traditional forms of chrome words the shared table ({@link Normalizer}) does not fold: 掃一掃, 註冊, 瀏覽. */
    private static final String MORE_TRADITIONAL = "掃註冊瀏礙碼詞鏈頂繫頁";
    private static final String MORE_SIMPLIFIED = "扫注册浏碍码词链顶系页";
    /** A bracketed column tag in front of a title: 【政府信息公开年报】XX局2023年… */
    private static final Pattern TAG_PREFIX = Pattern.compile("^[【\\[]([^】\\]]{1,16})[】\\]]\\s*");

    /** Simplified form of each CJK ideograph, filled on first use (0 = not yet known; races write equal values). */
    private static final char[] SIMPLIFIED = new char[0xA000 - 0x4E00];

    private PageChrome() {
    }

    /**
     * For each row: true when it is page chrome. A metadata label alone on its row (发布时间：) marks the next
     * non-empty row as its value when that row is short; a lone column name (年度报告) is chrome unless it ends a
     * title begun on the row above (…2023年政府信息公开工作 / 年度报告).
     */
    static boolean[] mark(List<Row> rows) {
        boolean[] chrome = new boolean[rows.size()];
        boolean valueNext = false;
        String previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String printed = Normalizer.tidy(Normalizer.stripMarkdown(row.text()));
            if (printed.isEmpty()) {
                continue;
            }
            boolean isChrome = metadataRow(row) || (!holdsNumber(row) && isChrome(row.text()));
            if (!isChrome && valueNext && isValue(row, printed)) {
                isChrome = true;
            }
            if (isChrome && previous != null && isNavigationOnly(printed) && endsTitleStart(previous, printed)) {
                isChrome = false;
            }
            chrome[i] = isChrome;
            valueNext = LABEL_ONLY.matcher(fold(printed)).matches();
            previous = isChrome ? null : printed;
        }
        return chrome;
    }

    /** The value of a label standing alone above it: a short line, not a title, heading or table row. */
    private static boolean isValue(Row row, String printed) {
        return !row.tabular() && printed.length() <= 40 && printed.indexOf('。') < 0
                && !TitleInfo.isTitleText(printed)
                && SectionFinder.classify(Normalizer.clean(SectionFinder.title(printed))) == 0;
    }

    /** A lone column name continues the row above when that row starts a title: it names a year and 公开. */
    private static boolean endsTitleStart(String above, String line) {
        return TitleInfo.YEAR.matcher(above).find() && Normalizer.key(above).contains("公开")
                && !TitleInfo.isTitleText(above) && TitleInfo.isTitleText(above + line);
    }

    /** True when the line, on its own, is page chrome. */
    static boolean isChrome(String line) {
        if (PAGE_ONLY.matcher(fold(Normalizer.tidy(line))).matches()) {
            return true; // before Markdown marks go: "- 3 -" is a page number, not a list item
        }
        String f = fold(Normalizer.tidy(Normalizer.stripMarkdown(line))).strip();
        if (f.isEmpty()) {
            return false;
        }
        boolean sentence = f.indexOf('。') >= 0;
        if (!sentence && f.length() <= 400 && FOOTER.matcher(f).find()) {
            return true;
        }
        if (f.length() > 150) {
            return false;
        }
        if (PAGE_ONLY.matcher(f).matches() || DATETIME.matcher(f).matches()) {
            return true;
        }
        if (URL_LINE.matcher(f).matches()) {
            return true;
        }
        Matcher page = PAGE_PREFIX.matcher(f);
        if (page.lookingAt() && TitleInfo.isTitleText(f.substring(page.end()))) {
            return true; // a flipbook's running header: "Page 9 - XX局2022年政府信息公开工作年度报告"
        }
        if (f.indexOf('。') < 0 && (PRINT_STAMP.matcher(f).lookingAt() || TODAY.matcher(f).find())) {
            return true; // "2024/1/20 15:45 XX局…年度报告", "今天是：2024年1月25日 星期四"
        }
        if (sentence) {
            return false;
        }
        boolean colon = f.indexOf(':') >= 0;
        return isCrumb(f) || LABEL_START.matcher(f).find() || STRONG_LABEL_SPACE.matcher(f).find()
                || (colon && (countLabels(f) >= 2 || count(CONTACT.matcher(f)) >= 2)) || consumesAll(f)
                || (f.length() <= 50 && WELCOME.matcher(f).find())
                || (f.length() <= 40 && SHARE.matcher(f).find()) || SITE_NAME.matcher(f.replace(" ", "")).matches()
                || PREV_NEXT.matcher(f).find() || ATTACHMENT.matcher(f).matches();
    }

    /** A table row with a cell that is only a number: a row of the report's tables, never the page's chrome. */
    private static boolean holdsNumber(Row row) {
        if (!row.tabular()) {
            return false;
        }
        for (Cell cell : row.cells()) {
            String t = cell.text().strip();
            if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** A table row of the page's information table: its first cell is a metadata label (索引号 | … | 发布机构 | …). */
    private static boolean metadataRow(Row row) {
        if (!row.tabular()) {
            return false;
        }
        for (Cell cell : row.cells()) {
            if (!cell.blank()) {
                return LABEL_ONLY.matcher(fold(cell.text().strip())).matches();
            }
        }
        return false;
    }

    /** A line made only of navigation column names (年度报告, 政府信息公开年报, 政务公开…). */
    static boolean isNavigationOnly(String line) {
        String f = fold(Normalizer.tidy(Normalizer.stripMarkdown(line))).strip();
        int i = 0;
        boolean any = false;
        while (i < f.length()) {
            if (SEPARATORS.indexOf(f.charAt(i)) >= 0) {
                i++;
                continue;
            }
            String token = tokenAt(f, i, NAV);
            if (token == null) {
                return false;
            }
            any = true;
            i += token.length();
        }
        return any;
    }

    private static boolean isCrumb(String f) {
        if (CRUMB_START.matcher(f).find()) {
            return true;
        }
        List<String> angle = parts(ANGLE.split(f));
        if (angle.size() >= 2 && HOME.contains(angle.get(0).replace(" ", ""))) {
            return true;
        }
        if (angle.size() >= 3 && angle.stream().allMatch(p -> p.length() <= 24)) {
            return true;
        }
        List<String> slash = parts(SLASH.split(f));
        return slash.size() >= 3 && HOME.contains(slash.get(0).replace(" ", ""))
                && slash.stream().allMatch(p -> p.length() <= 24);
    }

    private static List<String> parts(String[] split) {
        List<String> out = new ArrayList<>();
        for (String s : split) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static int countLabels(String f) {
        return count(LABEL_ANYWHERE.matcher(f));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** True when the whole line is tool and navigation words and separators, at least one of them a real word. */
    private static boolean consumesAll(String f) {
        int[] run = toolRun(f, true);
        return run[0] == f.length() && run[1] > 0;
    }

    /**
     * The leading run of tool words (and, when {@code nav}, navigation words) and separators: {end index,
     * number of words of two or more characters, number of tool words}.
     */
    private static int[] toolRun(String f, boolean nav) {
        int i = 0;
        int words = 0;
        int tools = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            String token = tokenAt(f, i, TOOLS);
            boolean tool = token != null;
            if (token == null && nav) {
                token = tokenAt(f, i, NAV);
            }
            if (token == null) {
                int end = shortToolEnd(f, i);
                if (end < 0) {
                    break;
                }
                i = end;
                continue;
            }
            words++;
            tools += tool ? 1 : 0;
            i += token.length();
        }
        return new int[] {i, words, tools};
    }

    /** End of a one-character tool word standing apart at {@code i} (the 大 of 【大 中 小】), or -1. */
    private static int shortToolEnd(String f, int i) {
        for (String s : SHORT_TOOLS) {
            int end = i + s.length();
            if (f.startsWith(s, i) && (end == f.length() || SEPARATORS.indexOf(f.charAt(end)) >= 0
                    || Character.isWhitespace(f.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static String tokenAt(String f, int i, List<String> tokens) {
        for (String t : tokens) {
            if (f.startsWith(t, i)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The printed line without chrome glued to it: a page counter (Page9-), a 标题： label, a breadcrumb
     * before the last step, a welcome, account and tool words in front (登录/注册 用户中心 支持IPV6), and a site
     * name after the title (…年度报告_XX市人民政府).
     */
    static String strip(String line) {
        String p = Normalizer.tidy(Normalizer.stripMarkdown(line));
        for (int guard = 0; guard < 8; guard++) {
            String f = fold(p);
            int cut = prefixEnd(f);
            if (cut <= 0 || cut >= p.length()) {
                break;
            }
            p = p.substring(cut).strip();
        }
        Matcher suffix = SITE_SUFFIX.matcher(fold(p));
        if (suffix.find() && !TitleInfo.YEAR.matcher(suffix.group(1)).find()) {
            p = p.substring(0, suffix.start(1)).strip();
        }
        return p.replaceAll("^[《<\\[【\"“]+|[》>\\]】\"”]+$", "").strip();
    }

    private static int prefixEnd(String f) {
        Matcher m = PAGE_PREFIX.matcher(f);
        if (m.lookingAt() && m.end() > 0) {
            return m.end();
        }
        m = PRINT_STAMP.matcher(f);
        if (m.lookingAt() && m.end() > 0) {
            return m.end();
        }
        m = TITLE_LABEL.matcher(f);
        if (m.lookingAt()) {
            return m.end();
        }
        if (isCrumb(f)) {
            int last = lastEnd(ANGLE.matcher(f));
            return last >= 0 ? last : lastEnd(SLASH.matcher(f));
        }
        m = TAG_PREFIX.matcher(f);
        if (m.lookingAt() && consumesAll(m.group(1))) {
            return m.end();
        }
        m = SITE_PREFIX.matcher(f);
        if (m.lookingAt() && TitleInfo.isTitleText(f.substring(m.end()))) {
            return m.end();
        }
        m = WELCOME_PREFIX.matcher(f);
        if (m.lookingAt() && m.end() > 0) {
            return m.end();
        }
        int[] run = toolRun(f, false);
        if (run[0] > 0 && run[2] > 0) {
            return run[0];
        }
        return 0;
    }

    private static int lastEnd(Matcher separators) {
        int last = -1;
        while (separators.find()) {
            last = separators.end();
        }
        return last;
    }

    /** Why this text cannot be an agency name (navigation words, too long, a sentence), or null when it can. */
    static String agencyProblem(String name) {
        if (name == null || name.isBlank()) {
            return "空 / empty";
        }
        String f = fold(name);
        for (String word : NOT_IN_AGENCY) {
            if (f.contains(word)) {
                return "含页面导航词「" + word + "」/ contains the page-chrome word '" + word + "'";
            }
        }
        if (!Normalizer.hasCjk(name)) {
            return "不含汉字 / no Chinese characters";
        }
        int length = name.codePointCount(0, name.length());
        if (length < 2 || length > 40) {
            return "长度" + length + " / length " + length;
        }
        if (f.matches(".*[。;!?，,].*")) {
            return "是句子 / a sentence";
        }
        if (isChrome(name)) {
            return "是页面导航 / page chrome";
        }
        return null;
    }

    /**
     * A bare organisation name as printed alone on a line (above a title that starts with the year, or as the
     * signature above the closing date): no chrome, short, no digits, ends like an organisation (局, 委员会,
     * 人民政府, 办公室, 街道办事处…).
     */
    static boolean looksLikeAgency(String line) {
        String t = strip(line).replace(" ", "");
        String f = fold(t);
        return agencyProblem(t) == null && t.length() <= 30 && !f.matches(".*\\d.*")
                && ORG_END.matcher(f).find() && !NOT_AGENCY_START.matcher(t).find();
    }

    /** Same-length fold: full-width → ASCII, ideographic space → space, Traditional → Simplified, lower case. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            } else if (c >= '\u4E00' && c <= '\u9FFF') {
                char known = SIMPLIFIED[c - 0x4E00];
                if (known == 0) {
                    known = simplified(c);
                    SIMPLIFIED[c - 0x4E00] = known;
                }
                c = known;
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }

    private static char simplified(char c) {
        int more = MORE_TRADITIONAL.indexOf(c);
        if (more >= 0) {
            return MORE_SIMPLIFIED.charAt(more);
        }
        String s = Normalizer.clean(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
