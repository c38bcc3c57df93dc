package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Time series of stored observations. */
@Path("/api/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    private final SeriesQueries queries;
    private final Indicators indicators;
    private final Regions regions;

    SeriesResource(SeriesQueries queries, Indicators indicators, Regions regions) {
        this.queries = queries;
        this.indicators = indicators;
        this.regions = regions;
    }

    @GET
    @Operation(summary = "The series of one indicator for one region")
    public Series series(
            @Parameter(description = "Indicator code", example = "loans.issued", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code", example = "360000", required = true) @QueryParam("region") String region) {
        if (indicator == null || indicator.isBlank()) {
            throw ProblemException.badRequest("Parameter 'indicator' is required (see /api/indicators)");
        }
        RegionCodes.requireWellFormed("region", region);
        var ind = indicators.find(indicator)
                .orElseThrow(() -> ProblemException.badRequest("Parameter 'indicator': no indicator has the code '" + indicator + "'"));
        var reg = regions.find(region)
                .orElseThrow(() -> ProblemException.badRequest("Parameter 'region': no region has the code " + region));
        return new Series(ind, reg, queries.points(indicator, region));
    }
}
