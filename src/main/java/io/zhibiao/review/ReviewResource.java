package io.zhibiao.review;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The figures a person should look at. */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final int MAX_PAGE = 100_000;
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    ReviewQueue queue;
    @Inject
    Regions regions;
    @Inject
    Indicators indicators;

    @GET
    @Operation(summary = "The review queue",
            description = "Figures a check names or the extractor doubts (confidence below 0.9), most urgent first: "
                    + "findings plus doubt, times visibility (the report series use, the newest period of its series, "
                    + "drawn in a pre-rendered chart). Each carries its sentence with the neighbouring ones, the "
                    + "document, the attributes with confidence and reasons, and the findings. A region takes every "
                    + "region under it, so a city's editor sees the city.")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    @APIResponse(responseCode = "400", description = "A region code that is not 6 digits, a page or size out of range")
    @APIResponse(responseCode = "404", description = "No such region or indicator")
    public Page<ReviewItem> list(
            @Parameter(description = "6-digit region code: it and every region under it", example = "360100")
            @QueryParam("region") String region,
            @Parameter(description = "Indicator code", example = "loans.issued") @QueryParam("indicator") String indicator,
            @Parameter(description = "Page number from 0, at most " + MAX_PAGE, example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most " + MAX_PAGE_SIZE, example = "20") @QueryParam("size") String size) {
        int pageNumber = (int) Inputs.wholeNumber("page", page, 0, 0, MAX_PAGE);
        int pageSize = (int) Inputs.wholeNumber("size", size, 20, 1, MAX_PAGE_SIZE);
        return queue.page(regions.subtreeOfParameter("region", region), indicators.knownParameter("indicator", indicator),
                pageNumber, pageSize);
    }
}
