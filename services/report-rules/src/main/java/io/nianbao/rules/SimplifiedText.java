package io.nianbao.rules;

import io.nianbao.model.text.ChineseText;

/**
 * Traditional → Simplified for what the rules read, so that a mirror copy converted to Traditional characters
 * (主動公開, 申請, 行政復議) is judged like the original. The table lives in report-model's {@link ChineseText},
 * shared with the parser.
 */
final class SimplifiedText {

    private SimplifiedText() {
    }

    /** The text with Traditional characters replaced by their Simplified forms; null stays null. */
    static String of(String text) {
        return ChineseText.simplified(text);
    }
}
