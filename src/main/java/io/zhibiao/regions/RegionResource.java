package io.zhibiao.regions;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.CsvWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The gazetteer over HTTP. */
@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final Regions regions;

    RegionResource(Regions regions) {
        this.regions = regions;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "List regions", description = "All regions, or those of one level and/or one parent, by code.")
    public List<Region> list(
            @Parameter(description = "country, province, prefecture or county", example = "prefecture") @QueryParam("level") String level,
            @Parameter(description = "6-digit code of the parent", example = "360000") @QueryParam("parent") String parent) {
        if (level != null && !Regions.LEVELS.contains(level)) {
            throw ProblemException.badRequest("Parameter 'level' must be one of " + Regions.LEVELS + ", not '" + level + "'");
        }
        if (parent != null) {
            RegionCodes.requireWellFormed("parent", parent);
        }
        return regions.list(level, parent);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One region with its parent, ancestors and children")
    public RegionDetail get(@Parameter(description = "6-digit code", example = "360603") @PathParam("code") String code) {
        RegionCodes.requireWellFormed("code", code);
        return regions.detail(code)
                .orElseThrow(() -> ProblemException.notFound("No region has the code " + code));
    }
}
