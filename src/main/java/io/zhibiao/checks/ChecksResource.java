package io.zhibiao.checks;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What the stored figures say against themselves. */
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
public class ChecksResource {

    static final int MAX_PAGE = 1_000_000;
    static final int MAX_PAGE_SIZE = 500;

    @Inject
    Checks checks;
    @Inject
    Regions regions;
    @Inject
    Indicators indicators;

    @GET
    @Operation(summary = "Findings of the checks",
            description = "What the stored figures say against each other: a stated growth rate against its levels "
                    + "(growth_mismatch), children or parts above their whole (parts_exceed_whole), reports of one fact "
                    + "that cannot both be true (conflicting_reports), a value 8 times off its neighbours (jump), an "
                    + "actual for a period not over when published (target_as_actual). Each names its observations and "
                    + "the evidence in words; newest periods first.")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "400", description = "A parameter is malformed: an unknown check, a region code that is not "
            + "6 digits, a page or size out of range")
    @APIResponse(responseCode = "404", description = "No such region or indicator")
    public Page<Finding> list(
            @Parameter(description = "6-digit region code: findings of it and of every region under it", example = "360000")
            @QueryParam("region") String region,
            @Parameter(description = "Indicator code", example = "gdp.yoy") @QueryParam("indicator") String indicator,
            @Parameter(description = "One check: growth_mismatch, parts_exceed_whole, conflicting_reports, jump or "
                    + "target_as_actual", example = "jump") @QueryParam("check") String check,
            @Parameter(description = "Page number from 0, at most " + MAX_PAGE, example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most " + MAX_PAGE_SIZE, example = "20") @QueryParam("size") String size) {
        int pageNumber = (int) Inputs.wholeNumber("page", page, 0, 0, MAX_PAGE);
        int pageSize = (int) Inputs.wholeNumber("size", size, 20, 1, MAX_PAGE_SIZE);
        Check only = Codes.optionalParameter("check", check, Check.class);
        var filter = new Checks.Filter(regions.subtreeOfParameter("region", region),
                indicators.knownParameter("indicator", indicator), only);
        return checks.page(filter, pageNumber, pageSize);
    }
}
