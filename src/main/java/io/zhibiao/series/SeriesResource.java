package io.zhibiao.series;

import java.time.LocalDate;
import java.time.DateTimeException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.CsvWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Time series of stored observations, several regions per call. */
@Path("/api/series")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class SeriesResource {

    private final Lookups lookups;
    private final SeriesQueries queries;
    private final ApiLimits limits;

    SeriesResource(Lookups lookups, SeriesQueries queries, ApiLimits limits) {
        this.lookups = lookups;
        this.queries = queries;
        this.limits = limits;
    }

    @GET
    @Operation(summary = "Series of one indicator for several regions",
            description = "One series per region, oldest first, one value per fact (indicator, region, period, kind): "
                    + "the newest publication wins and 'alternatives' counts the other reports. At most "
                    + "zhibiao.api.max-regions (default 50) regions per call and zhibiao.api.max-points (default 10000) "
                    + "points per answer; beyond them 400. CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed, unknown or over a limit (problem+json naming it)")
    public SeriesAnswer series(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region codes, comma-separated, at most 50", example = "360111,360121", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Only periods starting on or after: YYYY (1 January) or YYYY-MM-DD", example = "2021")
            @QueryParam("from") String from,
            @Parameter(description = "Only periods ending on or before: YYYY (31 December) or YYYY-MM-DD", example = "2025-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "actual or target; both when absent", example = "actual")
            @QueryParam("kind") String kind,
            @Parameter(description = "Only this period type; absent: every type, one series per type",
                    schema = @Schema(enumeration = {"year", "quarter", "month", "ytd", "span", "asof"}))
            @QueryParam("periodType") String periodType,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json; overrides the Accept header", example = "csv")
            @QueryParam("format") String format) {
        var ind = lookups.indicator(indicator);
        var regions = lookups.regions("region", region, limits.maxRegions());
        LocalDate fromDay = day("from", from, true);
        LocalDate toDay = day("to", to, false);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.badRequest("Parameter 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return queries.series(ind, regions, fromDay, toDay, kind == null ? null : Params.kind(kind, null),
                Selection.periodType(periodType), Selection.asOf(asOf));
    }

    private static LocalDate day(String parameter, String text, boolean first) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return first ? Period.firstDay(text) : Period.lastDay(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' must be YYYY or YYYY-MM-DD, " + Period.RANGE
                    + ", not '" + text + "'");
        }
    }
}
