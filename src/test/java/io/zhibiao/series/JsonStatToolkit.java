package io.zhibiao.series;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON-stat Toolkit (npm {@code jsonstat-toolkit}, pinned by {@code src/test/jsonstat/package-lock.json}) run
 * with the machine's Node: an independent reader of our JSON-stat. Installed with {@code npm ci} into
 * {@code target/jsonstat-reader} the first time a test needs it (build time, never at service run time); tests
 * that need it are skipped, saying why, where node or npm is missing.
 */
final class JsonStatToolkit {

    private static final Path SOURCE = Path.of("src/test/jsonstat");
    private static final Path HOME = Path.of("target/jsonstat-reader");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonStatToolkit() {
    }

    /** Skips the calling test unless node and npm run here. */
    static void assumeNode() {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not installed: the JSON-stat round trip through the JSON-stat Toolkit is skipped");
    }

    /** What the toolkit reads out of a dataset (see src/test/jsonstat/read.mjs for the shape). */
    static synchronized JsonNode read(String dataset) throws IOException, InterruptedException {
        install();
        Process node = new ProcessBuilder("node", "read.mjs").directory(HOME.toFile()).redirectErrorStream(false).start();
        node.getOutputStream().write(dataset.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new AssertionError("The JSON-stat Toolkit could not read the dataset: " + err);
        }
        return JSON.readTree(out);
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        for (String file : List.of("package.json", "package-lock.json", "read.mjs")) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(HOME.resolve("node_modules/jsonstat-toolkit"))) {
            return;
        }
        Path log = HOME.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new AssertionError("npm ci of the JSON-stat Toolkit failed: " + Files.readString(log));
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
