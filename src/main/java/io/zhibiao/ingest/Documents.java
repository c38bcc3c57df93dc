package io.zhibiao.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.regions.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stored documents: paging, one with its observations, removal. */
@ApplicationScoped
public class Documents {

    private final Regions regions;
    private final ObservationRows rows;
    private final Changes changes;

    Documents(Regions regions, ObservationRows rows, Changes changes) {
        this.regions = regions;
        this.rows = rows;
        this.changes = changes;
    }

    /** What the document list is narrowed to; null fields do not narrow it. */
    public record Filter(String source, LocalDate publishedFrom, LocalDate publishedTo, String region) {
    }

    // A region stands for itself and every region under it (the gazetteer is a tree by parent_code).
    private static final String IN_REGION = """
            (d.defaultRegion IN (:regions) OR d.id IN (
                SELECT o.documentId FROM StoredObservation o WHERE o.regionCode IN (:regions)))""";

    public DocumentPage page(int page, int size, Filter filter) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.source() != null) {
            where.add("d.source = :source");
            params.put("source", filter.source());
        }
        if (filter.publishedFrom() != null) {
            where.add("d.published >= :from");
            params.put("from", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            where.add("d.published <= :to");
            params.put("to", filter.publishedTo());
        }
        if (filter.region() != null) {
            where.add(IN_REGION);
            params.put("regions", regions.subtree(filter.region()));
        }
        String query = "FROM Document d" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        List<Document> docs = Document.<Document>find(query, Sort.descending("published").and("id", Sort.Direction.Descending),
                params).page(Page.of(page, size)).list();
        Map<Long, Long> counts = observationCounts(docs.stream().map(d -> d.id).toList());
        return new DocumentPage(page, size, Document.count(query, params),
                docs.stream().map(d -> DocumentView.of(d, counts.getOrDefault(d.id, 0L), null)).toList());
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
