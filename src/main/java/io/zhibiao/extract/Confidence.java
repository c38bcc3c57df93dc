package io.zhibiao.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How likely every attribute of a figure is right, from what lowered it: a logistic model, one weight per
 * {@link Reason}, fitted on the team's own annotated texts (bench/extract/CONFIDENCE.md says how; refit with
 * bench/extract/fit_confidence.py when the reasons or the stages change). Rounded to two decimals so that answers
 * carrying it stay the same bytes for the same data.
 */
public final class Confidence {

    /** The log-odds of a figure no reason lowered. */
    static final double BASE = 3.5;
    private static final Map<Reason, Double> WEIGHTS = new EnumMap<>(Reason.class);

    static {
        WEIGHTS.put(Reason.REGION_FROM_DATELINE, -0.5);
        WEIGHTS.put(Reason.REGION_FROM_PAGE, -1.0);
        WEIGHTS.put(Reason.REGION_CARRIED, -0.5);
        WEIGHTS.put(Reason.REGION_FROM_HEADING, -0.5);
        WEIGHTS.put(Reason.REGION_AFTER_FIGURE, -1.0);
        WEIGHTS.put(Reason.REGION_GUESSED, -1.5);
        WEIGHTS.put(Reason.REGION_NONE, -1.5);
        WEIGHTS.put(Reason.PERIOD_FROM_PUBLICATION, -1.0);
        WEIGHTS.put(Reason.PERIOD_CARRIED, -0.5);
        WEIGHTS.put(Reason.PERIOD_CUE_DISTANT, -0.5);
        WEIGHTS.put(Reason.PERIOD_ADJUSTED, -0.5);
        WEIGHTS.put(Reason.PLAN_CUE_DISTANT, -1.0);
        WEIGHTS.put(Reason.KIND_RULED, -0.5);
        WEIGHTS.put(Reason.LIST_SPREAD, -0.5);
        WEIGHTS.put(Reason.LIST_ITEM, -0.5);
        WEIGHTS.put(Reason.GENERIC_INDICATOR, -1.0);
        WEIGHTS.put(Reason.INDICATOR_FROM_SENTENCE, -0.5);
        WEIGHTS.put(Reason.YARDSTICK_NEARBY, -0.5);
        WEIGHTS.put(Reason.CROWDED_CLAUSE, -0.5);
        WEIGHTS.put(Reason.LONG_SENTENCE, -0.3);
        WEIGHTS.put(Reason.BARE_FIGURE, -0.5);
    }

    private Confidence() {
    }

    /** The confidence of a figure these reasons lowered, 0–1 with two decimals. */
    public static double of(Set<Reason> reasons) {
        double logit = BASE;
        for (Reason r : reasons) {
            logit += WEIGHTS.getOrDefault(r, 0.0);
        }
        return round(1 / (1 + Math.exp(-logit)));
    }

    /** Two decimals, the way every answer writes a confidence. */
    public static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
