package io.nianbao.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * Simplified → Traditional for the characters the corpus prints (a mirror site's conversion). Words whose
 * Traditional form is not the character-by-character one come first, as a mirror site converts them
 * (反复 → 反覆, 重复 → 重複, 制作 → 製作, 制发 → 製發): 無正當理由大量反覆申請 is what real mirrors print.
 */
final class Traditional {

    private static final String SIMPLIFIED =
            "总计属于国开稳权内务过执询现补请确访举诉类复无当获资处缴纳费结转办区这条项规范许罚强业额万维纠审议"
            + "体况报个会对发废数单机关门为与问题进系减采购后应将来时实构护险产据书统级网页说认识读设号县镇乡厅员经济"
            + "户税卫环态农奖励协标准营团专导严节线归销启监从们达义价参观动讯决见视检图东车贸质广场论证评记录历组织"
            + "医学习练师种积极该还运远边围约续继终给园层帮联职听华叶训试详调讲让负财责贵军较载辅输违选邮释铁银钱长"
            + "闭间阅阵阳随双杂离难顺预领频顾风飞黄龙众尽简执规传务门"
            + "讼没册浏览码扫链碍栏细状档钩划创优综纪势";
    private static final String TRADITIONAL =
            "總計屬於國開穩權內務過執詢現補請確訪舉訴類復無當獲資處繳納費結轉辦區這條項規範許罰強業額萬維糾審議"
            + "體況報個會對發廢數單機關門為與問題進係減採購後應將來時實構護險產據書統級網頁說認識讀設號縣鎮鄉廳員經濟"
            + "戶稅衛環態農獎勵協標準營團專導嚴節線歸銷啟監從們達義價參觀動訊決見視檢圖東車貿質廣場論證評記錄歷組織"
            + "醫學習練師種積極該還運遠邊圍約續繼終給園層幫聯職聽華葉訓試詳調講讓負財責貴軍較載輔輸違選郵釋鐵銀錢長"
            + "閉間閱陣陽隨雙雜離難順預領頻顧風飛黃龍眾盡簡執規傳務門"
            + "訟沒冊瀏覽碼掃鏈礙欄細狀檔鉤劃創優綜紀勢";
    private static final String[][] WORDS = {
            {"反复", "反覆"}, {"重复", "重複"}, {"制作", "製作"}, {"制发", "製發"}, {"复制", "複製"}};
    private static final Map<Character, Character> S2T = new HashMap<>();

    static {
        for (int i = 0; i < SIMPLIFIED.length(); i++) {
            S2T.put(SIMPLIFIED.charAt(i), TRADITIONAL.charAt(i));
        }
    }

    private Traditional() {
    }

    static String convert(String s) {
        String words = s;
        for (String[] w : WORDS) {
            words = words.replace(w[0], w[1]);
        }
        StringBuilder b = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            b.append(S2T.getOrDefault(c, c));
        }
        return b.toString();
    }
}
