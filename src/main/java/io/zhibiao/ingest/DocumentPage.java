package io.zhibiao.ingest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the document list, newest publication first. */
@Schema(description = "A page of documents, newest publication first")
public record DocumentPage(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Documents stored in all") long total,
        List<DocumentView> items) {
}
