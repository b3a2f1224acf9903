package io.nianbao.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → Simplified for the characters the narrative rules read, so that a mirror copy converted to
 * Traditional characters (主動公開, 申請, 行政復議) is judged like the original. The same character table as the
 * parser's normaliser (report-parser {@code Normalizer}); kept here because the rules do not depend on the parser.
 */
final class SimplifiedText {

    private static final String TRADITIONAL =
            "總計屬於國開穩權內務過執詢現製補請確訪舉訴類複復無當獲資處繳納費結轉辦區這條項規範許罰強業額萬維糾審議體況報個會對發廢數"
            + "單機關門為與問題進係減採購後應將來時實構護險產據書統級網頁說認識讀設號縣鎮鄉廳員經濟戶稅衛環態農獎勵協標準營團專導嚴節線"
            + "歸銷啟監臺並從們達戰術備義價參觀動訊際訟決測誤錯稱傳見視覽檢驗勞圖館東車馬貿貨質壓廣場電話論證評記錄彙匯眾歷紀組織療藥醫"
            + "學習練師種積極該還運遠邊圍爭氣壽約續繼絡細終紹給綫園堅塊壞奪婦媽嬰寬尋層屆崗幣幫彈徵徹懷擁擔攜敗斷晉暫樣橫檔歡殘淨溝滬滿"
            + "漢灣燈點煙爾牆狀畫盡盤礎禮競築簡糧緊緒編縮績聯職聽脅藝莊華葉蔣覺訂討訓託診試詳誠調諸諾謀講謝譯讓豐貝負財貢貧販責貴貼賦賬"
            + "賴贈趕趙躍軍軟較載輔輕輸違遞選遺郵鄰釋鐵銀錢鍵長閉間閱闊陣陳陽隨雙雜雞離難靈韓順預領頻顧風飛飯髮鬥魚鳥麥黃齊龍";
    private static final String SIMPLIFIED =
            "总计属于国开稳权内务过执询现制补请确访举诉类复复无当获资处缴纳费结转办区这条项规范许罚强业额万维纠审议体况报个会对发废数"
            + "单机关门为与问题进系减采购后应将来时实构护险产据书统级网页说认识读设号县镇乡厅员经济户税卫环态农奖励协标准营团专导严节线"
            + "归销启监台并从们达战术备义价参观动讯际讼决测误错称传见视览检验劳图馆东车马贸货质压广场电话论证评记录汇汇众历纪组织疗药医"
            + "学习练师种积极该还运远边围争气寿约续继络细终绍给线园坚块坏夺妇妈婴宽寻层届岗币帮弹征彻怀拥担携败断晋暂样横档欢残净沟沪满"
            + "汉湾灯点烟尔墙状画尽盘础礼竞筑简粮紧绪编缩绩联职听胁艺庄华叶蒋觉订讨训托诊试详诚调诸诺谋讲谢译让丰贝负财贡贫贩责贵贴赋账"
            + "赖赠赶赵跃军软较载辅轻输违递选遗邮邻释铁银钱键长闭间阅阔阵陈阳随双杂鸡离难灵韩顺预领频顾风飞饭发斗鱼鸟麦黄齐龙";
    private static final Map<Character, Character> T2S = new HashMap<>();

    static {
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            T2S.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
        }
    }

    private SimplifiedText() {
    }

    /** The text with Traditional characters replaced by their Simplified forms; null stays null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(T2S.getOrDefault(c, c));
        }
        return b.toString();
    }
}
