package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every write of observations goes through the one change path: only {@link ObservationRows} writes them (it tells
 * io.zhibiao.changes.Changes first, and its transaction fails without a commit of the change; ChangePathTest), so a
 * new writer elsewhere fails here instead of leaving the stream, the caches and the charts behind.
 */
class ObservationWritersTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ONE_WRITER = "io/zhibiao/ingest/ObservationRows.java";

    // SQL that inserts, updates or deletes observations (or deletes documents, which cascades to them), and
    // Panache's writes of the two entities.
    private static final Pattern WRITES = Pattern.compile("(?is)(insert\\s+into|update|delete\\s+from|truncate)\\s+"
            + "observation\\b|(delete\\s+from|truncate)\\s+document\\b|StoredObservation\\s*\\.\\s*(delete|persist|update)"
            + "|Document\\s*\\.\\s*(delete|update)|\\.persist\\s*\\(");

    @Test
    void onlyObservationRowsWritesObservations() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(ObservationWritersTest::writesObservations)
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(List.of(ONE_WRITER), writers,
                "observations are written only by ObservationRows, so every write commits its change (io.zhibiao.changes)");
    }

    private static boolean writesObservations(Path file) {
        try {
            return WRITES.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
