package io.zhibiao.regions;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.Codes;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The gazetteer over HTTP. */
@Tag(name = "regions")
@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    static final int MAX_MATCHES = 100;

    @Inject
    Regions regions;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "List or search regions",
            description = "All regions, or those of one level, under one parent, or matching a name, by code. 'parent' "
                    + "with 'level' gives every region of that level under the parent (as /api/latest and /api/aggregate "
                    + "read it: counties under a province include those under its prefectures); 'parent' alone gives "
                    + "its children. 'q' matches full or short names (exact matches first), at most " + MAX_MATCHES + ".")
    public List<Region> list(
            @Parameter(description = "country, province, prefecture or county", example = "prefecture",
                    schema = @Schema(implementation = Level.class))
            @QueryParam("level") String level,
            @Parameter(description = "6-digit code of an ancestor (with level) or of the parent (without)", example = "360000")
            @QueryParam("parent") String parent,
            @Parameter(description = "Part of a full or short name", example = "武侯") @QueryParam("q") String q) {
        Level lvl = Codes.optionalParameter("level", level, Level.class);
        if (parent != null) {
            RegionCodes.requireWellFormed("parent", parent);
        }
        if (q != null && (q.isBlank() || q.length() > 50)) {
            throw ProblemException.badRequest("Parameter 'q' must be 1 to 50 characters of a region name");
        }
        if (parent != null && regions.find(parent).isEmpty()) {
            throw ProblemException.badRequest("Parameter 'parent': no region has the code " + parent);
        }
        return regions.list(lvl, parent, q == null ? null : q.strip(), q == null ? Integer.MAX_VALUE : MAX_MATCHES);
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
