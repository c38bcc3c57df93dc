package io.zhibiao.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.zhibiao.system.DataFolder;
import io.zhibiao.system.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Loads a folder of articles ({@code NAME.txt} with its {@code NAME.json} metadata) at start-up: the one
 * named by {@code zhibiao.seeds.dir}, else the seeds the application carries. What is stored already is
 * skipped by its content hash, so a restart adds nothing.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    /** The project's top-level seeds/ folder, as the build puts it into the application. */
    static final String BUNDLED = "zhibiao/seeds";

    @Inject
    Ingest ingest;
    @Inject
    ObjectMapper json;
    @Inject
    @ConfigProperty(name = "zhibiao.seeds.dir")
    Optional<Path> dir;
    @Inject
    @ConfigProperty(name = "zhibiao.seeds.load-at-start")
    boolean atStart;

    void loadAtStart(@Observes @Priority(20) StartupEvent start) throws IOException {
        if (!atStart) {
            return;
        }
        DataFolder.read(dir, "zhibiao.seeds.dir", BUNDLED, this::load);
    }

    /** Stores every article of {@code folder} not stored yet; returns how many were new. */
    public int load(Path folder) throws IOException {
        return load(folder, folder.toString());
    }

    private int load(Path folder, String description) throws IOException {
        int added = 0;
        int skipped = 0;
        for (Path text : texts(folder)) {
            IngestResult result;
            try {
                result = ingest.store(read(text));
            } catch (ProblemException e) {
                if (e.status() != 409) {
                    throw e;
                }
                skipped++; // deleted to the trash: it stays there until restored or purged
                LOG.infof("Seed %s is in the trash: not stored again", text.getFileName());
                continue;
            }
            if (result.created()) {
                added++;
                LOG.infof("Seed %s stored as document %d with %d observations", text.getFileName(),
                        result.document().id, result.observationCount());
            } else {
                skipped++;
            }
        }
        if (added + skipped == 0) {
            LOG.warnf("Seed folder %s holds no article (NAME.txt with NAME.json)", description);
        }
        LOG.infof("Seeds from %s: %d added, %d already stored", description, added, skipped);
        return added;
    }

    private static List<Path> texts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private NewDocument read(Path text) throws IOException {
        String name = text.getFileName().toString();
        Path metaFile = text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
        if (!Files.exists(metaFile)) {
            throw new IOException("Seed " + text + " has no metadata file " + metaFile.getFileName());
        }
        // Read as bytes, not as a File: the folder may be inside the application's jar.
        SeedMetadata meta = json.readValue(Files.readAllBytes(metaFile), SeedMetadata.class);
        if (meta.published() == null || meta.title() == null || meta.source() == null) {
            throw new IOException("Seed metadata " + metaFile + " needs title, source and published");
        }
        return new NewDocument(meta.title(), meta.source(), LocalDate.parse(meta.published()),
                Files.readString(text, StandardCharsets.UTF_8), meta.region());
    }
}
