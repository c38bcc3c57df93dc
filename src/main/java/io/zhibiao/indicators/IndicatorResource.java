package io.zhibiao.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The indicator catalog over HTTP, and which indicators have data for a region. */
@Tag(name = "indicators")
@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    Indicators indicators;
    @Inject
    Regions regions;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The indicator catalog, or the indicators with data for a region",
            description = "Without 'region': every indicator with its unit class and whether it may be summed across "
                    + "regions. With 'region': only those with stored observations about it (descendants=true: about it "
                    + "or any region under it), each with its observation count, regions, first and last period and "
                    + "period types.")
    public List<IndicatorEntry> list(
            @Parameter(description = "6-digit region code", example = "360000") @QueryParam("region") String region,
            @Parameter(description = "true: count the regions under 'region' too (default false)", example = "true")
            @QueryParam("descendants") String descendants) {
        if (region == null || region.isBlank()) {
            if (descendants != null) {
                throw ProblemException.badRequest("Parameter 'descendants' needs 'region'");
            }
            return indicators.list().stream().map(IndicatorEntry::of).toList();
        }
        RegionCodes.requireWellFormed("region", region);
        regions.find(region).orElseThrow(() -> ProblemException.badRequest("Parameter 'region': no region has the code " + region));
        return indicators.withData(region, flag("descendants", descendants));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One indicator, with the classifications that split it (see /api/classifications)")
    public IndicatorDetail get(@PathParam("code") String code) {
        return indicators.find(code).map(i -> IndicatorDetail.of(i, Breakdowns.dimensionsOf(i.code())))
                .orElseThrow(() -> ProblemException.notFound("No indicator has the code '" + code + "'"));
    }

    private static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("Parameter '" + parameter + "' must be true or false, not '" + value + "'");
    }
}
