package io.zhibiao.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the indicator catalog and its classification lists are read from: the built-in files, or those of a folder an
 * operator mounts (a ConfigMap) and names by the system property {@code zhibiao.catalog.dir} or the environment
 * variable {@code ZHIBIAO_CATALOG_DIR}. A file in the folder ({@code catalog.tsv}, {@code classifications/NAME.tsv})
 * replaces the built-in one of its name; the others stay. What the folder gave is fingerprinted into the extractor's
 * version, so that a changed catalog re-extracts the stored documents as a new extractor version does.
 */
final class CatalogSource {

    static final String DIR_PROPERTY = "zhibiao.catalog.dir";
    static final String DIR_ENV = "ZHIBIAO_CATALOG_DIR";
    private static final String ROOT = "/indicators/";

    private static final Path DIR = folder();
    private static final MessageDigest READ_FROM_FOLDER = sha256();
    private static boolean anyFromFolder;

    private CatalogSource() {
    }

    /** Human-readable origin of a resource, for error messages (a path in the folder or the class path). */
    static String describe(String resource) {
        Path p = inFolder(resource);
        return p != null ? p.toString() : resource;
    }

    /** The bytes of a catalog resource ({@code /indicators/...}), from the folder when it holds it; null when none. */
    static synchronized InputStream open(String resource) {
        Path p = inFolder(resource);
        if (p == null) {
            return CatalogSource.class.getResourceAsStream(resource);
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            READ_FROM_FOLDER.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            READ_FROM_FOLDER.update(bytes);
            anyFromFolder = true;
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mounted catalog file " + p, e);
        }
    }

    /** A short hash of what the folder gave, or null when everything is built in. */
    static synchronized String fingerprint() {
        if (!anyFromFolder) {
            return null;
        }
        try {
            MessageDigest copy = (MessageDigest) READ_FROM_FOLDER.clone();
            return HexFormat.of().formatHex(copy.digest()).substring(0, 12);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path inFolder(String resource) {
        if (DIR == null || !resource.startsWith(ROOT)) {
            return null;
        }
        Path p = DIR.resolve(resource.substring(ROOT.length()));
        return Files.isRegularFile(p) ? p : null;
    }

    private static Path folder() {
        String d = System.getProperty(DIR_PROPERTY);
        if (d == null || d.isBlank()) {
            d = System.getenv(DIR_ENV);
        }
        if (d == null || d.isBlank()) {
            return null;
        }
        Path p = Path.of(d);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("The catalog folder " + p + " (" + DIR_ENV + ") is not a directory");
        }
        return p;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
