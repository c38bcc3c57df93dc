package io.zhibiao.series;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jooq.DSLContext;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Provenance of stored figures. */
@Tag(name = "series")
@Path("/api/observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @Inject
    Provenances provenances;
    @Inject
    DSLContext dsl;
    @Inject
    Vintages vintages;

    @GET
    @Path("/{id}")
    @Operation(summary = "Where a figure came from",
            description = "The document (title, source, publication date), the quote, the character offsets, the "
                    + "extractor version, whether series and roll-ups use this report, and the other reports of the "
                    + "same indicator, region, period and kind.")
    @APIResponse(responseCode = "200", description = "The provenance; without asOf its ETag is the figure's state, "
            + "which a review (POST /api/observations/{id}/review) takes as If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Provenance.class)))
    @APIResponse(responseCode = "304", description = "The figure is as the If-None-Match ETag says")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No observation has that id (as of asOf: none was published by then)")
    public Response observation(
            @Parameter(description = "Observation id, as points and values give it in observationId", example = "151")
            @PathParam("id") String id,
            @Parameter(description = Selection.AS_OF + "; the other reports and the choice are as of that day too",
                    example = "2026-01-31")
            @QueryParam("asOf") String asOf,
            @Context Request request) {
        long observationId = parseId(id);
        LocalDate day = Selection.asOf(asOf);
        // The state's tag is read first: an answer never carries a tag newer than its body.
        String hash = day == null ? (String) dsl.fetchValue(ObservationTags.STATE_HASH, observationId) : null;
        Provenance answer = provenances.find(observationId, day)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId
                        + (day == null ? "" : " in a document published on or before " + day)));
        if (hash == null) {
            return Response.ok(answer).build(); // as of a day: the answer's own ETag (EtagFilter)
        }
        EntityTag tag = EntityTag.valueOf(ObservationTags.etag(observationId, hash));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        // no-cache: an editor about to review must see the figure as it is now; the 304 keeps polls cheap.
        return (unchanged != null ? unchanged : Response.ok(answer)).tag(tag)
                .header(jakarta.ws.rs.core.HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    @GET
    @Path("/{id}/vintages")
    @Operation(summary = "Every value a figure's fact has had",
            description = "For the fact of this observation (indicator, region, period and kind), each value the API "
                    + "has answered for it and the day from which it held, oldest first: what asOf= on any day would "
                    + "give. A vintage begins with a publication or with an editor's review of the picked figure "
                    + "(accepted, corrected or rejected: the vintage's 'reviews' say who, when, from what to what); a "
                    + "rejected figure's id still answers. A deleted document leaves no vintage.")
    @APIResponse(responseCode = "200", description = "The vintages")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No observation has that id, and no review was made on one that had it")
    public VintagesAnswer vintages(
            @Parameter(description = "Observation id, as points and values give it in observationId", example = "151")
            @PathParam("id") String id) {
        long observationId = parseId(id);
        return vintages.of(observationId)
                .orElseThrow(() -> ProblemException.notFound("No observation has the id " + observationId));
    }

    private static long parseId(String id) {
        return Inputs.id("id", id);
    }
}
