package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Time series of stored observations, several regions per call. */
@Tag(name = "series")
@Path("/api/series")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class SeriesResource {

    @Inject
    SeriesAnswers answers;

    @GET
    @Operation(summary = "Series of one indicator for several regions",
            description = "One series per region, oldest first, one value per fact (indicator, region, period, kind): "
                    + "the newest publication wins and 'alternatives' counts the other reports. At most "
                    + "zhibiao.api.max-regions (default 50) regions per call and zhibiao.api.max-points (default 10000) "
                    + "points per answer; beyond them 400. CSV with Accept: text/csv or format=csv; JSON-stat 2.0 with "
                    + "format=jsonstat (one kind: actual unless kind= says otherwise). units= transforms the values as "
                    + "FRED does. periodType=month or quarter on a summable indicator adds the months or quarters that "
                    + "differences of year-to-date totals give (derived: true, with their inputs).")
    @APIResponse(responseCode = "200", description = "The series (SeriesAnswer), or with format=jsonstat a JSON-stat 2.0 dataset",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {SeriesAnswer.class, JsonStatDataset.class})),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed, unknown or over a limit (problem+json naming it)")
    public Object series(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = BreakdownParam.DESCRIPTION, example = "product:粗钢")
            @QueryParam("breakdown") String breakdown,
            @Parameter(description = "6-digit region codes, comma-separated, at most 50", example = "360111,360121", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Only periods starting on or after: YYYY (1 January) or YYYY-MM-DD", example = "2021")
            @QueryParam("from") String from,
            @Parameter(description = "Only periods ending on or before: YYYY (31 December) or YYYY-MM-DD", example = "2025-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "actual or target; both when absent", example = "actual",
                    schema = @Schema(implementation = Kind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only this period type; absent: every type, one series per type",
                    schema = @Schema(implementation = PeriodType.class))
            @QueryParam("periodType") String periodType,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Transformation (FRED's units): lin levels (default), chg change from the previous "
                    + "year, quarter or month, ch1 change from a year ago, pch percent change, pc1 percent change from a "
                    + "year ago; a point whose earlier period was not reported is null; not offered on rates (400)",
                    schema = @Schema(enumeration = {"lin", "chg", "ch1", "pch", "pc1"}))
            @QueryParam("units") String units,
            @Parameter(description = "csv, json or jsonstat (JSON-stat 2.0); overrides the Accept header", example = "csv",
                    schema = @Schema(enumeration = {"json", "csv", "jsonstat"}))
            @QueryParam("format") String format) {
        return answers.answer(new SeriesRequest(indicator, region, from, to, kind, periodType, asOf, units, format,
                breakdown));
    }
}
