package io.zhibiao.system;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer (charts, documents, findings, the review queue, corrections), in the list's order. */
@Schema(description = "A page of a list, in the list's order")
public record Page<T>(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Items that match the filters in all") long total,
        List<T> items) {
}
