package io.nianbao.rules;

import java.time.LocalDate;

/** Dates the way reports print them. */
final class Dates {

    private Dates() {
    }

    /** e.g. 2024年1月26日. */
    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
