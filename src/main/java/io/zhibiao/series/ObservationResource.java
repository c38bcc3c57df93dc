package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Provenance of stored figures. */
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
    @APIResponse(responseCode = "404", description = "No observation has that id")
    public Provenance observation(
            @Parameter(description = "Observation id, as points and values give it in observationId", example = "151")
            @PathParam("id") String id) {
        long observationId = parseId(id);
        return provenances.find(observationId)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId));
    }

    private static long parseId(String id) {
        return Inputs.id("id", id);
    }
}
