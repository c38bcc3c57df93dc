package io.zhibiao.review;

/** Cuts the sentence before and the sentence after a figure's quote out of the text around it. */
final class Evidences {

    private static final String SENTENCE_ENDS = "。！？；!?;\n";

    private Evidences() {
    }

    /**
     * {@code window} is the document's text from {@code windowStart}; the quote is the sentence the extractor stored.
     * Where the quote is not in the window (a sentence longer than the window), the window itself is the sentence.
     */
    static ReviewItem.Evidence around(String window, int windowStart, String quote, int start, int end) {
        int figure = Math.max(0, Math.min(window.length(), start - windowStart));
        int at = nearest(window, quote, figure);
        if (at < 0) {
            String sentence = window.strip();
            int lead = window.indexOf(sentence);
            return new ReviewItem.Evidence("", sentence, "", start, end,
                    mark(figure - lead, sentence), mark(figure - lead + (end - start), sentence));
        }
        return new ReviewItem.Evidence(lastSentence(window.substring(0, at)), quote,
                firstSentence(window.substring(at + quote.length())), start, end,
                mark(figure - at, quote), mark(figure - at + (end - start), quote));
    }

    /** An offset into the sentence, kept inside it (a figure outside its quote marks nothing rather than failing). */
    private static int mark(int offset, String sentence) {
        return Math.max(0, Math.min(sentence.length(), offset));
    }

    /** The occurrence of the quote that holds the figure's offset, else the last one before it, else -1. */
    private static int nearest(String window, String quote, int figure) {
        int best = -1;
        for (int at = window.indexOf(quote); at >= 0 && at <= figure; at = window.indexOf(quote, at + 1)) {
            best = at;
        }
        return best >= 0 ? best : window.indexOf(quote);
    }

    private static String lastSentence(String text) {
        String trimmed = text.stripTrailing();
        if (trimmed.isEmpty()) {
            return "";
        }
        int end = trimmed.length() - 1;
        int from = end - 1;
        while (from >= 0 && SENTENCE_ENDS.indexOf(trimmed.charAt(from)) < 0) {
            from--;
        }
        return trimmed.substring(from + 1).strip();
    }

    private static String firstSentence(String text) {
        String trimmed = text.stripLeading();
        int to = 0;
        while (to < trimmed.length() && SENTENCE_ENDS.indexOf(trimmed.charAt(to)) < 0) {
            to++;
        }
        return trimmed.substring(0, Math.min(trimmed.length(), to + 1)).strip();
    }
}
