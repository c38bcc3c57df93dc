package io.zhibiao.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.CsvWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The indicator catalog over HTTP. */
@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final Indicators indicators;

    IndicatorResource(Indicators indicators) {
        this.indicators = indicators;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV })
    @Operation(summary = "The indicator catalog", description = "Every indicator with its unit class and whether it may be summed across regions.")
    public List<Indicator> list() {
        return indicators.list();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One indicator")
    public Indicator get(@PathParam("code") String code) {
        return indicators.find(code).orElseThrow(() -> ProblemException.notFound("No indicator has the code '" + code + "'"));
    }
}
