package io.zhibiao.system;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@Schema(description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI naming the problem type") String type,
        @Schema(description = "Short summary of the problem type") String title,
        @Schema(description = "HTTP status") int status,
        @Schema(description = "What exactly was wrong with this request") String detail,
        @Schema(description = "The request path") String instance) {
}
