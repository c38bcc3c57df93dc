package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's catalog mounted from a folder (a ConfigMap) replaces the built-in one without a rebuild: its rows are
 * in force, a bad line stops the start with its line number, and the extractor's version changes with it. Each case
 * runs in a child JVM, as the catalog is read once per process.
 */
class MountedCatalogTest {

    /** A row an operator adds ahead of the catch-all it would otherwise fall into. */
    private static final String CHARGING_PILES = "charging_piles.count\t充电桩数\tcount\ttrue\t-\t-\t充电桩\t全市新建充电桩1200个。\t-";

    @Test
    void aMountedCatalogAddsAnIndicatorAndChangesTheVersion(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(builtIn().lines().toList());
        int at = indexOf(rows, "institutions.count\t");
        rows.add(at, CHARGING_PILES);
        Files.writeString(dir.resolve("catalog.tsv"), String.join("\n", rows), StandardCharsets.UTF_8);
        Result r = run(dir, "全市新建充电桩1200个。");
        assertEquals(0, r.exit(), r.output());
        List<String> lines = r.output().lines().toList();
        assertTrue(lines.get(0).startsWith(RuleExtractor.VERSION + "+catalog."), r.output());
        assertEquals("charging_piles.count", lines.get(1), r.output());
    }

    @Test
    void aBadLineStopsTheStartWithItsNumber(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(builtIn().lines().toList());
        int at = indexOf(rows, "institutions.count\t");
        rows.add(at, "charging_piles.count\t充电桩数\tcount\ttrue\t-\t-\t充电桩");
        Files.writeString(dir.resolve("catalog.tsv"), String.join("\n", rows), StandardCharsets.UTF_8);
        Result r = run(dir, "全市新建充电桩1200个。");
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("line " + (at + 1) + ":"), r.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String... sentences) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + CatalogSource.DIR_PROPERTY + "=" + dir,
                MountedCatalogMain.class.getName()));
        cmd.addAll(List.of(sentences));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private static String builtIn() throws IOException {
        try (InputStream in = MountedCatalogTest.class.getResourceAsStream(IndicatorCatalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(List<String> rows, String prefix) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }
}
