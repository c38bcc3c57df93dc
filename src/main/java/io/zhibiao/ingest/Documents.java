package io.zhibiao.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stored documents: one with its observations (a trashed one says since when it is in the trash), its text (the list
 * is {@link DocumentList}, deletion {@link Trash}).
 */
@ApplicationScoped
public class Documents {

    @Inject
    Trash trash;

    /** What the document list is narrowed to; null fields do not narrow it. */
    public record Filter(String source, LocalDate publishedFrom, LocalDate publishedTo, String region, boolean trashed) {
    }

    public Optional<String> text(long id) {
        return Document.<Document>findByIdOptional(id).map(d -> d.text);
    }

    public Optional<DocumentView> get(long id) {
        return Document.<Document>findByIdOptional(id).map(d -> {
            List<DocumentView.ObservationView> observations = StoredObservation
                    .<StoredObservation>list("documentId", Sort.by("startOffset").and("id"), id)
                    .stream().map(DocumentView.ObservationView::of).toList();
            return DocumentView.of(d, observations.size(), observations).trashed(d.deletedAt, trash.purgeAfter(d.deletedAt));
        });
    }

}
