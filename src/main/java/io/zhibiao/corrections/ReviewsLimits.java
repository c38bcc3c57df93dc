package io.zhibiao.corrections;

/** Bounds of the corrections' answers. */
final class ReviewsLimits {

    /** Reviews of one figure an answer lists; a figure reviewed more often is being fought over, not reviewed. */
    static final int MAX_HISTORY = 1000;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_PAGE_SIZE = 500;
    /** Rows of one TSV export. */
    static final int MAX_EXPORT = 100_000;

    private ReviewsLimits() {
    }
}
