package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.regions.Level;
import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The newest value of each region of a level, for maps. */
@Tag(name = "series")
@Path("/api/latest")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class LatestResource {

    @Inject
    Lookups lookups;
    @Inject
    RegionValues values;

    @GET
    @Operation(summary = "The newest value of every region of a level under a parent",
            description = "For maps: every region at the level under the parent, with the value whose period ends "
                    + "last (then the shortest period, then the newest publication), null where none was reported.")
    @APIResponse(responseCode = "200", description = "The regions with their newest values")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed or unknown (problem+json naming it)")
    public LatestAnswer latest(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = BreakdownParam.DESCRIPTION, example = "product:粗钢")
            @QueryParam("breakdown") String breakdown,
            @Parameter(description = "province, prefecture or county", example = "prefecture", required = true,
                    schema = @Schema(implementation = Level.class))
            @QueryParam("level") String level,
            @Parameter(description = "6-digit code of the region whose descendants are shown (default 000000, all China)",
                    example = "360000")
            @QueryParam("parent") String parent,
            @Parameter(description = "actual or target (default actual)", example = "actual",
                    schema = @Schema(implementation = Kind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Period type of the values; absent: the type most regions report",
                    schema = @Schema(implementation = PeriodType.class))
            @QueryParam("periodType") String periodType,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json; overrides the Accept header", example = "json")
            @QueryParam("format") String format) {
        var ind = lookups.indicator(indicator);
        Level lvl = Params.level(level);
        var parentRegion = lookups.parentAbove(Params.orAllChina(parent), lvl);
        return values.latest(ind, BreakdownParam.key(breakdown), parentRegion, lvl, Params.kind(kind, Kind.ACTUAL), Selection.periodType(periodType),
                Selection.asOf(asOf));
    }
}
