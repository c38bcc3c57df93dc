package io.zhibiao.extract;

import java.util.List;

/**
 * Reads the figures of a Chinese news text: text in, observations out, no framework types. Implementations are
 * thread-safe; {@link #version()} is recorded with every stored observation, and stored documents are re-extracted
 * when it changes.
 */
public interface Extractor {

    /** The version of the reading rules; a new one means stored documents may read differently. */
    String version();

    /** Every figure of the text with its place, period, kind and indicator; an empty text gives none. */
    List<Observation> extract(String text, ExtractionContext context);

    /** The rule-based extractor the service uses. */
    static Extractor standard() {
        return new RuleExtractor();
    }
}
