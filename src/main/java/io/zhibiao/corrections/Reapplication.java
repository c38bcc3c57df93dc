package io.zhibiao.corrections;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.zhibiao.ingest.FigureReviews;
import io.zhibiao.ingest.StoredObservation;
import io.zhibiao.series.Reviewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies a document's reviews again when it is re-extracted. A review finds its figure by place: a freshly read
 * figure at the same offsets whose text there is the number the review was made on (several at one place: the one
 * the extractor read as the same indicator and breakdown as at the first review, else as the review says, else the
 * first). Then: a rejected figure stays out, a corrected one takes the editor's attributes, an accepted one keeps
 * the attributes that were accepted. A review whose figure is no longer read is orphaned (listed, never dropped); a
 * correction the extractor now reads by itself, or a rejection of a figure it no longer reads, is redundant.
 */
@ApplicationScoped
class Reapplication implements FigureReviews {

    @Inject
    CorrectionRows corrections;

    @Override
    public Reapplied reapply(long documentId, String text, List<StoredObservation> fresh) {
        List<CorrectionRows.Current> reviews = corrections.currentOfDocument(documentId);
        if (reviews.isEmpty()) {
            return new Done(fresh, List.of(), Map.of(), corrections);
        }
        Set<StoredObservation> rejected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<StoredObservation> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<CorrectionRows.Current, StoredObservation> found = new IdentityHashMap<>();
        List<CorrectionRows.Settled> unmatched = new ArrayList<>();
        for (CorrectionRows.Current review : reviews) {
            StoredObservation figure = find(review, text, fresh, claimed);
            if (figure == null) {
                unmatched.add(new CorrectionRows.Settled(review.id(), null, review.verdict() == Verdict.REJECT
                        ? CorrectionState.REDUNDANT : CorrectionState.ORPHANED));
                continue;
            }
            claimed.add(figure);
            found.put(review, figure);
            if (review.verdict() == Verdict.REJECT) {
                rejected.add(figure);
            }
        }
        Map<CorrectionRows.Current, CorrectionState> states = new IdentityHashMap<>();
        for (var e : found.entrySet()) {
            CorrectionRows.Current review = e.getKey();
            StoredObservation figure = e.getValue();
            if (review.verdict() == Verdict.REJECT) {
                states.put(review, CorrectionState.ACTIVE);
                continue;
            }
            boolean agrees = Figure.of(figure).equals(review.after());
            review.after().onto(figure);
            figure.reviewed = (review.verdict() == Verdict.ACCEPT ? Reviewed.ACCEPTED : Reviewed.CORRECTED).code();
            states.put(review, review.verdict() == Verdict.CORRECT && agrees ? CorrectionState.REDUNDANT
                    : CorrectionState.ACTIVE);
        }
        List<StoredObservation> kept = fresh.stream().filter(f -> !rejected.contains(f)).toList();
        return new Done(kept, unmatched, states, found, corrections);
    }

    /** The freshly read figure a review is about, or null when the extractor reads none at its place. */
    private static StoredObservation find(CorrectionRows.Current review, String text, List<StoredObservation> fresh,
            Set<StoredObservation> claimed) {
        if (review.end() > text.length() || review.start() < 0 || review.start() > review.end()
                || !text.substring(review.start(), review.end()).equals(review.figureText())) {
            return null;
        }
        List<StoredObservation> here = new ArrayList<>();
        for (StoredObservation f : fresh) {
            if (f.startOffset == review.start() && f.endOffset == review.end() && !claimed.contains(f)) {
                here.add(f);
            }
        }
        if (here.isEmpty()) {
            return null;
        }
        for (StoredObservation f : here) {
            if (f.indicatorCode.equals(review.derivedIndicator()) && f.breakdown.equals(review.derivedBreakdown())) {
                return f;
            }
        }
        if (review.after() != null) {
            for (StoredObservation f : here) {
                if (f.indicatorCode.equals(review.after().indicator())
                        && Objects.equals(f.breakdown, review.after().breakdown())) {
                    return f;
                }
            }
        }
        return here.get(0);
    }

    /** The rows to store and, once written, where each review stands (with the id its figure got). */
    private record Done(List<StoredObservation> rows, List<CorrectionRows.Settled> unmatched,
            Map<CorrectionRows.Current, CorrectionState> states, Map<CorrectionRows.Current, StoredObservation> found,
            CorrectionRows corrections) implements Reapplied {

        Done(List<StoredObservation> rows, List<CorrectionRows.Settled> unmatched,
                Map<CorrectionRows.Current, CorrectionState> states, CorrectionRows corrections) {
            this(rows, unmatched, states, Map.of(), corrections);
        }

        @Override
        public void written() {
            if (unmatched.isEmpty() && states.isEmpty()) {
                return;
            }
            List<CorrectionRows.Settled> settled = new ArrayList<>(unmatched);
            Set<Long> seen = new HashSet<>();
            for (var e : states.entrySet()) {
                StoredObservation figure = found.get(e.getKey());
                // A rejected figure is not stored: its review keeps pointing at the id it had (the history's key).
                Long id = e.getKey().verdict() == Verdict.REJECT ? null : figure.id;
                if (seen.add(e.getKey().id())) {
                    settled.add(new CorrectionRows.Settled(e.getKey().id(), id, e.getValue()));
                }
            }
            corrections.settle(settled);
        }
    }
}
