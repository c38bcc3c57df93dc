package io.zhibiao.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.panache.common.Sort;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.ExtractionContext;
import io.zhibiao.extract.Extractor;
import io.zhibiao.extract.Observation;
import io.zhibiao.extract.Reason;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** Stores documents with their observations, one transaction per document, idempotent by content hash. */
@ApplicationScoped
public class Ingest {

    // ON CONFLICT makes two concurrent posts of one text end with one row: the loser gets no id back.
    private static final String INSERT_DOCUMENT = """
            INSERT INTO document (id, title, source, published, text, sha256, default_region, extractor_version, url)
            VALUES (nextval('document_id_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id""";

    private final Extractor extractor;
    private final EntityManager em;
    private final Changes changes;
    private final TransactionSynchronizationRegistry transactions;
    private final ObservationRows rows;
    private final FigureReviews reviews;
    private final Counter documentsIngested;
    private final Counter observationsIngested;
    private final Timer extraction;
    private final int maxFigures;

    Ingest(Extractor extractor, EntityManager em, Changes changes, TransactionSynchronizationRegistry transactions,
            ObservationRows rows, FigureReviews reviews, MeterRegistry metrics,
            @ConfigProperty(name = "zhibiao.documents.max-figures", defaultValue = "30000") int maxFigures) {
        this.extractor = extractor;
        this.em = em;
        this.changes = changes;
        this.transactions = transactions;
        this.rows = rows;
        this.reviews = reviews;
        this.maxFigures = maxFigures;
        this.documentsIngested = Counter.builder("zhibiao.documents.ingested")
                .description("New documents stored (committed; a repeat of a stored text is not counted)").register(metrics);
        this.observationsIngested = Counter.builder("zhibiao.observations.ingested")
                .description("Observations stored with new documents (committed)").register(metrics);
        this.extraction = Timer.builder("zhibiao.extraction")
                .description("Time to read the observations out of one document's text").register(metrics);
    }

    /** The version of the extractor documents are derived with now. */
    public String extractorVersion() {
        return extractor.version();
    }

    @Transactional
    public IngestResult store(NewDocument doc) {
        String sha = sha256(doc.text());
        List<?> inserted = em.createNativeQuery(INSERT_DOCUMENT)
                .setParameter(1, doc.title()).setParameter(2, doc.source()).setParameter(3, doc.published())
                .setParameter(4, doc.text()).setParameter(5, sha).setParameter(6, doc.defaultRegion())
                .setParameter(7, extractor.version()).setParameter(8, doc.url())
                .getResultList();
        if (inserted.isEmpty()) {
            Document existing = Document.find("sha256", sha).firstResult();
            if (existing.deletedAt != null) {
                throw Trash.inTrash(existing);
            }
            return new IngestResult(existing, false, StoredObservation.count("documentId", existing.id));
        }
        long id = ((Number) inserted.get(0)).longValue();
        List<Observation> derived = deriveObservations(id, doc.text(), doc.published(), doc.defaultRegion());
        changes.commit(ChangeReason.INGEST, id, derived.stream()
                .map(o -> new SeriesKey(o.indicator(), o.regionCode(), o.periodType(), Breakdowns.key(o.breakdown())))
                .collect(Collectors.toSet()));
        int count = derived.size();
        afterCommit(() -> {
            documentsIngested.increment();
            observationsIngested.increment(count);
        });
        return new IngestResult(Document.findById(id), true, count);
    }

    /**
     * Replaces a document's observations with what the current extractor reads, in one transaction,
     * so a reader sees the old set or the new one, never a mix. Skips a document another replica holds, one in the
     * trash, and one a newer extractor derived (during a rolling upgrade an older pod must not undo a newer one's work:
     * the version is read under the row's lock, so a newer pod's re-extraction that committed first is seen).
     *
     * @param onlyIfStale leave a document already derived by this extractor version alone
     * @return whether the document was re-extracted
     */
    @Transactional
    public boolean reextract(long documentId, boolean onlyIfStale) {
        List<?> locked = em.createNativeQuery(
                "SELECT extractor_version FROM document WHERE id = ?1 AND deleted_at IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(1, documentId).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        ExtractorVersion running = ExtractorVersion.of(extractor.version());
        ExtractorVersion stored = ExtractorVersion.of((String) locked.get(0));
        if (running.compareRelease(stored) < 0 || (onlyIfStale && !running.supersedes(stored))) {
            return false;
        }
        Document doc = Document.findById(documentId);
        Set<SeriesKey> changed = rederiveObservations(doc);
        doc.extractorVersion = extractor.version();
        changes.commit(ChangeReason.REEXTRACT, documentId, changed);
        return true;
    }

    private List<Observation> deriveObservations(long documentId, String text, java.time.LocalDate published, String region) {
        List<Observation> observations = extraction.record(() -> extractor.extract(text, new ExtractionContext(published, region)));
        refuseTooMany(observations.size(), maxFigures);
        rows.insert(documentId, extractor.version(), observations.stream().map(this::toRow).toList());
        return observations;
    }

    /**
     * A document with more figures than the service stores within its time limits answers 422 before any is written
     * (the transaction rolls back): at about 40 bytes a figure, a 1 MiB text holds some 26,000; 20,000 take about 4 s.
     */
    static void refuseTooMany(int figures, int maxFigures) {
        if (figures > maxFigures) {
            throw new ProblemException(422, "Unprocessable Content", "The text has " + figures
                    + " figures; a document may have at most " + maxFigures
                    + " (zhibiao.documents.max-figures): split it, e.g. a yearbook by chapter");
        }
    }

    /**
     * Replaces a document's observations with the current extractor's, keeping the id of every figure
     * still read at the same place (same offsets, same indicator and breakdown), so saved provenance links such as
     * /api/observations/97 survive an extractor upgrade; the rest are removed or added.
     *
     * @return the series whose figures from this document differ afterwards (for the change log)
     */
    private Set<SeriesKey> rederiveObservations(Document doc) {
        List<Observation> fresh = extraction.record(
                () -> extractor.extract(doc.text, new ExtractionContext(doc.published, doc.defaultRegion)));
        // Editors' reviews first: a corrected figure then meets its stored row at the same place and keeps its id.
        FigureReviews.Reapplied reviewed = reviews.reapply(doc.id, doc.text, fresh.stream().map(this::toRow).toList());
        List<StoredObservation> stored = StoredObservation.<StoredObservation>list("documentId", Sort.by("id"), doc.id);
        stored.forEach(em::detach); // written back by ObservationRows, in one statement, not row by row at flush
        Map<SeriesKey, Map<Reading, Long>> before = Reading.bySeries(stored);
        Map<Place, ArrayDeque<StoredObservation>> old = new HashMap<>();
        for (StoredObservation s : stored) {
            old.computeIfAbsent(new Place(s.startOffset, s.endOffset, s.indicatorCode, s.breakdown),
                    k -> new ArrayDeque<>()).add(s);
        }
        List<StoredObservation> kept = new ArrayList<>();
        List<StoredObservation> added = new ArrayList<>();
        for (StoredObservation row : reviewed.rows()) {
            ArrayDeque<StoredObservation> same = old.get(
                    new Place(row.startOffset, row.endOffset, row.indicatorCode, row.breakdown));
            StoredObservation still = same == null ? null : same.poll();
            if (still == null) {
                added.add(row);
            } else {
                row.id = still.id;
                row.documentId = doc.id;
                kept.add(row);
            }
        }
        rows.delete(doc.id, old.values().stream().flatMap(ArrayDeque::stream).map(s -> s.id).toList());
        rows.update(doc.id, extractor.version(), kept);
        rows.insert(doc.id, extractor.version(), added);
        reviewed.written();
        List<StoredObservation> after = new ArrayList<>(kept);
        after.addAll(added);
        return Reading.changed(before, Reading.bySeries(after));
    }

    /** What a series answer can show of one figure; a re-extraction that keeps every reading changes no series. */
    private record Reading(LocalDate start, LocalDate end, String kind, BigDecimal value, BigDecimal valueMax,
            String qualifier, String unitClass, String unit, int startOffset, int endOffset, String breakdown,
            Float confidence, String reviewed) {

        static Map<SeriesKey, Map<Reading, Long>> bySeries(List<StoredObservation> observations) {
            return observations.stream().collect(Collectors.groupingBy(
                    s -> new SeriesKey(s.indicatorCode, s.regionCode, s.periodType, s.breakdown),
                    Collectors.groupingBy(Reading::of, Collectors.counting())));
        }

        // stripTrailingZeros: 3.2E+8 from the extractor and 320000000 from the database are one value.
        static Reading of(StoredObservation s) {
            return new Reading(s.periodStart, s.periodEnd, s.kind, s.value.stripTrailingZeros(),
                    s.valueMax == null ? null : s.valueMax.stripTrailingZeros(), s.qualifier, s.unitClass, s.unit,
                    s.startOffset, s.endOffset, s.breakdown, s.confidence, s.reviewed);
        }

        static Set<SeriesKey> changed(Map<SeriesKey, Map<Reading, Long>> before, Map<SeriesKey, Map<Reading, Long>> after) {
            var keys = new HashSet<SeriesKey>(before.keySet());
            keys.addAll(after.keySet());
            keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
            return keys;
        }
    }

    /** Counts only what commits: a rolled-back document was never ingested. */
    private void afterCommit(Runnable count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    /** Where a figure stands in its document: what keeps its observation id across re-extractions. */
    private record Place(int start, int end, String indicator, String breakdown) {
    }

    public boolean isStored(String text) {
        return Document.count("sha256", sha256(text)) > 0;
    }

    /** A new row for ObservationRows (not a managed entity: it is written in one statement with its siblings). */
    private StoredObservation toRow(Observation o) {
        StoredObservation s = new StoredObservation();
        copy(o, s);
        return s;
    }

    private void copy(Observation o, StoredObservation s) {
        s.indicatorCode = o.indicator();
        s.regionCode = o.regionCode();
        s.periodStart = o.periodStart();
        s.periodEnd = o.periodEnd();
        s.periodType = o.periodType();
        s.value = BigDecimal.valueOf(o.value()).stripTrailingZeros();
        s.valueMax = o.valueMax() == null ? null : BigDecimal.valueOf(o.valueMax()).stripTrailingZeros();
        s.unitClass = o.unitClass();
        s.unit = o.unit();
        s.qualifier = o.qualifier();
        s.kind = o.kind();
        s.topic = o.topic() == null ? "" : o.topic();
        s.quote = o.quote();
        s.startOffset = o.start();
        s.endOffset = o.end();
        s.extractorVersion = extractor.version();
        s.breakdown = Breakdowns.key(o.breakdown());
        s.confidence = (float) o.confidence();
        s.reasons = o.reasons().stream().map(Reason::code).collect(Collectors.joining(","));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
