package io.zhibiao.corrections;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jooq.Condition;

import io.zhibiao.regions.Regions;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Page;
import io.zhibiao.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The editors' reviews in force, to look through or to export as regression tests of the extractor. */
@Tag(name = "corrections")
@Path("/api/corrections")
public class CorrectionsResource {

    static final String TSV = "text/tab-separated-values";

    @Inject
    CorrectionRows corrections;
    @Inject
    Regions regions;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, TSV })
    @Operation(summary = "The current reviews of figures",
            description = "The latest review of each reviewed figure, oldest first: state active (applied), orphaned "
                    + "(a re-extraction no longer reads a figure at its place: a person should look again) or redundant "
                    + "(the extractor now reads what the editor said). format=tsv exports them in the shape of the "
                    + "extractor's sentence table (text, published, default_region, then value, region, period, "
                    + "period_type, kind, indicator as the editor set them), followed by the verdict and the attributes "
                    + "before, so a deployment can turn its editors' work into regression tests.")
    @APIResponse(responseCode = "200", description = "A page of reviews, or the TSV of all that match",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class, properties = @SchemaProperty(name = "items",
                    type = SchemaType.ARRAY, implementation = CorrectionView.class))),
                    @Content(mediaType = TSV) })
    @APIResponse(responseCode = "400", description = "An unknown state or format, a malformed region code, a page or size out of range")
    @APIResponse(responseCode = "404", description = "No such region")
    public Response list(
            @Parameter(description = "active, orphaned or redundant; all when absent", example = "orphaned")
            @QueryParam("state") String state,
            @Parameter(description = "6-digit region code: reviews of figures in it and every region under it",
                    example = "360000") @QueryParam("region") String region,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most " + ReviewsLimits.MAX_PAGE_SIZE, example = "20")
            @QueryParam("size") String size,
            @Parameter(description = "json (default) or tsv", example = "tsv") @QueryParam("format") String format) {
        int pageNumber = (int) Inputs.wholeNumber("page", page, 0, 0, ReviewsLimits.MAX_PAGE);
        int pageSize = (int) Inputs.wholeNumber("size", size, 20, 1, ReviewsLimits.MAX_PAGE_SIZE);
        CorrectionState only = Codes.optionalParameter("state", state, CorrectionState.class);
        Condition where = CorrectionRows.current();
        if (only != null) {
            where = where.and(CorrectionRows.state(only));
        }
        List<String> subtree = regions.subtreeOfParameter("region", region);
        if (subtree != null) {
            where = where.and(CorrectionRows.regions(subtree));
        }
        if (format == null || format.isEmpty() || "json".equals(format)) {
            long[] total = new long[1];
            var items = corrections.views(where, pageSize, (long) pageNumber * pageSize, total);
            return Response.ok(new Page<>(pageNumber, pageSize, total[0], items), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (!"tsv".equals(format)) {
            throw ProblemException.badRequest("Parameter 'format' must be json or tsv, not '"
                    + Inputs.line("format", format, 20) + "'");
        }
        String tsv = SentenceTable.of(corrections.views(where, ReviewsLimits.MAX_EXPORT, 0, null));
        return Response.ok(tsv, TSV + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"corrections.tsv\"").build();
    }
}
