package io.zhibiao.ingest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.RequiresToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operator actions on stored data. */
@Tag(name = "ingest")
@Path("/api/admin/reextract")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    Reextraction reextraction;

    @POST
    @RequiresToken
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Re-extract stored documents in the background",
            description = "Documents derived by an older extractor version, or all with all=true. Answers 202 with the progress; poll GET for more.")
    public Response start(@Parameter(description = "Redo every document, not only the stale ones") @QueryParam("all") String all) {
        return Response.accepted(reextraction.start(Inputs.flag("all", all, false))).build();
    }

    @GET
    @Operation(summary = "Progress of the latest re-extraction on this replica")
    public ReextractionStatus status() {
        return reextraction.status();
    }
}
