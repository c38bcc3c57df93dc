package io.zhibiao.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import io.zhibiao.feed.ChangeLog;
import io.zhibiao.feed.ChangeReason;
import io.zhibiao.feed.SeriesKey;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stored documents: one with its observations, its text, removal (the list is {@link DocumentList}). */
@ApplicationScoped
public class Documents {

    private final DataVersion dataVersion;
    private final ChangeLog changeLog;

    Documents(DataVersion dataVersion, ChangeLog changeLog) {
        this.dataVersion = dataVersion;
        this.changeLog = changeLog;
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
        List<SeriesKey> series = StoredObservation.getEntityManager()
                .createQuery("SELECT DISTINCT o.indicatorCode, o.regionCode, o.periodType FROM StoredObservation o "
                        + "WHERE o.documentId = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .map(r -> new SeriesKey((String) r[0], (String) r[1], (String) r[2]))
                .toList();
        // Observations go by ON DELETE CASCADE in the same statement.
        boolean deleted = Document.deleteById(id);
        if (deleted) {
            changeLog.record(id, ChangeReason.DELETE, series);
            dataVersion.bump(Set.of(id));
        }
        return deleted;
    }
}
