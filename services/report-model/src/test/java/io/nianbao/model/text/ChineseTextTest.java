package io.nianbao.model.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traditional → Simplified folding of the form's labels and of agency names. */
class ChineseTextTest {

    @Test
    void theFormsLabelsFold() {
        assertEquals("属于国家秘密", ChineseText.simplified("屬於國家祕密"));
        assertEquals("无正当理由大量反复申请", ChineseText.simplified("無正當理由大量反覆申請"));
        assertEquals("补正后申请内容仍不明确", ChineseText.simplified("補正後申請內容仍不明確"));
        assertEquals("结转下年度继续办理", ChineseText.simplified("結轉下年度繼續辦理"));
        assertEquals("危及“三安全一稳定”", ChineseText.simplified("危及“三安全一穩定”"));
    }

    @Test
    void agencyNamesFoldBeyondTheFormsVocabulary() {
        assertEquals("重庆市渝北区人力资源和社会保障局", ChineseText.simplified("重慶市渝北區人力資源和社會保障局"));
        assertEquals("海口市龙华区市场监督管理局", ChineseText.simplified("海口市龍華區市場監督管理局"));
    }

    @Test
    void simplifiedTextIsReturnedUnchanged() {
        String s = "青石县卫生健康委员会2023年政府信息公开工作年度报告";
        assertSame(s, ChineseText.simplified(s));
        assertEquals(0, ChineseText.traditionalCount(s));
        assertTrue(ChineseText.traditionalCount("青石縣衛生健康委員會") >= 4);
        assertNull(ChineseText.simplified(null));
    }
}
