package io.zhibiao.extract;

import java.util.regex.Pattern;

/** Tells a planned or expected figure (计划/预计/将/力争/目标/达产后) from one that happened. */
final class KindReader {

    /** Cues that make the rest of the sentence a plan. */
    private static final Pattern SENTENCE_CUE = Pattern.compile(
            "计划|预计|力争|目标|预期|拟|争取|有望|达产后|建成后|投产后|到位后|届时");

    /** Cues that only reach the clause they stand in. */
    private static final Pattern CLAUSE_CUE = Pattern.compile(
            "(?<![已即])将(?!其|近|军|领|士|帅|来)|要(?:在|于|把|实现|达到|完成|新增)|确保|力求|计划|预计|目标|规划|拟|争取|达产后|建成后|投产后");

    /** Words that say a figure in a planning sentence has already happened. */
    private static final Pattern ACTUAL_CUE = Pattern.compile("已|累计|完成了|实现了|去年|上年|截至");

    private KindReader() {
    }

    /**
     * @param sentence text of the sentence up to the figure
     * @param clause   text of the clause up to the figure
     */
    static Kind read(String sentence, String clause) {
        if (CLAUSE_CUE.matcher(clause).find()) {
            return Kind.TARGET;
        }
        if (SENTENCE_CUE.matcher(sentence).find() && !ACTUAL_CUE.matcher(clause).find()) {
            return Kind.TARGET;
        }
        return Kind.ACTUAL;
    }
}
