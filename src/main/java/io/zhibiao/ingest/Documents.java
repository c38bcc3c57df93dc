package io.zhibiao.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stored documents: paging, one with its observations, removal. */
@ApplicationScoped
public class Documents {

    private final DataVersion dataVersion;

    Documents(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    public DocumentPage page(int page, int size) {
        List<Document> docs = Document.findAll(Sort.descending("published").and("id", Sort.Direction.Descending))
                .page(Page.of(page, size)).list();
        Map<Long, Long> counts = observationCounts(docs.stream().map(d -> d.id).toList());
        return new DocumentPage(page, size, Document.count(),
                docs.stream().map(d -> DocumentView.of(d, counts.getOrDefault(d.id, 0L), null)).toList());
    }

    public Optional<DocumentView> get(long id) {
        return Document.<Document>findByIdOptional(id).map(d -> {
            List<DocumentView.ObservationView> observations = StoredObservation
                    .<StoredObservation>list("documentId", Sort.by("startOffset").and("id"), id)
                    .stream().map(DocumentView.ObservationView::of).toList();
            return DocumentView.of(d, observations.size(), observations);
        });
    }

    /** Removes a document with its observations; false when there was none. */
    @Transactional
    public boolean delete(long id) {
        // Observations go by ON DELETE CASCADE in the same statement.
        boolean deleted = Document.deleteById(id);
        if (deleted) {
            dataVersion.bump(Set.of(id));
        }
        return deleted;
    }

    static Map<Long, Long> observationCounts(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return StoredObservation.getEntityManager()
                .createQuery("SELECT o.documentId, count(o) FROM StoredObservation o WHERE o.documentId IN :ids "
                        + "GROUP BY o.documentId", Object[].class)
                .setParameter("ids", documentIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
