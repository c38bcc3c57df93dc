package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Targets against actuals: the question every work report answers. */
@Tag(name = "series")
@Path("/api/targets")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class TargetResource {

    @Inject
    Lookups lookups;
    @Inject
    Targets targets;

    @GET
    @Operation(summary = "Targets of one indicator and region, each with its actual and completion",
            description = "Each target is paired with the actual of the same period once that is reported, before that "
                    + "with the latest year-to-date actual of the period so far; completion = actual / target "
                    + "(135 of 150 → 0.9). One value per fact by the same rule as the series.")
    @APIResponse(responseCode = "200", description = "The pairs, oldest target period first")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed or unknown (problem+json naming it)")
    public TargetAnswer targets(
            @Parameter(description = "Indicator code (see /api/indicators)", example = "loans.issued", required = true)
            @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code", example = "360121", required = true)
            @QueryParam("region") String region) {
        return targets.of(lookups.indicator(indicator), lookups.region("region", region));
    }
}
