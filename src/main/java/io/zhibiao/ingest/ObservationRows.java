package io.zhibiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Writes a document's observations in one statement per kind of write (insert, update, delete), whatever their
 * number. The fact table's triggers (V70) run once per statement, so a document costs one recompute of its facts
 * instead of one per figure: written a row at a time (Hibernate's batches are still one statement per row), a
 * document of 2,000 reports of one fact took 35 s and one of 20,000 distinct facts failed (bench/ingest/RESULTS.md).
 * The rows travel as one array per column, so a statement's size does not grow with PostgreSQL's parameter limit.
 * Why native SQL rather than Panache: a statement per document is the point, and Hibernate has no set-based insert.
 *
 * <p>The one writer of observations: each write first tells {@link Changes} so, and the transaction fails unless it
 * commits the change ({@code ObservationWritersTest} checks that no other class writes them).
 */
@ApplicationScoped
class ObservationRows {

    /** observation_id_seq steps by 50 (V1): each nextval hands out the block of ids from it to it + 49. */
    private static final int IDS_PER_VALUE = 50;

    private static final String NEW_ID_BLOCKS = "SELECT nextval('observation_id_seq') FROM generate_series(1, ?1) ORDER BY 1";

    private static final String INSERT = """
            INSERT INTO observation (id, document_id, extractor_version, indicator_code, region_code, period_start,
                                     period_end, period_type, value, value_max, unit_class, unit, qualifier, kind, topic,
                                     quote, start_offset, end_offset, breakdown, confidence, reasons, reviewed)
            SELECT r.id, ?1, ?2, r.indicator_code, r.region_code, r.period_start, r.period_end, r.period_type, r.value,
                   r.value_max, r.unit_class, r.unit, r.qualifier, r.kind, r.topic, r.quote, r.start_offset, r.end_offset,
                   r.breakdown, r.confidence, string_to_array(r.reasons, ','), r.reviewed
            FROM %s""";

    private static final String UPDATE = """
            UPDATE observation o SET extractor_version = ?2, indicator_code = r.indicator_code,
                   region_code = r.region_code, period_start = r.period_start, period_end = r.period_end,
                   period_type = r.period_type, value = r.value, value_max = r.value_max, unit_class = r.unit_class,
                   unit = r.unit, qualifier = r.qualifier, kind = r.kind, topic = r.topic, quote = r.quote,
                   start_offset = r.start_offset, end_offset = r.end_offset, breakdown = r.breakdown,
                   confidence = r.confidence, reasons = string_to_array(r.reasons, ','), reviewed = r.reviewed
            FROM %s
            WHERE o.id = r.id AND o.document_id = ?1""";

    /**
     * The rows as one array per column (parameters 3 to 22), in the column order of INSERT and UPDATE. A row's reasons
     * travel as one comma-joined text (an array of arrays would have to be rectangular); string_to_array makes them a
     * text[] again ('' gives the empty array).
     */
    private static final String ROWS = """
            unnest(CAST(?3 AS bigint[]), CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS date[]),
                   CAST(?7 AS date[]), CAST(?8 AS text[]), CAST(?9 AS numeric[]), CAST(?10 AS numeric[]),
                   CAST(?11 AS text[]), CAST(?12 AS text[]), CAST(?13 AS text[]), CAST(?14 AS text[]),
                   CAST(?15 AS text[]), CAST(?16 AS text[]), CAST(?17 AS integer[]), CAST(?18 AS integer[]),
                   CAST(?19 AS text[]), CAST(?20 AS real[]), CAST(?21 AS text[]), CAST(?22 AS text[]))
            AS r(id, indicator_code, region_code, period_start, period_end, period_type, value, value_max, unit_class,
                 unit, qualifier, kind, topic, quote, start_offset, end_offset, breakdown, confidence, reasons, reviewed)""";

    private static final String DELETE_DOCUMENT = """
            WITH gone AS (DELETE FROM document WHERE id = ?1 RETURNING id),
                 series AS (SELECT DISTINCT indicator_code, region_code, period_type, breakdown FROM observation
                            WHERE document_id = ?1)
            SELECT s.indicator_code, s.region_code, s.period_type, s.breakdown FROM gone LEFT JOIN series s ON true""";

    @Inject
    EntityManager em;
    @Inject
    Changes changes;

    /**
     * Gives each row an id, in the order of the list (the selection rule's last tie-break is the lowest id: the
     * first figure of a document), and inserts them in one statement. The rows are plain holders, not managed.
     */
    void insert(long documentId, String extractorVersion, List<StoredObservation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        changes.writing();
        List<Long> ids = newIds(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = ids.get(i);
            rows.get(i).documentId = documentId;
        }
        write(INSERT, documentId, extractorVersion, rows);
    }

    /** Writes the rows' columns over the stored ones of the same ids, in one statement. */
    void update(long documentId, String extractorVersion, List<StoredObservation> rows) {
        if (!rows.isEmpty()) {
            changes.writing();
            write(UPDATE, documentId, extractorVersion, rows);
        }
    }

    /** Deletes these observations of the document, in one statement. */
    void delete(long documentId, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            changes.writing();
            em.createNativeQuery("DELETE FROM observation WHERE document_id = ?1 AND id = ANY (CAST(?2 AS bigint[]))")
                    .setParameter(1, documentId).setParameter(2, ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    /**
     * Deletes a document with its observations (ON DELETE CASCADE, in the same statement); the series it had figures
     * in, or empty when there was no such document.
     */
    Optional<Set<SeriesKey>> deleteDocument(long documentId) {
        List<?> series = em.createNativeQuery(DELETE_DOCUMENT).setParameter(1, documentId).getResultList();
        if (series.isEmpty()) {
            return Optional.empty(); // nothing was written
        }
        changes.writing();
        Set<SeriesKey> keys = new HashSet<>();
        for (Object row : series) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null) { // a document without observations: one row of nulls
                keys.add(new SeriesKey((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3]));
            }
        }
        return Optional.of(keys);
    }

    /** Ids for {@code count} new rows, ascending: whole blocks of the sequence, as Hibernate's pooled-lo takes them. */
    private List<Long> newIds(int count) {
        int blocks = (count + IDS_PER_VALUE - 1) / IDS_PER_VALUE;
        List<?> starts = em.createNativeQuery(NEW_ID_BLOCKS).setParameter(1, blocks).getResultList();
        List<Long> ids = new ArrayList<>(blocks * IDS_PER_VALUE);
        for (Object start : starts) {
            long first = ((Number) start).longValue();
            for (int i = 0; i < IDS_PER_VALUE; i++) {
                ids.add(first + i);
            }
        }
        return ids.subList(0, count);
    }

    private void write(String statement, long documentId, String extractorVersion, List<StoredObservation> rows) {
        Query query = em.createNativeQuery(statement.formatted(ROWS))
                .setParameter(1, documentId).setParameter(2, extractorVersion);
        query.setParameter(3, column(rows, s -> s.id, Long[]::new));
        query.setParameter(4, column(rows, s -> s.indicatorCode, String[]::new));
        query.setParameter(5, column(rows, s -> s.regionCode, String[]::new));
        query.setParameter(6, column(rows, s -> s.periodStart, LocalDate[]::new));
        query.setParameter(7, column(rows, s -> s.periodEnd, LocalDate[]::new));
        query.setParameter(8, column(rows, s -> s.periodType, String[]::new));
        query.setParameter(9, column(rows, s -> s.value, BigDecimal[]::new));
        query.setParameter(10, column(rows, s -> s.valueMax, BigDecimal[]::new));
        query.setParameter(11, column(rows, s -> s.unitClass, String[]::new));
        query.setParameter(12, column(rows, s -> s.unit, String[]::new));
        query.setParameter(13, column(rows, s -> s.qualifier, String[]::new));
        query.setParameter(14, column(rows, s -> s.kind, String[]::new));
        query.setParameter(15, column(rows, s -> s.topic, String[]::new));
        query.setParameter(16, column(rows, s -> s.quote, String[]::new));
        query.setParameter(17, column(rows, s -> s.startOffset, Integer[]::new));
        query.setParameter(18, column(rows, s -> s.endOffset, Integer[]::new));
        query.setParameter(19, column(rows, s -> s.breakdown, String[]::new));
        query.setParameter(20, column(rows, s -> s.confidence, Float[]::new));
        query.setParameter(21, column(rows, s -> s.reasons, String[]::new));
        query.setParameter(22, column(rows, s -> s.reviewed, String[]::new));
        query.executeUpdate();
    }

    private static <T> T[] column(List<StoredObservation> rows, Function<StoredObservation, T> field,
            java.util.function.IntFunction<T[]> array) {
        return rows.stream().map(field).toArray(array);
    }
}
