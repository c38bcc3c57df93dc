package io.zhibiao.corrections;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.ingest.FigureEdits;
import io.zhibiao.ingest.StoredObservation;
import io.zhibiao.regions.Regions;
import io.zhibiao.series.ObservationTags;
import io.zhibiao.series.Reviewed;
import io.zhibiao.system.Caller;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies one editor's review of one figure, all or nothing, in one transaction: the figure is locked, its ETag
 * checked against If-Match (so of two editors holding the same ETag one applies and the other gets 412, never a
 * silent overwrite), the review recorded with the figure as it stood, the figure written through ingest's one
 * writer, and the change committed for the series it left and the series it joined.
 */
@ApplicationScoped
class Reviews {

    @Inject
    FigureEdits edits;
    @Inject
    CorrectionRows corrections;
    @Inject
    ReviewInputs inputs;
    @Inject
    Changes changes;
    @Inject
    EntityManager em;
    @Inject
    Regions regions;

    @Transactional
    ReviewAnswer review(long observationId, String ifMatch, ReviewInputs.Review review, Caller caller) {
        StoredObservation row = edits.lock(observationId)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId));
        String etag = etag(observationId);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition Required", "A review needs If-Match with the figure's ETag "
                    + "(from GET /api/observations/" + observationId + "), so two editors never overwrite each other");
        }
        if (!matches(ifMatch, etag)) {
            throw new ProblemException(412, "Precondition Failed", "The figure changed since you read it (its ETag is "
                    + "now " + etag + "): read it again and review what it is now");
        }
        Figure before = Figure.of(row);
        requireInScope(caller, before.region());
        Figure after = switch (review.verdict()) {
            case ACCEPT -> before;
            case CORRECT -> inputs.apply(before, review.changes());
            case REJECT -> null;
        };
        if (after != null) {
            requireInScope(caller, after.region());
        }
        if (review.verdict() == Verdict.CORRECT && before.equals(after)) {
            throw ProblemException.badRequest("The changes leave the figure as it is: accept it instead");
        }
        long id = record(row, review, after, caller);
        Set<SeriesKey> touched = new LinkedHashSet<>();
        touched.add(new SeriesKey(row.indicatorCode, row.regionCode, row.periodType, row.breakdown));
        if (after == null) {
            edits.remove(row);
        } else {
            after.onto(row);
            row.reviewed = (review.verdict() == Verdict.ACCEPT ? Reviewed.ACCEPTED : Reviewed.CORRECTED).code();
            edits.replace(row);
            touched.add(new SeriesKey(row.indicatorCode, row.regionCode, row.periodType, row.breakdown));
        }
        changes.commit(ChangeReason.CORRECTION, row.documentId, touched);
        CorrectionView view = corrections.views(CorrectionRows.id(id), 1, 0, null).get(0);
        return new ReviewAnswer(view, after == null ? null : etag(observationId));
    }

    /** Supersedes the figure's previous review and records this one, the figure as it stands as its 'before'. */
    private long record(StoredObservation row, ReviewInputs.Review review, Figure after, Caller caller) {
        String derivedIndicator = row.indicatorCode;
        String derivedBreakdown = row.breakdown;
        var previous = corrections.currentOf(row.id);
        if (previous.isPresent()) {
            // The figure keeps the key its first review gave it: what the extractor read, not what an editor made it.
            corrections.supersede(((Number) previous.get()[0]).longValue());
            derivedIndicator = (String) previous.get()[1];
            derivedBreakdown = (String) previous.get()[2];
        }
        String text = corrections.text(row.documentId);
        String figureText = row.startOffset >= 0 && row.endOffset <= text.length() && row.startOffset <= row.endOffset
                ? text.substring(row.startOffset, row.endOffset) : "";
        String region = after == null ? row.regionCode : after.region();
        try {
            return corrections.insert(new CorrectionRows.NewReview(row.id, row.startOffset, row.endOffset, figureText,
                    derivedIndicator, derivedBreakdown, review.verdict(),
                    after == null ? null : ReviewInputs.JSON.writeValueAsString(after.columns()),
                    ReviewInputs.JSON.writeValueAsString(review.changes()), review.note(), caller.subject(),
                    caller.name() == null ? caller.subject() : caller.name(), region));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A figure's attributes always serialize", e);
        }
    }

    /** An editor limited to a region reviews figures of that region and the ones under it, and moves none out. */
    private void requireInScope(Caller caller, String region) {
        if (caller.limitedToRegion() && !regions.subtree(caller.region()).contains(region)) {
            throw new ProblemException(403, "Forbidden", "This editor may review figures of region " + caller.region()
                    + " and the regions under it only; the figure is of " + region);
        }
    }

    private String etag(long observationId) {
        Object hash = em.createNativeQuery(ObservationTags.STATE_HASH.replace("?", "?1"))
                .setParameter(1, observationId).getSingleResult();
        return ObservationTags.etag(observationId, (String) hash);
    }

    /** If-Match holds this ETag (or *); a weak tag never matches (RFC 9110: If-Match compares strongly). */
    private static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
