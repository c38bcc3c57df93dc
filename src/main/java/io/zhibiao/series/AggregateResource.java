package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.regions.Level;
import io.zhibiao.system.Codes;
import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Roll-ups of child regions to their parent, with coverage. */
@Tag(name = "series")
@Path("/api/aggregate")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class AggregateResource {

    @Inject
    Lookups lookups;
    @Inject
    RegionValues values;

    @GET
    @Operation(summary = "Roll up the regions of a level under a parent",
            description = "One value per child region at the level (null where it reported none) and the parent's "
                    + "roll-up by fn, with coverage: children that reported against children that exist. The roll-up "
                    + "is 'complete' only when every child reported; a partial sum is never a total. Summing an "
                    + "indicator that is not summable (rates, shares) answers 422. CSV lists the children; format=jsonstat "
                    + "answers a JSON-stat 2.0 dataset of the children (the roll-up in its extension).")
    @APIResponse(responseCode = "200", description = "The children and the roll-up (AggregateAnswer), or with format=jsonstat a JSON-stat 2.0 dataset",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {AggregateAnswer.class, JsonStatDataset.class})),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed or unknown (problem+json naming it)")
    @APIResponse(responseCode = "422", description = "fn=sum on an indicator that may not be summed")
    public Object aggregate(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = BreakdownParam.DESCRIPTION, example = "product:粗钢")
            @QueryParam("breakdown") String breakdown,
            @Parameter(description = "6-digit code of the parent region", example = "360100", required = true)
            @QueryParam("parent") String parent,
            @Parameter(description = "Level of the children: province, prefecture or county (below the parent's own level; "
                    + "county under a province takes every county-level unit, through the prefectures or directly)",
                    example = "county", required = true,
                    schema = @Schema(implementation = Level.class))
            @QueryParam("level") String level,
            @Parameter(description = "Period: " + Period.SYNTAX, example = "2025", required = true)
            @QueryParam("period") String period,
            @Parameter(description = "sum, avg, min, max or count (default sum)", example = "sum",
                    schema = @Schema(implementation = RollupFn.class))
            @QueryParam("fn") String fn,
            @Parameter(description = "actual or target (default actual)", example = "actual",
                    schema = @Schema(implementation = Kind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Period type of the values; absent: the type most children report for the period",
                    schema = @Schema(implementation = PeriodType.class))
            @QueryParam("periodType") String periodType,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "csv, json or jsonstat (JSON-stat 2.0); overrides the Accept header", example = "json",
                    schema = @Schema(enumeration = {"json", "csv", "jsonstat"}))
            @QueryParam("format") String format) {
        var ind = lookups.indicator(indicator);
        var parentRegion = lookups.region("parent", parent);
        Level lvl = Params.level(level);
        Params.requireBelow(parentRegion.level(), parentRegion.code(), lvl);
        Period p = Period.parse("period", period);
        RollupFn function = Codes.parameter("fn", fn, List.of(RollupFn.values()), RollupFn.SUM);
        AggregateAnswer answer = values.aggregate(ind, BreakdownParam.key(breakdown), parentRegion, lvl, p, Params.kind(kind, Kind.ACTUAL),
                Selection.periodType(periodType), function, Selection.asOf(asOf));
        return JsonStatDataset.FORMAT.equals(format) ? JsonStatDataset.of(answer) : answer;
    }
}
