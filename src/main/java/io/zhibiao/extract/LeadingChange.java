package io.zhibiao.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 净增市场主体3000户, 新增存款23.5亿元, 新增涉农贷款12.6亿元 (or 市场主体净增2150户): a verb of change before a stock's
 * name (or right before the figure, for 净增) makes the figure the stock's change, not its level. 净增 always does;
 * 新增 and 多增 only for a stock that cannot be summed over periods (a balance, a herd), since 新增企业 and 新增就业
 * count what came in the period.
 */
final class LeadingChange {

    /** The verb, then the words of the stock's name up to the figure. */
    private static final Pattern VERB_THEN_NAME = Pattern.compile("(净增|净减|新增|多增)[^，。；、：:\\d]{1,12}$");

    private LeadingChange() {
    }

    /** The change code of {@code own} when the words before the figure open with a verb of change, else null. */
    static String of(String before, String own) {
        if (own == null || !before.contains("新增") && !before.contains("净增") && !before.contains("多增")
                && !before.contains("净减")) {
            return null; // most figures follow no verb of change: no lookup, no regex
        }
        String change = IndicatorCatalog.familyCode(own, "change");
        if (change == null || change.endsWith(".yoy.pp")) {
            return null;
        }
        if (before.endsWith("净增") || before.endsWith("净减") || before.endsWith("净增了")) {
            return change; // 市场主体净增2150户: a net change whatever the stock
        }
        Matcher m = VERB_THEN_NAME.matcher(before);
        if (!m.find()) {
            return null;
        }
        IndicatorDef def = IndicatorCatalog.byCode(own);
        return m.group(1).startsWith("净") || def != null && !def.summable() ? change : null;
    }
}
