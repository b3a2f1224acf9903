package io.nianbao.parser.extract;

import io.nianbao.model.text.ChineseText;

import java.text.Normalizer.Form;
import java.util.HashMap;
import java.util.Map;

/**
 * Text normalisation for fuzzy label matching: NFKC (full-width → ASCII), Traditional → Simplified for the
 * characters the form uses, known typos fixed, Markdown and bookmark artefacts removed.
 */
public final class Normalizer {

    private static final String TRADITIONAL =
            "總計屬於國開穩權內務過執詢現製補請確訪舉訴類複復無當獲資處繳納費結轉辦區這條項規範許罰強業額萬維糾審議"
            + "體況報個會對發廢數單機關門為與問題進係減採購後應將來時實構護險產據書統級網頁說認識讀設號縣鎮鄉廳員經濟"
            + "戶稅衛環態農獎勵協標準營團專導嚴節線歸納銷議啟當總監督障臺台務並從們達戰術備義價參觀";
    private static final String SIMPLIFIED =
            "总计属于国开稳权内务过执询现制补请确访举诉类复复无当获资处缴纳费结转办区这条项规范许罚强业额万维纠审议"
            + "体况报个会对发废数单机关门为与问题进系减采购后应将来时实构护险产据书统级网页说认识读设号县镇乡厅员经济"
            + "户税卫环态农奖励协标准营团专导严节线归纳销议启当总监督障台台务并从们达战术备义价参观";
    private static final String TRADITIONAL_MORE =
            "動訊際訟決測誤錯稱傳見視覽檢驗勞圖館東車馬貿貨質壓廣場電話論證評記錄彙匯眾歷紀組織療藥醫學習練師種積極該還運遠邊圍爭氣壽"
            + "約續繼絡細終紹給綫園堅塊壞奪婦媽嬰寬尋層屆崗幣幫彈徵徹懷擁擔攜敗斷晉暫樣橫檔歡殘淨溝滬滿漢灣燈點煙爾牆狀畫盡盤礎禮競築簡"
            + "糧緊緒編縮績聯職聽脅藝莊華葉蔣覺訂討訓託診試詳誠調諸諾謀講謝譯讓豐貝負財貢貧販責貴貼賦賬賴贈趕趙躍軍軟較載輔輕輸違遞選遺"
            + "郵鄰釋鐵銀錢鍵長閉間閱闊陣陳陽隨雙雜雞離難靈韓順預領頻顧風飛飯髮鬥魚鳥麥黃齊龍";
    private static final String SIMPLIFIED_MORE =
            "动讯际讼决测误错称传见视览检验劳图馆东车马贸货质压广场电话论证评记录汇汇众历纪组织疗药医学习练师种积极该还运远边围争气寿"
            + "约续继络细终绍给线园坚块坏夺妇妈婴宽寻层届岗币帮弹征彻怀拥担携败断晋暂样横档欢残净沟沪满汉湾灯点烟尔墙状画尽盘础礼竞筑简"
            + "粮紧绪编缩绩联职听胁艺庄华叶蒋觉订讨训托诊试详诚调诸诺谋讲谢译让丰贝负财贡贫贩责贵贴赋账赖赠赶赵跃军软较载辅轻输违递选遗"
            + "邮邻释铁银钱键长闭间阅阔阵陈阳随双杂鸡离难灵韩顺预领频顾风飞饭发斗鱼鸟麦黄齐龙";
    /** Characters of the form's labels not covered above (没有现成信息…, 发布, 尽快 …). */
    private static final String TRADITIONAL_FORM = "沒佈儘則徑謂諮裡鑑億蓋";
    private static final String SIMPLIFIED_FORM = "没布尽则径谓咨里鉴亿盖";
    /**
     * 覆 is also a Simplified character (覆盖), so it is folded only in the words where it stands for 复:
     * 無正當理由大量反覆申請, 答覆, 覆核, 覆議.
     */
    private static final String[][] FU = {{"反覆", "反复"}, {"答覆", "答复"}, {"覆核", "复核"}, {"覆议", "复议"}};
    private static final Map<Character, Character> T2S = new HashMap<>();

    static {
        for (int i = 0; i < Math.min(TRADITIONAL.length(), SIMPLIFIED.length()); i++) {
            T2S.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
        }
        for (int i = 0; i < TRADITIONAL_MORE.length(); i++) {
            T2S.put(TRADITIONAL_MORE.charAt(i), SIMPLIFIED_MORE.charAt(i));
        }
        for (int i = 0; i < TRADITIONAL_FORM.length(); i++) {
            T2S.put(TRADITIONAL_FORM.charAt(i), SIMPLIFIED_FORM.charAt(i));
        }
    }

    private Normalizer() {
    }

    /** Readable form: NFKC, simplified characters, typos fixed, artefacts removed, whitespace collapsed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = java.text.Normalizer.normalize(s, Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(T2S.getOrDefault(c, c));
        }
        // the form's own table above, then the full character table for whatever else a mirror copy converted
        t = ChineseText.simplified(b.toString());
        for (String[] fu : FU) {
            t = t.replace(fu[0], fu[1]);
        }
        t = t
                .replaceAll("\\[bookmark:[^\\]]*]", "")
                .replace("尚示", "尚未")
                .replace("有色稽", "勾稽")
                .replace("钩稽", "勾稽")
                .replace("事业型", "事业性")
                .replace('\u3000', ' ')
                .replace('\u00A0', ' ');
        return t.replaceAll("\\s+", " ").strip();
    }

    /** Printed form: artefacts removed and whitespace collapsed, characters kept as printed. */
    public static String tidy(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("\\[bookmark:[^\\]]*]", "").replace('\u3000', ' ').replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * Matching key: {@link #clean} without whitespace, Markdown marks and punctuation; a mirror's 資訊 is read as
     * 信息 (政府資訊公開 = 政府信息公开).
     */
    public static String key(String s) {
        String t = clean(s).replace("资讯", "信息");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Removes Markdown heading marks, emphasis and list bullets around a line. */
    public static String stripMarkdown(String s) {
        String t = s.strip();
        t = t.replaceFirst("^#{1,6}\\s*", "");
        t = t.replace("**", "").replace("__", "");
        t = t.replaceFirst("^[-*+]\\s+", "");
        return t.strip();
    }

    /** True when the text holds at least one CJK ideograph. */
    public static boolean hasCjk(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
