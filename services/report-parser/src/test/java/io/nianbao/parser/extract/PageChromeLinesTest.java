package io.nianbao.parser.extract;

import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line by line: what is page chrome, and — as important, since chrome is dropped — what report text never is
 * (headings, titles, signatures, dates, short narrative lines, table rows).
 */
class PageChromeLinesTest {

    @Test
    void webChromeLinesAreChrome() {
        List<String> chrome = List.of("首页 > 政务公开 > 年度报告", "当前位置：首页>政务>信息公开年报",
                "您现在的位置：首页 > 信息公开", "首页/政府信息公开/政府信息公开年报/镇街/", "政务公开 » 年度报告 » 2023年",
                "登录|注册", "登錄｜註冊", "登录/注册 用户中心 支持IPV6", "无障碍", "长者模式", "设为首页 加入收藏",
                "字体：【大 中 小】 打印", "【字号：大 中 小】", "打印本页 关闭窗口", "【打印本页】【关闭窗口】",
                "扫一扫在手机打开当前页", "打开微信扫一扫，点击右上角分享即可", "分享到：", "Page8-", "page 12", "P. 9",
                "- 3 -", "第 3 页 共 12 页", "年度报告", "政府信息公开年报", "云岭市人民政府门户网站",
                "欢迎访问云岭市人民政府网站！", "第十师北屯市欢迎您!", "索引号：11530000MB/2024-00012",
                "索 引 号: 035200022/2026-00004", "发布机构：云岭市民政局  生成日期：2024-01-20",
                "来源：云岭市人民政府  发布时间：2024-01-20  浏览次数：123", "发布日期：2024年1月20日", "信息来源:",
                "2024-01-20 10:32", "2024-01-20", "上一篇：关于公布名单的公告", "附件：年度报告.pdf",
                "网站地图 | 联系我们 | 网站声明", "版权所有：云岭市人民政府", "滇ICP备00000001号-1",
                "网站标识码：5300000001", "地址：云岭市春城路1号 邮编：650000 电话：0871-0000000",
                "主办单位：云岭市人民政府办公室", "云岭市人民政府办公室主办", "首页 政务公开 政务服务 互动交流",
                "2024/1/20 下午3:45 云岭市民政局2023年政府信息公开工作年度报告", "2024/1/20 15:45",
                "https://www.ylsmzj.gov.cn/art/2024/1/20/art_1234_567.html 1/5", "2/5", "2024/1/20 15:45 云岭市人民政府",
                "今天是：2024年1月25日 星期四", "2024年1月25日 星期四", "网址：http://www.ylsmzj.gov.cn",
                "當前位置：首頁 > 政務公開 > 年度報告", "掃一掃在手機打開當前頁", "【打印本頁】【關閉窗口】", "登錄｜註冊");
        for (String line : chrome) {
            assertTrue(PageChrome.isChrome(line), line);
        }
    }

    @Test
    void reportTextIsNeverChrome() {
        List<String> text = List.of("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项",
                "（一）主动公开", "三、平台建设与监督保障", "松岭市农业农村局2023年政府信息公开工作年度报告",
                "2023年政府信息公开工作年度报告", "政府信息公开工作年度报告", "松岭市农业农村局", "招商局（商务局）",
                "2024年1月19日", "二〇二四年一月二十日", "无。", "本局2023年度未收取政府信息公开信息处理费。",
                "本报告电子版可在松岭市人民政府门户网站下载。", "联系电话：0871-0000000",
                "2023年，本局在门户网站发布信息263条，其中政策文件12件。", "（二）加强政府门户网站建设",
                "第二十条第（一）项", "信息内容", "本年新收政府信息公开申请数量", "结果维持", "总计", "0", "/", "—",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "本年增/减",
                "中山市交通运输局", "大同市卫生健康委员会");
        for (String line : text) {
            assertFalse(PageChrome.isChrome(line), line);
        }
    }

    @Test
    void aLabelAloneMakesTheNextShortLineItsValueButNotAHeadingOrTitle() {
        boolean[] marks = PageChrome.mark(rows("信息来源:", "乌兰塔拉旗市场监督管理局", "发布时间:", "一、总体情况",
                "时效:", "大同市卫生健康委员会2025年政府信息公开年度报告"));
        assertTrue(marks[0]);
        assertTrue(marks[1], "the value of 信息来源");
        assertTrue(marks[2]);
        assertFalse(marks[3], "a section heading is never a label's value");
        assertTrue(marks[4]);
        assertFalse(marks[5], "a title is never a label's value");
    }

    @Test
    void aLoneColumnNameIsChromeUnlessItEndsAWrappedTitle() {
        boolean[] marks = PageChrome.mark(rows("2021年石湾市人民政府办公厅政府信息公开工作", "年度报告", "首页 > 年报",
                "年度报告"));
        assertFalse(marks[0]);
        assertFalse(marks[1], "ends the title begun above");
        assertTrue(marks[2]);
        assertTrue(marks[3], "a column name after chrome");
    }

    @Test
    void informationTableRowsAreChrome() {
        Row info = Row.cells(List.of(new Cell("有效性/截止日期:", "c1"), new Cell("", "c2"), new Cell("文号:", "c3")), 1);
        Row data = Row.cells(List.of(new Cell("行政许可", "c1"), new Cell("18", "c2")), 2);
        boolean[] marks = PageChrome.mark(List.of(info, data));
        assertTrue(marks[0]);
        assertFalse(marks[1]);
    }

    @Test
    void chromeGluedToAnAgencyOrTitleIsCutAway() {
        assertEquals("威海市文登区人民政府办公室", PageChrome.strip("Page9-威海市文登区人民政府办公室"));
        assertEquals("科左后旗卫生健康委员会2022年度政府信息公开工作年度报告",
                PageChrome.strip("登录/注册用户中心支持IPV6科左后旗卫生健康委员会2022年度政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("云岭市民政局2023年政府信息公开工作年度报告_云岭市人民政府"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("云岭市民政局2023年政府信息公开工作年度报告 - 云岭区政府网"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("标题：云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("当前位置：首页 > 信息公开 > 云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("欢迎访问云岭市人民政府！云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("云岭市人民政府门户网站云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("2024/1/20 下午3:45 云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("云岭市民政局2023年政府信息公开工作年度报告",
                PageChrome.strip("【政府信息公开年报】云岭市民政局2023年政府信息公开工作年度报告"));
        assertEquals("中山市交通运输局2023年政府信息公开工作年度报告",
                PageChrome.strip("中山市交通运输局2023年政府信息公开工作年度报告"), "中 of 中山 is no font size");
    }

    @Test
    void agencyNamesWithNavigationWordsAreRefused() {
        for (String bad : List.of("首页/政府信息公开/政府信息公开年报/镇街/", "登录/注册用户中心支持IPV6科左后旗卫生健康委员会",
                "当前位置:首页>政务>信息公开年报", "Page9-威海市文登人民政府办公室", "字体：大 中 小", "加入收藏",
                "打印本页")) {
            assertNotNull(PageChrome.agencyProblem(bad), bad);
        }
        assertNull(PageChrome.agencyProblem("招商局（商务局）"));
        assertTrue(PageChrome.looksLikeAgency("柳溪区人民政府办公室"));
        assertTrue(PageChrome.looksLikeAgency("Page9-柳溪区人民政府办公室"), "the counter is cut first");
        assertFalse(PageChrome.looksLikeAgency("政务公开"));
        assertFalse(PageChrome.looksLikeAgency("云岭市人民政府门户网站"));
        assertFalse(PageChrome.looksLikeAgency("本局"));
        assertFalse(PageChrome.looksLikeAgency("2024年1月19日"));
    }

    private static List<Row> rows(String... lines) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(Row.paragraph(lines[i], "line " + (i + 1) + " col 1"));
        }
        return out;
    }
}
