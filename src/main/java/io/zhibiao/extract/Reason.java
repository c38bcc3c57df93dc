package io.zhibiao.extract;

/**
 * What lowered a figure's confidence: evidence a stage recorded about how it settled an attribute
 * ({@link Confidence} turns the set into a number). The wire name is the lowercase constant name.
 */
public enum Reason {
    /** the place is the article's headline or dateline place, no nearer words name one */
    REGION_FROM_DATELINE,
    /** the place came from the page or the caller's default region: the article names none */
    REGION_FROM_PAGE,
    /** the place was named in an earlier sentence and carried on */
    REGION_CARRIED,
    /** the place was named in an earlier paragraph, whose story may be over */
    REGION_OTHER_PARAGRAPH,
    /** a scope word (全市) read as a place below the article's own, named in an earlier sentence */
    REGION_SCOPE_NARROWED,
    /** the place is the nearest place heading above the figure's lines */
    REGION_FROM_HEADING,
    /** the place is named after the figure, not before it */
    REGION_AFTER_FIGURE,
    /** the figure's sentence names a place that the rules passed over (a 在… aside, a parenthesis) for one further away */
    REGION_PASSED_OVER,
    /** the place, not named in the figure's sentence, is above the article's own (a province in a city's story) */
    REGION_ABOVE_ARTICLE,
    /** the place is a name further back that nothing else confirms */
    REGION_GUESSED,
    /** the text names no place at all: read as national */
    REGION_NONE,
    /** no time words reach the figure: the period is that of publication */
    PERIOD_FROM_PUBLICATION,
    /** the period was said in an earlier sentence and carried on */
    PERIOD_CARRIED,
    /** the period carried on is older than an as-of date (截至9月末) said since, which the figure may share */
    PERIOD_PAST_AS_OF,
    /** the period cue is in the figure's sentence but far before it */
    PERIOD_CUE_DISTANT,
    /** a stock (a balance, a capacity) read over a period not ended before publication, rather than on a day */
    STOCK_OVER_PERIOD,
    /** the sentence names the whole year (全年, 年内) before the figure, but its period is shorter */
    YEAR_NAMED_SHORT_PERIOD,
    /** the period was changed by a rule (a yearly rate, a stock on the day, last year's value, the scheme's year) */
    PERIOD_ADJUSTED,
    /** a plan is read from a cue far from the figure (an earlier sentence of its group or its paragraph's opening) */
    PLAN_CUE_DISTANT,
    /** the kind was turned by a rule (an estimate of a finished period, a goal, a date still to come) */
    KIND_RULED,
    /** the figure takes its year, place or measure from a 分别 list */
    LIST_SPREAD,
    /** a bare list item (增长8.5%、11%) measuring what the item before it measures */
    LIST_ITEM,
    /** the indicator is a generic or catch-all one */
    GENERIC_INDICATOR,
    /** the indicator needed words beyond the figure's clause */
    INDICATOR_FROM_SENTENCE,
    /** a place or scope the figure is compared with stands in its clause (高于全省) */
    YARDSTICK_NEARBY,
    /** the clause holds several figures, so words may belong to another */
    CROWDED_CLAUSE,
    /** the sentence is long, so a cue before the figure may speak of something else */
    LONG_SENTENCE,
    /** a plan for a quarter or month: plans are mostly for a year or several, so the period may be the news's own */
    TARGET_SHORT_PERIOD,
    /** a plan for a quarter or month in a sentence on what a project yields once built (投产后): no quarter bounds it */
    AFTER_COMPLETION,
    /** the figure stands in the headline, whose few words leave its period and place to the body */
    IN_HEADLINE,
    /** a relative year (今年, 明年, 去年) in a paper of January or February, when reports look back on the year gone */
    PERIOD_RELATIVE,
    /** the figure qualifies a noun (产值超10亿元的企业): often a threshold rather than a measurement */
    FIGURE_AS_MODIFIER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
