package io.zhibiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder read from a configured directory, from a classes directory, or from inside a jar. */
class DataFolderTest {

    static final Map<String, String> FILES = Map.of("a.yaml", "一: 1\n", "b.yaml", "二: 2\n");

    @Test
    void readsTheConfiguredFolderWhenOneIsSet(@TempDir Path dir) throws IOException {
        write(dir);
        var read = DataFolder.read(Optional.of(dir), "zhibiao.test.dir", "nowhere/on/the/classpath", DataFolderTest::contents);
        assertEquals(FILES, read);
    }

    @Test
    void refusesAConfiguredFolderThatDoesNotExist(@TempDir Path dir) {
        var e = assertThrows(IllegalStateException.class, () -> DataFolder.read(Optional.of(dir.resolve("missing")),
                "zhibiao.test.dir", "zhibiao/charts", DataFolderTest::contents));
        assertTrue(e.getMessage().contains("named by zhibiao.test.dir does not exist"), e.getMessage());
    }

    @Test
    void readsTheBundledFolderFromAClassesDirectory(@TempDir Path classes) throws IOException {
        write(classes.resolve("zhibiao/test"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
            assertEquals(FILES, DataFolder.readBundled("zhibiao/test", loader, DataFolderTest::contents));
        }
    }

    @Test
    void readsTheBundledFolderFromInsideAJarAgainAndAgain(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries first, as the Maven jar plugin writes them: they make the folder a resource.
            for (String folder : List.of("zhibiao/", "zhibiao/test/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (var file : FILES.entrySet()) {
                out.putNextEntry(new JarEntry("zhibiao/test/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            assertEquals(FILES, DataFolder.readBundled("zhibiao/test", loader, DataFolderTest::contents));
            // Each read opens and closes its own view of the jar: a second one must not find it open or closed.
            assertEquals(FILES, DataFolder.readBundled("zhibiao/test", loader, DataFolderTest::contents));
        }
    }

    @Test
    void namesAFolderTheApplicationDoesNotCarry() {
        var e = assertThrows(IllegalStateException.class,
                () -> DataFolder.read(Optional.empty(), "zhibiao.test.dir", "zhibiao/no-such-folder", DataFolderTest::contents));
        assertTrue(e.getMessage().contains("carries no folder zhibiao/no-such-folder"), e.getMessage());
    }

    @Test
    void theApplicationCarriesTheTopLevelSeedsAndCharts() throws IOException {
        for (String name : List.of("seeds", "charts")) {
            Map<String, String> bundled = DataFolder.read(Optional.empty(), "-", "zhibiao/" + name, DataFolderTest::contents);
            assertEquals(contents(Path.of(name), name), bundled, name + "/ and the copy in the application differ");
        }
    }

    private static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var file : FILES.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    private static Map<String, String> contents(Path folder, String description) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }
}
