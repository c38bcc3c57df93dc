package io.zhibiao.corrections;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One review of a figure as the API shows it: who, when, from what to what, why, and where it stands. */
@Schema(description = "One review of a figure: who, when, from what to what and why, and whether it still applies")
public record CorrectionView(
        @Schema(description = "Id of the review", example = "12") long id,
        @Schema(description = "accept, correct or reject", example = "correct") Verdict verdict,
        @Schema(description = "active (applied), orphaned (the extractor no longer reads a figure at its place: look at "
                + "it again), redundant (the extractor now reads what the editor said)", example = "active")
        CorrectionState state,
        @Schema(description = "False for a review a later one of the same figure replaced (history)") boolean current,
        @Schema(description = "The observation it was made on, or the one its figure has after a re-extraction (a rejected or orphaned figure keeps the id it last had)", example = "151")
        Long observationId,
        @Schema(description = "The document", example = "7") long documentId,
        @Schema(description = "Title of the document", example = "鹰潭铜产业链营收突破千亿") String documentTitle,
        @Schema(description = "Publication date of the document", example = "2026-01-08") LocalDate published,
        @Schema(description = "The document's default region, if it has one", example = "360000")
        @JsonInclude(JsonInclude.Include.NON_NULL) String defaultRegion,
        @Schema(description = "Where the figure's number starts in the document text", example = "1024") int startOffset,
        @Schema(description = "Just after the number's last character", example = "1031") int endOffset,
        @Schema(description = "The number as written there", example = "12.5") String figureText,
        @Schema(description = "The sentence of the figure", example = "全年发放贷款12.5亿元。") String quote,
        @Schema(description = "The attributes before the review") FigureView before,
        @Schema(description = "What the review says the figure is (as accepted or corrected); null for a rejection")
        FigureView after,
        @Schema(description = "The changes as the editor sent them", example = "{\"region\": \"360702\"}") JsonNode changes,
        @Schema(description = "Why, in the editor's words", example = "南康区, not 赣州市") String note,
        @Schema(description = "Who reviewed it") Editor editor,
        @Schema(description = "When", example = "2026-01-09T08:30:00Z") OffsetDateTime reviewedAt) {

    /** The caller who reviewed: the subject that identifies them and a name for people. */
    @Schema(description = "The editor: subject (e.g. token:1a2b3c4d or the identity provider's subject) and name")
    public record Editor(String subject, String name) {
    }
}
