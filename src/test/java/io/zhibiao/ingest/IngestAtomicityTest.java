package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class IngestAtomicityTest {

    @Inject
    Ingest ingest;
    @Inject
    Reextraction reextraction;
    @Inject
    DataSource dataSource;

    static NewDocument document(String marker) {
        return new NewDocument("苏州工业园区", "苏州日报", LocalDate.of(2026, 1, 6),
                "2025年，苏州工业园区新增高新技术企业312家，完成工业投资265亿元，新建5G基站1200个。" + marker, null);
    }

    @Test
    void aFailureWhileStoringObservationsLeavesNothingBehind() throws Exception {
        String marker = "FAULT-" + UUID.randomUUID();
        // A real failure inside PostgreSQL, raised by the second observation of this one document.
        sql("""
                CREATE OR REPLACE FUNCTION fail_on_marked_observation() RETURNS trigger AS $$
                BEGIN
                  IF (SELECT count(*) FROM observation WHERE document_id = NEW.document_id) >= 1
                     AND (SELECT text FROM document WHERE id = NEW.document_id) LIKE '%FAULT-%' THEN
                    RAISE EXCEPTION 'injected failure';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER fail_on_marked_observation BEFORE INSERT ON observation "
                + "FOR EACH ROW EXECUTE FUNCTION fail_on_marked_observation()");
        NewDocument doc = document(marker);
        try {
            assertThrows(RuntimeException.class, () -> ingest.store(doc));
        } finally {
            sql("DROP TRIGGER fail_on_marked_observation ON observation");
        }
        assertEquals(0L, Document.count("sha256", Ingest.sha256(doc.text())), "no half-written document");
        assertEquals(0L, count("SELECT count(*) FROM observation o JOIN document d ON d.id = o.document_id "
                + "WHERE d.text LIKE '%" + marker + "%'"));

        IngestResult retried = ingest.store(doc);
        assertTrue(retried.created(), "after the fault is gone the same document stores normally");
        assertTrue(retried.observationCount() > 1);
    }

    @Test
    void reextractionSwapsADocumentsObservationsAtomically() throws Exception {
        IngestResult stored = ingest.store(document(UUID.randomUUID().toString()));
        long id = stored.document().id;
        long expected = stored.observationCount();
        assertTrue(expected > 1);

        AtomicBoolean stop = new AtomicBoolean();
        List<Long> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    seen.add(count("SELECT count(*) FROM observation WHERE document_id = " + id));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 30; i++) {
            assertTrue(ingest.reextract(id, false));
        }
        stop.set(true);
        reader.join();

        assertTrue(seen.size() > 10, "the reader should have looked many times, saw " + seen.size());
        assertTrue(seen.stream().allMatch(c -> c == expected),
                "a reader must see the whole old or the whole new set, never a mix: " + seen);
    }

    @Test
    void reextractionBringsStaleDocumentsToTheCurrentVersion() throws Exception {
        IngestResult stored = ingest.store(document(UUID.randomUUID().toString()));
        long id = stored.document().id;
        sql("UPDATE document SET extractor_version = 'old' WHERE id = " + id);
        sql("DELETE FROM observation WHERE document_id = " + id);

        ReextractionStatus status = reextraction.run(false);

        assertTrue(status.done() >= 1, "the stale document should be redone: " + status);
        assertEquals(stored.observationCount(), count("SELECT count(*) FROM observation WHERE document_id = " + id));
        assertEquals(0L, count("SELECT count(*) FROM document WHERE extractor_version <> '"
                + io.zhibiao.extract.RuleExtractor.VERSION + "'"));
    }

    private void sql(String statement) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(String query) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
