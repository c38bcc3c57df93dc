package io.zhibiao.series;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The article a figure was read from. */
@Schema(description = "The stored article a figure was read from")
public record SourceDocument(
        @Schema(description = "Document id", example = "1") long id,
        @Schema(description = "Title", example = "江西日报版面 2026-01-08") String title,
        @Schema(description = "Outlet", example = "江西日报") String source,
        @Schema(description = "Publication date", example = "2026-01-08") LocalDate published,
        @Schema(description = "Where it was published, when known; absent otherwise", example = "https://example.org/2026-01-08.html")
        @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

    static SourceDocument of(long id, String title, String source, LocalDate published) {
        return new SourceDocument(id, title, source, published, null);
    }
}
