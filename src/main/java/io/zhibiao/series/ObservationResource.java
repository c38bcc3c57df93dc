package io.zhibiao.series;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Provenance of stored figures. */
@Tag(name = "series")
@Path("/api/observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    private final Provenances provenances;

    ObservationResource(Provenances provenances) {
        this.provenances = provenances;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where a figure came from",
            description = "The document (title, source, publication date), the quote, the character offsets, the "
                    + "extractor version, whether series and roll-ups use this report, and the other reports of the "
                    + "same indicator, region, period and kind.")
    @APIResponse(responseCode = "200", description = "The provenance")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No observation has that id (as of asOf: none was published by then)")
    public Provenance observation(
            @Parameter(description = "Observation id, as points and values give it in observationId", example = "151")
            @PathParam("id") String id,
            @Parameter(description = Selection.AS_OF + "; the other reports and the choice are as of that day too",
                    example = "2026-01-31")
            @QueryParam("asOf") String asOf) {
        long observationId = parseId(id);
        LocalDate day = Selection.asOf(asOf);
        return provenances.find(observationId, day)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId
                        + (day == null ? "" : " in a document published on or before " + day)));
    }

    @GET
    @Path("/{id}/vintages")
    @Operation(summary = "Every value a figure's fact has had",
            description = "For the fact of this observation (indicator, region, period and kind), each value the API "
                    + "has answered for it and the publication date from which it held, oldest first: what asOf= on any "
                    + "day would give. Derived from the reports kept per fact; a deleted document leaves no vintage.")
    @APIResponse(responseCode = "200", description = "The vintages")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No observation has that id")
    public VintagesAnswer vintages(
            @Parameter(description = "Observation id, as points and values give it in observationId", example = "151")
            @PathParam("id") String id) {
        long observationId = parseId(id);
        return provenances.vintages(observationId)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId));
    }

    private static long parseId(String id) {
        return Inputs.id("id", id);
    }
}
