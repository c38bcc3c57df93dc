package io.zhibiao.checks;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.zhibiao.system.RequiresToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Runs every check again over everything stored: after a bulk load that bypassed the write path. */
@Path("/api/admin/checks")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksAdminResource {

    @Inject
    Checks checks;

    @POST
    @RequiresToken
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Recompute every finding",
            description = "Writes (ingest, re-extraction, deletion) keep findings current for the series they touch "
                    + "(within zhibiao.checks.refresh-every when deferred); rows loaded straight into the database are "
                    + "not seen until this runs. It also takes the series still waiting for the background pass. "
                    + "Answers how many findings there are now and how long it took.")
    public RebuildResult rebuild() {
        long began = System.nanoTime();
        long findings = checks.rebuildAndCount();
        return new RebuildResult(findings, (System.nanoTime() - began) / 1_000_000);
    }

    /** What a rebuild found. */
    public record RebuildResult(long findings, long millis) {
    }
}
