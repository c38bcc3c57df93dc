package io.zhibiao.checks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of findings, the newest periods first. */
@Schema(description = "A page of findings, newest period first")
public record FindingPage(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Findings that match in all") long total,
        List<Finding> items) {
}
