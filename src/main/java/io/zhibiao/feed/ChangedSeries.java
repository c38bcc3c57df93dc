package io.zhibiao.feed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.changes.ChangeReason;

/** A series whose answers changed after the cursor asked with. */
@Schema(description = "A series (indicator and breakdown, region, period type) whose answers changed after the cursor")
public record ChangedSeries(
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "6-digit region code", example = "360703") String region,
        @Schema(description = "Period type", example = "year") String periodType,
        @Schema(description = "The item of a national classification the series is of (ask /api/series with "
                + "breakdown=dimension:item); absent for the indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
        @Schema(description = "The cursor of its latest change: its version, which only grows within an epoch",
                example = "3f9a2c1e.42") String version,
        @JsonIgnore long id,
        @Schema(description = "What changed it: ingest, delete, reextract, restore, purge, correction") List<ChangeReason> reasons) {
}
