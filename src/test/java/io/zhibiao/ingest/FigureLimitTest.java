package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.zhibiao.system.ProblemException;

/** A document with more figures than zhibiao.documents.max-figures answers 422 naming the limit, before any is written. */
class FigureLimitTest {

    @Test
    void refusesADocumentWithMoreFiguresThanTheLimit() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Ingest.refuseTooMany(30_001, 30_000));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("at most 30000 (zhibiao.documents.max-figures)"), refused.getMessage());
    }

    @Test
    void takesADocumentAtTheLimit() {
        assertDoesNotThrow(() -> Ingest.refuseTooMany(30_000, 30_000));
    }
}
