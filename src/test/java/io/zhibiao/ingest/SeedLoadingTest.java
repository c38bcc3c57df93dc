package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SeedLoadingTest {

    static final Path SEEDS = Path.of("seeds");

    @Inject
    SeedLoader loader;
    @Inject
    Ingest ingest;

    @Test
    void everySeedIsStoredAtStart() throws Exception {
        try (var texts = Files.list(SEEDS)) {
            for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertTrue(ingest.isStored(Files.readString(text)), text + " should be stored at start-up");
            }
        }
        assertTrue(StoredObservation.count() > 0, "the seeds should give observations");
    }

    @Test
    void loadingTheSeedsAgainAddsNothing() throws Exception {
        long documents = Document.count();
        long observations = StoredObservation.count();

        assertEquals(0, loader.load(SEEDS), "a second load must add no document");

        assertEquals(documents, Document.count());
        assertEquals(observations, StoredObservation.count());
    }
}
