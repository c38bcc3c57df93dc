package io.zhibiao.corrections;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.CurrentCaller;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.RequiresToken;
import io.zhibiao.system.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An editor's review of one figure, and the history of its reviews. */
@Tag(name = "corrections")
@Path("/api/observations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    Reviews reviews;
    @Inject
    ReviewInputs inputs;
    @Inject
    CorrectionRows corrections;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresToken(Role.EDITOR)
    @Operation(summary = "Accept, correct or reject a figure (editor)",
            description = "verdict accept (the figure is right), correct (set the attributes in 'changes': region, "
                    + "periodStart, periodEnd, periodType, kind, indicator, breakdown, value, valueMax, unit, qualifier) "
                    + "or reject (no figure, a duplicate, a yardstick: it leaves every series, roll-up, ranking and "
                    + "chart). Needs If-Match with the figure's ETag from GET /api/observations/{id}. The review is kept "
                    + "apart from what the extractor read and applied again at every re-extraction; the figure's series "
                    + "(the old and, after a region or indicator change, the new) change with reason 'correction'.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "verdict"),
            examples = @ExampleObject(name = "correct", value = "{\"verdict\": \"correct\", \"changes\": {\"region\": "
                    + "\"360782\"}, \"note\": \"南康区, not 赣州市\"}")))
    @APIResponse(responseCode = "200", description = "Applied: the review as recorded and the figure's new ETag")
    @APIResponse(responseCode = "400", description = "Bad input, nothing written: an unknown field, a verdict 'correct' "
            + "without changes or another with changes, a region or indicator that does not exist, a period that ends "
            + "before it starts, a unit of another class than the indicator's")
    @APIResponse(responseCode = "401", description = "No token, or an unknown one")
    @APIResponse(responseCode = "403", description = "The token carries no editor role")
    @APIResponse(responseCode = "404", description = "No observation has that id")
    @APIResponse(responseCode = "412", description = "If-Match is not the figure's ETag: it changed since it was read")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response review(
            @Parameter(description = "Observation id", example = "151") @PathParam("id") String id,
            @Parameter(description = "The figure's ETag, as GET /api/observations/{id} sent it")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        long observationId = Inputs.id("id", id);
        ReviewInputs.Review review = inputs.read(body);
        ReviewAnswer answer = reviews.review(observationId, ifMatch, review, caller.get());
        Response.ResponseBuilder ok = Response.ok(answer);
        return (answer.etag() == null ? ok : ok.header(HttpHeaders.ETAG, answer.etag())).build();
    }

    @GET
    @Path("/history")
    @Operation(summary = "Who reviewed a figure, when, from what to what and why",
            description = "Every review of the figure, oldest first: the editor (subject and name), the time, the "
                    + "attributes before and after, the changes as sent and the note. Also for a rejected figure (its "
                    + "observation is gone; the history stays under its id).")
    @APIResponse(responseCode = "200", description = "The history; empty when nobody reviewed the figure")
    @APIResponse(responseCode = "400", description = "The id is not a positive whole number")
    @APIResponse(responseCode = "404", description = "No observation has that id and no review was made on it")
    public HistoryAnswer history(
            @Parameter(description = "Observation id", example = "151") @PathParam("id") String id) {
        long observationId = Inputs.id("id", id);
        var items = corrections.views(CorrectionRows.sameFigureAs(observationId), ReviewsLimits.MAX_HISTORY, 0, null);
        if (items.isEmpty() && !corrections.observationExists(observationId)) {
            throw ProblemException.notFound("No observation has the id " + observationId);
        }
        return new HistoryAnswer(observationId, items);
    }
}
