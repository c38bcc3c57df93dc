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

    @Transactional
    public IngestResult store(NewDocument doc) {
        String sha = sha256(doc.text());
        List<?> inserted = em.createNativeQuery(INSERT_DOCUMENT)
                .setParameter(1, doc.title()).setParameter(2, doc.source()).setParameter(3, doc.published())
                .setParameter(4, doc.text()).setParameter(5, sha).setParameter(6, doc.defaultRegion())
                .setParameter(7, Extractor.VERSION)
                .getResultList();
        if (inserted.isEmpty()) {
            Document existing = Document.find("sha256", sha).firstResult();
            return new IngestResult(existing, false, StoredObservation.count("documentId", existing.id));
        }
        long id = ((Number) inserted.get(0)).longValue();
        List<Observation> observations = extractor.extract(doc.text(),
                new ExtractionContext(doc.published(), doc.defaultRegion()));
        for (Observation o : observations) {
            toEntity(id, o).persist();
        }
        dataVersion.bump(Set.of(id));
        return new IngestResult(Document.findById(id), true, observations.size());
    }

    public boolean isStored(String text) {
        return Document.count("sha256", sha256(text)) > 0;
    }

    static StoredObservation toEntity(long documentId, Observation o) {
        StoredObservation s = new StoredObservation();
        s.documentId = documentId;
        s.indicatorCode = o.indicator();
        s.regionCode = o.regionCode();
        s.periodStart = o.periodStart();
        s.periodEnd = o.periodEnd();
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
        s.extractorVersion = Extractor.VERSION;
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
