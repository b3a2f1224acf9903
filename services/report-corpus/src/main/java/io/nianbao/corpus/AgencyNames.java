package io.nianbao.corpus;

import java.util.List;
import java.util.Random;

/** Invented agency names: a place made of two syllables, a level (县/市/区) and a department. */
final class AgencyNames {

    private static final String FIRST = "青白云石东南西北清丰安平长永宁新金玉桃兴和华明";
    private static final String SECOND = "山水川河湖台阳林溪岭源泉城江坪沙塘湾峰原";
    private static final List<String> LEVELS = List.of("县", "市", "区");
    private static final List<String> DEPARTMENTS = List.of(
            "交通运输局", "商务局", "生态环境局", "自然资源局", "教育局", "民政局", "财政局", "司法局",
            "人力资源和社会保障局", "住房和城乡建设局", "农业农村局", "文化和旅游局", "卫生健康委员会",
            "发展和改革委员会", "统计局", "应急管理局", "医疗保障局", "退役军人事务局");
    private static final List<String> STREETS = List.of("东关", "城南", "新华", "河西", "桥北", "光明");

    private AgencyNames() {
    }

    static String next(Random r) {
        String place = "" + FIRST.charAt(r.nextInt(FIRST.length())) + SECOND.charAt(r.nextInt(SECOND.length()));
        String level = LEVELS.get(r.nextInt(LEVELS.size()));
        int kind = r.nextInt(10);
        if (kind == 0) {
            return place + level + STREETS.get(r.nextInt(STREETS.size())) + "街道办事处";
        }
        if (kind == 1) {
            return place + level + "人民政府办公室";
        }
        return place + level + DEPARTMENTS.get(r.nextInt(DEPARTMENTS.size()));
    }
}
