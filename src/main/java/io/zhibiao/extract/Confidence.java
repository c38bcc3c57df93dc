package io.zhibiao.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How likely every attribute of a figure is right, from what lowered it: a logistic model, one weight per
 * {@link Reason}, fitted on the team's own annotated texts (bench/extract/CONFIDENCE.md says how; refit with
 * bench/extract/fit_confidence.py when the reasons or the stages change). Rounded to three decimals (two would
 * hide the small reasons near the top) so that answers carrying it stay the same bytes for the same data.
 */
public final class Confidence {

    /** The log-odds of a figure no reason lowered. */
    static final double BASE = 4.46;
    private static final Map<Reason, Double> WEIGHTS = new EnumMap<>(Reason.class);

    static {
        // fitted by bench/extract/fit_confidence.py on bench/extract/confidence (55 texts) and the seed page
        WEIGHTS.put(Reason.AFTER_COMPLETION, -2.16);
        WEIGHTS.put(Reason.CROWDED_CLAUSE, -0.37);
        WEIGHTS.put(Reason.FIGURE_AS_MODIFIER, -3.68);
        WEIGHTS.put(Reason.GENERIC_INDICATOR, -0.15);
        WEIGHTS.put(Reason.IN_HEADLINE, -1.23);
        WEIGHTS.put(Reason.INDICATOR_FROM_SENTENCE, -0.15);
        WEIGHTS.put(Reason.KIND_RULED, -2.31);
        WEIGHTS.put(Reason.LIST_ITEM, -0.15);
        WEIGHTS.put(Reason.LIST_SPREAD, -0.15);
        WEIGHTS.put(Reason.LONG_SENTENCE, -0.15);
        WEIGHTS.put(Reason.PERIOD_ADJUSTED, -3.35);
        WEIGHTS.put(Reason.PERIOD_CARRIED, -0.15);
        WEIGHTS.put(Reason.PERIOD_CUE_DISTANT, -0.15);
        WEIGHTS.put(Reason.PERIOD_FROM_PUBLICATION, -0.79);
        WEIGHTS.put(Reason.PERIOD_PAST_AS_OF, -1.09);
        WEIGHTS.put(Reason.PERIOD_RELATIVE, -4.44);
        WEIGHTS.put(Reason.PLAN_CUE_DISTANT, -0.94);
        WEIGHTS.put(Reason.REGION_ABOVE_ARTICLE, -5.23);
        WEIGHTS.put(Reason.REGION_AFTER_FIGURE, -0.15);
        WEIGHTS.put(Reason.REGION_CARRIED, -0.15);
        WEIGHTS.put(Reason.REGION_FROM_DATELINE, -0.46);
        WEIGHTS.put(Reason.REGION_FROM_HEADING, -0.15);
        WEIGHTS.put(Reason.REGION_OTHER_PARAGRAPH, -0.15);
        WEIGHTS.put(Reason.REGION_PASSED_OVER, -4.23);
        WEIGHTS.put(Reason.REGION_SCOPE_NARROWED, -5.73);
        WEIGHTS.put(Reason.STOCK_OVER_PERIOD, -4.10);
        WEIGHTS.put(Reason.TARGET_SHORT_PERIOD, -2.82);
        WEIGHTS.put(Reason.YARDSTICK_NEARBY, -0.15);
        WEIGHTS.put(Reason.YEAR_NAMED_SHORT_PERIOD, -3.00);
        // never met in the fitting texts: priors, not fitted
        WEIGHTS.put(Reason.REGION_FROM_PAGE, -1.0);
        WEIGHTS.put(Reason.REGION_GUESSED, -1.0);
        WEIGHTS.put(Reason.REGION_NONE, -1.5);
    }

    private Confidence() {
    }

    /** The confidence of a figure these reasons lowered, 0–1 with three decimals. */
    public static double of(Set<Reason> reasons) {
        double logit = BASE;
        for (Reason r : reasons) {
            logit += WEIGHTS.getOrDefault(r, 0.0);
        }
        return round(1 / (1 + Math.exp(-logit)));
    }

    /** Three decimals, the way every answer writes a confidence. */
    public static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
