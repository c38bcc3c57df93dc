package io.zhibiao.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.zhibiao.extract.ExtractionContext;
import io.zhibiao.extract.Extractor;
import io.zhibiao.extract.Observation;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Stores documents with their observations, one transaction per document, idempotent by content hash. */
@ApplicationScoped
public class Ingest {

    // ON CONFLICT makes two concurrent posts of one text end with one row: the loser gets no id back.
    private static final String INSERT_DOCUMENT = """
            INSERT INTO document (id, title, source, published, text, sha256, default_region, extractor_version)
            VALUES (nextval('document_id_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id""";

    private final Extractor extractor;
    private final EntityManager em;
    private final DataVersion dataVersion;

    Ingest(Extractor extractor, EntityManager em, DataVersion dataVersion) {
        this.extractor = extractor;
        this.em = em;
        this.dataVersion = dataVersion;
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
                .setParameter(7, extractor.version())
                .getResultList();
        if (inserted.isEmpty()) {
            Document existing = Document.find("sha256", sha).firstResult();
            return new IngestResult(existing, false, StoredObservation.count("documentId", existing.id));
        }
        long id = ((Number) inserted.get(0)).longValue();
        int count = deriveObservations(id, doc.text(), doc.published(), doc.defaultRegion());
        dataVersion.bump(Set.of(id));
        return new IngestResult(Document.findById(id), true, count);
    }

    /**
     * Replaces a document's observations with what the current extractor reads, in one transaction,
     * so a reader sees the old set or the new one, never a mix. Skips a document another replica holds.
     *
     * @param onlyIfStale leave a document already derived by this extractor version alone
     * @return whether the document was re-extracted
     */
    @Transactional
    public boolean reextract(long documentId, boolean onlyIfStale) {
        List<?> locked = em.createNativeQuery(
                "SELECT extractor_version FROM document WHERE id = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, documentId).getResultList();
        if (locked.isEmpty() || (onlyIfStale && extractor.version().equals(locked.get(0)))) {
            return false;
        }
        Document doc = Document.findById(documentId);
        StoredObservation.delete("documentId", documentId);
        deriveObservations(documentId, doc.text, doc.published, doc.defaultRegion);
        doc.extractorVersion = extractor.version();
        dataVersion.bump(Set.of(documentId));
        return true;
    }

    private int deriveObservations(long documentId, String text, java.time.LocalDate published, String region) {
        List<Observation> observations = extractor.extract(text, new ExtractionContext(published, region));
        for (Observation o : observations) {
            toEntity(documentId, o).persist();
        }
        return observations.size();
    }

    public boolean isStored(String text) {
        return Document.count("sha256", sha256(text)) > 0;
    }

    private StoredObservation toEntity(long documentId, Observation o) {
        StoredObservation s = new StoredObservation();
        s.documentId = documentId;
        s.indicatorCode = o.indicator();
        s.regionCode = o.regionCode();
        s.periodStart = o.periodStart();
        s.periodEnd = o.periodEnd();
        s.periodType = o.periodType();
        s.value = BigDecimal.valueOf(o.value());
        s.valueMax = o.valueMax() == null ? null : BigDecimal.valueOf(o.valueMax());
        s.unitClass = o.unitClass();
        s.unit = o.unit();
        s.qualifier = o.qualifier();
        s.kind = o.kind();
        s.topic = o.topic() == null ? "" : o.topic();
        s.quote = o.quote();
        s.startOffset = o.start();
        s.endOffset = o.end();
        s.extractorVersion = extractor.version();
        return s;
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
