package io.zhibiao.extract;

import java.util.regex.Pattern;

/**
 * How much of its budget a fiscal line reached (完成预算的101.2%, 为调整预算的97.5%, 占年初预算数6.1亿元的56.3%): the rate
 * of the line the words or the sentence name (一般公共预算收入, 政府性基金支出), not a share of a whole nor a rate of its own.
 */
final class BudgetRate {

    /** The family the catalog gives a fiscal line that has a budget: CODE.budget_rate (预算完成率). */
    static final String FAMILY = "budget_rate";

    /** 完成预算的, 为年初预算的, 为调整预算(以下简称预算)的, 占任务数的, 完成调整预算, 完成区人大常委会…批准支出调整预算76.35亿元的: a budget (or a budget's task) as the whole. */
    private static final Pattern OF_BUDGET = Pattern.compile(
            "(?:完成|为|占|达到?)(?:了)?(?:[^，。；]{0,30}?批准[^，。；]{0,6}?)?(?:年初|调整|年度|全年|本年|当年|年)?(?:预算|任务)(?:[^，。；]{0,20}的|数?)$");

    private BudgetRate() {
    }

    /**
     * @param before  the clause before a percentage
     * @param subject the indicator the sentence was about so far, or null
     * @return the budget-rate code of the fiscal line named in the words (or, when they name none, of the subject), or
     * null when the words measure no budget or the line has no budget
     */
    static String of(String before, String subject) {
        java.util.regex.Matcher m = OF_BUDGET.matcher(before);
        if (!m.find()) {
            return null;
        }
        String level = IndicatorClassifier.nearestLevel(before.substring(0, m.start()), FAMILY);
        if (level == null) {
            level = IndicatorClassifier.levelOf(subject);
        }
        return level == null ? null : IndicatorCatalog.familyCode(level, FAMILY);
    }
}
