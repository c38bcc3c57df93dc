package io.zhibiao.system;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of data files (seed articles, chart specs): the one configured, else the copy the application
 * carries on its classpath, so the packaged service runs from any working directory.
 */
public final class DataFolder {

    /** Reads what it needs from a folder; the folder may live inside a jar and is gone once it returns. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path folder, String description) throws IOException;
    }

    private DataFolder() {
    }

    /**
     * Reads {@code configured} when it is set, else the classpath folder {@code bundled}.
     *
     * @param setting the configuration key, named in the error when the configured folder does not exist
     */
    public static <T> T read(Optional<Path> configured, String setting, String bundled, Reader<T> reader)
            throws IOException {
        if (configured.isEmpty()) {
            return readBundled(bundled, DataFolder.class.getClassLoader(), reader);
        }
        Path folder = configured.get();
        // A folder that was named but is not there is a mistake to stop at, not a reason to serve nothing.
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The folder " + folder.toAbsolutePath() + " named by " + setting
                    + " does not exist; unset " + setting + " to use the one the application carries");
        }
        return reader.read(folder, folder.toAbsolutePath().toString());
    }

    /** Reads the classpath folder {@code name} of {@code loader}, in a plain directory or inside a jar. */
    static <T> T readBundled(String name, ClassLoader loader, Reader<T> reader) throws IOException {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalStateException("The application carries no folder " + name
                    + " on its classpath (the build copies it from the project's top level)");
        }
        String description = "classpath:" + name;
        switch (url.getProtocol()) {
            case "file":
                return reader.read(Path.of(toUri(url.toString())), description);
            case "jar":
                // jar:file:/deployments/app/zhibiao.jar!/zhibiao/seeds : a file system of its own per read, closed after
                String spec = url.getPath();
                int bang = spec.indexOf("!/");
                try (FileSystem jar = FileSystems.newFileSystem(Path.of(toUri(spec.substring(0, bang))))) {
                    return reader.read(jar.getPath(spec.substring(bang + 1)), description);
                }
            default:
                throw new IllegalStateException("Cannot list the classpath folder " + name + " at " + url);
        }
    }

    private static URI toUri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Not a file address: " + url, e);
        }
    }
}
