package io.zhibiao.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stored documents: one with its observations, its text, removal (the list is {@link DocumentList}). */
@ApplicationScoped
public class Documents {

    private final ObservationRows rows;
    private final Changes changes;

    Documents(ObservationRows rows, Changes changes) {
        this.rows = rows;
        this.changes = changes;
    }

    /** What the document list is narrowed to; null fields do not narrow it. */
    public record Filter(String source, LocalDate publishedFrom, LocalDate publishedTo, String region) {
    }

    public Optional<String> text(long id) {
        return Document.<Document>findByIdOptional(id).map(d -> d.text);
    }

    public Optional<DocumentView> get(long id) {
        return Document.<Document>findByIdOptional(id).map(d -> {
            List<DocumentView.ObservationView> observations = StoredObservation
                    .<StoredObservation>list("documentId", Sort.by("startOffset").and("id"), id)
                    .stream().map(DocumentView.ObservationView::of).toList();
            return DocumentView.of(d, observations.size(), observations);
        });
    }

    /**
     * Removes a document with its observations; false when there was none. History goes with it: as-of answers
     * before the deletion no longer see it either (README, "As of a day"); the change log keeps that it went.
     */
    @Transactional
    public boolean delete(long id) {
        Optional<Set<SeriesKey>> series = rows.deleteDocument(id);
        series.ifPresent(changed -> changes.commit(ChangeReason.DELETE, id, changed));
        return series.isPresent();
    }
}
