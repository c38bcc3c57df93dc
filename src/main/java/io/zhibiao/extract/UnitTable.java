package io.zhibiao.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Measure words and units as written, each with its unit class and the factor into the class's base unit. */
final class UnitTable {

    /** One unit: what it measures and how much one written unit is in base units. */
    record Unit(String text, UnitClass unitClass, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final int MAX_LEN;

    static {
        money("元", "1");
        money("人民币", "1");
        money("元人民币", "1");
        for (String w : ("家 个 项 件 座 所 宗 类 班 场 次 轮 栋 幢 条 处 台 辆 套 户 只 头 艘 架 款 支 部 张 份 "
                + "种 株 棵 枚 孔 盏 根 间 起 笔 例 门 趟 家次 批次 个次 户次 场次 宗次 间次 余次 册 篇 片 眼 口 "
                + "对 组 队 期 批 大类 副 床 宗 盏 羽").split(" ")) {
            add(w, UnitClass.COUNT, "1");
        }
        add("人", UnitClass.PERSON, "1");
        add("名", UnitClass.PERSON, "1");
        add("位", UnitClass.PERSON, "1");
        add("人次", UnitClass.PERSON_TIME, "1");
        add("%", UnitClass.PERCENT, "1");
        add("‰", UnitClass.PERCENT, "0.1");
        add("个百分点", UnitClass.PERCENT, "1");
        add("百分点", UnitClass.PERCENT, "1");
        // 利率下降28个基点: a basis point is a hundredth of a percentage point
        add("个基点", UnitClass.PERCENT, "0.01");
        add("基点", UnitClass.PERCENT, "0.01");
        add("BP", UnitClass.PERCENT, "0.01");
        add("bp", UnitClass.PERCENT, "0.01");
        add("公里", UnitClass.LENGTH_KM, "1");
        add("千米", UnitClass.LENGTH_KM, "1");
        add("米", UnitClass.LENGTH_KM, "0.001");
        add("延米", UnitClass.LENGTH_KM, "0.001");
        add("立方米", UnitClass.VOLUME_M3, "1");
        add("平方公里", UnitClass.AREA_HA, "100");
        add("平方千米", UnitClass.AREA_HA, "100");
        add("平方米", UnitClass.AREA_HA, "0.0001");
        add("㎡", UnitClass.AREA_HA, "0.0001");
        add("平方公尺", UnitClass.AREA_HA, "0.0001"); // Taiwan and Hong Kong write 公尺 for 米
        add("公尺", UnitClass.LENGTH_KM, "0.001");
        add("公顷", UnitClass.AREA_HA, "1");
        add("亩", UnitClass.AREA_HA, "0.0666666666666667");
        add("公顷次", UnitClass.AREA_HA_TIME, "1");
        add("亩次", UnitClass.AREA_HA_TIME, "0.0666666666666667");
        add("吨", UnitClass.MASS_T, "1");
        add("公斤", UnitClass.MASS_T, "0.001");
        add("千克", UnitClass.MASS_T, "0.001");
        add("斤", UnitClass.MASS_T, "0.0005");
        add("千瓦", UnitClass.POWER_KW, "1");
        add("兆瓦", UnitClass.POWER_KW, "1000");
        add("瓦", UnitClass.POWER_KW, "0.001");
        add("倍", UnitClass.RATIO, "1");
        // a yield per mu is kept in kilograms per mu, as the releases write it (亩产 written with a bare mass: YieldPerMu)
        add("公斤/亩", UnitClass.OTHER, "1");
        add("千克/亩", UnitClass.OTHER, "1");
        add("斤/亩", UnitClass.OTHER, "0.5");
        add("千瓦时", UnitClass.OTHER, "1");
        add("度", UnitClass.OTHER, "1");
        add("美元", UnitClass.OTHER, "1");
        add("标箱", UnitClass.OTHER, "1");
        add("吨公里", UnitClass.OTHER, "1"); // freight turnover: not a mass
        add("人公里", UnitClass.OTHER, "1"); // passenger turnover: not a length
        add("大", UnitClass.COUNT, "1"); // 三大领域: accepted for Chinese numerals only, see FigureScanner
        int max = 0;
        for (String k : UNITS.keySet()) {
            max = Math.max(max, k.length());
        }
        MAX_LEN = max;
    }

    private UnitTable() {
    }

    private static void money(String w, String f) {
        add(w, UnitClass.MONEY_CNY, f);
    }

    private static void add(String w, UnitClass c, String f) {
        UNITS.put(w, new Unit(w, c, new BigDecimal(f)));
    }

    /** The longest unit written at {@code pos}, or null. */
    static Unit at(String text, int pos) {
        int limit = Math.min(MAX_LEN, text.length() - pos);
        for (int len = limit; len >= 1; len--) {
            Unit u = UNITS.get(text.substring(pos, pos + len));
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
