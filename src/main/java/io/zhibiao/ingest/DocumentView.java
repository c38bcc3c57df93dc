package io.zhibiao.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.system.Codes;

/** A stored document as the API shows it; observations only on the single-document read. */
@Schema(description = "A stored document")
public record DocumentView(
        @Schema(description = "Id") long id,
        @Schema(description = "Headline") String title,
        @Schema(description = "Outlet or publisher") String source,
        @Schema(description = "Publication date") LocalDate published,
        @Schema(description = "SHA-256 of the text; a second post of the same text finds this document") String sha256,
        @Schema(description = "Default region code, if one was given") String region,
        @Schema(description = "Where the article was published, as the client sent it; null if none was sent") String url,
        @Schema(description = "Where its text is; observations' start and end are offsets into it in UTF-16 code units",
                example = "/api/documents/1/text") String textUrl,
        @Schema(description = "Version of the extractor that derived its observations") String extractorVersion,
        @Schema(description = "When it was stored") OffsetDateTime ingestedAt,
        @Schema(description = "Number of observations derived from it") long observationCount,
        @Schema(description = "Its observations (single-document read only)") List<ObservationView> observations,
        @Schema(description = "Since when it is in the trash (absent for a document that counts): no answer uses it; "
                + "POST /api/documents/{id}/restore brings it back")
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime trashedAt,
        @Schema(description = "When a trashed document is purged for good, at the latest (absent for a document that counts)")
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime purgeAfter) {

    DocumentView(long id, String title, String source, LocalDate published, String sha256, String region, String url,
            String textUrl, String extractorVersion, OffsetDateTime ingestedAt, long observationCount,
            List<ObservationView> observations) {
        this(id, title, source, published, sha256, region, url, textUrl, extractorVersion, ingestedAt, observationCount,
                observations, null, null);
    }

    /** This view of a document in the trash since {@code at} (null: not in the trash). */
    DocumentView trashed(OffsetDateTime at, OffsetDateTime purge) {
        return new DocumentView(id, title, source, published, sha256, region, url, textUrl, extractorVersion, ingestedAt,
                observationCount, observations, at, purge);
    }

    /** One stored observation of a document. */
    @Schema(description = "A stored observation")
    public record ObservationView(long id, String indicator, String regionCode, LocalDate periodStart,
            LocalDate periodEnd, PeriodType periodType, java.math.BigDecimal value, java.math.BigDecimal valueMax,
            UnitClass unitClass, String unit, Qualifier qualifier, Kind kind, String topic, String quote, int start, int end,
            @Schema(description = "The item of a national classification the figure is about, or null for the indicator's total",
                    example = "{\"product\": \"粗钢\"}") java.util.Map<String, String> breakdown) {

        static ObservationView of(StoredObservation o) {
            return new ObservationView(o.id, o.indicatorCode, o.regionCode, o.periodStart, o.periodEnd,
                    PeriodType.fromCode(o.periodType), o.value, o.valueMax, code(UnitClass.class, o.unitClass), o.unit,
                    code(Qualifier.class, o.qualifier), code(Kind.class, o.kind), o.topic, o.quote, o.startOffset, o.endOffset,
                    Breakdowns.of(o.breakdown));
        }

        private static <E extends Enum<E>> E code(Class<E> type, String code) {
            return Codes.find(type, code).orElseThrow();
        }
    }

    static DocumentView of(Document d, long observationCount, List<ObservationView> observations) {
        return new DocumentView(d.id, d.title, d.source, d.published, d.sha256, d.defaultRegion, d.url,
                "/api/documents/" + d.id + "/text", d.extractorVersion,
                d.ingestedAt, observationCount, observations);
    }
}
