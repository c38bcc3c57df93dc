package io.zhibiao.series;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** Regions of a level ranked by their value for a period. */
@Tag(name = "series")
@Path("/api/rankings")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class RankingResource {

    @Inject
    Lookups lookups;
    @Inject
    RegionValues values;
    @Inject
    ApiLimits limits;

    @GET
    @Operation(summary = "Rank the regions of a level by their value for a period",
            description = "Only regions that reported are ranked (coverage says how many did); equal values share a "
                    + "rank. 'limit' is at most zhibiao.api.max-ranking-limit (default 1000).")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed, unknown or over a limit (problem+json naming it)")
    public RankingAnswer rankings(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = BreakdownParam.DESCRIPTION, example = "product:粗钢")
            @QueryParam("breakdown") String breakdown,
            @Parameter(description = "province, prefecture or county", example = "county", required = true,
                    schema = @Schema(implementation = Level.class))
            @QueryParam("level") String level,
            @Parameter(description = "Period: " + Period.SYNTAX, example = "2025", required = true)
            @QueryParam("period") String period,
            @Parameter(description = "6-digit code of the region whose descendants are ranked (default 000000, all China)",
                    example = "360000")
            @QueryParam("parent") String parent,
            @Parameter(description = "desc (largest first, default) or asc", example = "desc",
                    schema = @Schema(implementation = RankingAnswer.Order.class))
            @QueryParam("order") String order,
            @Parameter(description = "Most places returned, 1 to 1000 (default 10)", example = "10")
            @QueryParam("limit") String limit,
            @Parameter(description = "actual or target (default actual)", example = "actual",
                    schema = @Schema(implementation = Kind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Period type of the values; absent: the type most regions report for the period",
                    schema = @Schema(implementation = PeriodType.class))
            @QueryParam("periodType") String periodType,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json; overrides the Accept header", example = "json")
            @QueryParam("format") String format) {
        var ind = lookups.indicator(indicator);
        Level lvl = Params.level(level);
        var parentRegion = lookups.parentAbove(Params.orAllChina(parent), lvl);
        Period p = Period.parse("period", period);
        var direction = Codes.parameter("order", order, List.of(RankingAnswer.Order.values()), RankingAnswer.Order.DESC);
        int places = Params.limit(limit, 10, limits.maxRankingLimit());
        return values.ranking(ind, BreakdownParam.key(breakdown), parentRegion, lvl, p, Params.kind(kind, Kind.ACTUAL), Selection.periodType(periodType),
                direction, places, Selection.asOf(asOf));
    }
}
