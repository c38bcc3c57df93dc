package io.zhibiao.ingest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of a re-extraction run on this replica. */
@Schema(description = "Progress of the latest re-extraction run on this replica")
public record ReextractionStatus(
        @Schema(description = "Whether a run is going on") boolean running,
        @Schema(description = "The extractor version documents are brought to") String extractorVersion,
        @Schema(description = "Documents the run looks at") int total,
        @Schema(description = "Documents re-extracted") int done,
        @Schema(description = "Documents left alone: current already, or held by another replica") int skipped,
        @Schema(description = "Documents whose re-extraction failed (their old observations stay)") int failed,
        @Schema(description = "Start of the run") Instant startedAt,
        @Schema(description = "End of the run, null while running") Instant finishedAt) {

    static ReextractionStatus idle(String version) {
        return new ReextractionStatus(false, version, 0, 0, 0, 0, null, null);
    }
}
