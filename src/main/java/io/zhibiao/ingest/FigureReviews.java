package io.zhibiao.ingest;

import java.util.List;

/**
 * What people said of a document's figures, applied again each time the document is read again: a re-extraction
 * hands its freshly read figures here before it stores them, so an editor's correction or rejection outlives any
 * extractor version. Implemented by io.zhibiao.corrections (ingest names no feature that builds on it).
 */
public interface FigureReviews {

    /**
     * Applies the document's reviews to the figures just read from its text, inside the re-extraction's transaction:
     * corrected attributes set, rejected figures left out, {@code reviewed} marked.
     *
     * @param fresh rows not yet stored (no ids); they may be changed in place
     */
    Reapplied reapply(long documentId, String text, List<StoredObservation> fresh);

    /** The figures to store, and a step once they are written (their ids known). */
    interface Reapplied {

        List<StoredObservation> rows();

        /** Called after the rows are written in the same transaction: each kept row has its id. */
        void written();
    }
}
