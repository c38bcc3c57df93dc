package io.zhibiao.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.Breakdowns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The classifications (breakdowns) the extractor reads, as files beside the catalog. */
@Tag(name = "indicators")
@Path("/api/classifications")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    @GET
    @Operation(summary = "The national classifications that split indicators, with their items",
            description = "Each dimension (product, sector, cpi_category …) with its items as the extractor reads them "
                    + "from indicators/classifications/*.tsv (or a mounted catalog). A figure about one item carries "
                    + "the breakdown {dimension: item}; the read endpoints take it as breakdown=dimension:item.")
    public List<Classification> list() {
        return Breakdowns.items().entrySet().stream().map(e -> new Classification(e.getKey(), e.getValue())).toList();
    }
}
