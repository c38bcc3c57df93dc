package io.zhibiao.charts;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pre-rendered charts and charts on demand, as PNG. */
@Path("/api/charts")
public class ChartResource {

    static final int MIN_WIDTH = 200, MAX_WIDTH = 3000, MIN_HEIGHT = 150, MAX_HEIGHT = 2000, MAX_SCALE = 3;

    private final ChartStore store;
    private final ServedCharts served;
    private final OnDemandCharts onDemand;
    private final Indicators indicators;
    private final Regions regions;
    private final ChartsConfig config;

    ChartResource(ChartStore store, ServedCharts served, OnDemandCharts onDemand, Indicators indicators, Regions regions, ChartsConfig config) {
        this.store = store;
        this.served = served;
        this.onDemand = onDemand;
        this.indicators = indicators;
        this.regions = regions;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pre-rendered charts", description = "Optionally only those of one indicator, or showing one region.")
    public List<ChartSummary> list(
            @Parameter(description = "Indicator code", example = "loans.issued") @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code the chart shows", example = "360600") @QueryParam("region") String region) {
        if (region != null) {
            RegionCodes.requireWellFormed("region", region);
        }
        return store.list(indicator, region).stream()
                .map(e -> new ChartSummary(e.key(), e.title(), e.indicator(), Arrays.asList(e.regions()),
                        "/api/charts/" + e.key() + ".png", e.fileName() + ".png", e.etag(), e.renderedAt()))
                .toList();
    }

    @GET
    @Path("/render.png")
    @Produces({ PngResponses.IMAGE_PNG, "application/problem+json" })
    @Operation(summary = "Render a chart of one indicator and region on demand",
            description = "Actual values and targets over time. Sizes are in layout pixels; the PNG is width×scale by height×scale.")
    public Response render(
            @Parameter(description = "Indicator code", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code", required = true) @QueryParam("region") String region,
            @Parameter(description = "line or bar (default line)") @QueryParam("type") String type,
            @Parameter(description = "Width, 200..3000 (default 1200)") @QueryParam("width") String width,
            @Parameter(description = "Height, 150..2000 (default 675)") @QueryParam("height") String height,
            @Parameter(description = "Pixel density, 1..3 (default 1)") @QueryParam("scale") String scale,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (indicator == null || indicator.isBlank()) {
            throw ProblemException.badRequest("Parameter 'indicator' is required (see /api/indicators)");
        }
        RegionCodes.requireWellFormed("region", region);
        String chartType = type == null ? "line" : type;
        if (!chartType.equals("line") && !chartType.equals("bar")) {
            throw ProblemException.badRequest("Parameter 'type' must be line or bar, not '" + type + "'");
        }
        var request = new OnDemandCharts.Request(indicator, region, chartType,
                bounded("width", width, 1200, MIN_WIDTH, MAX_WIDTH), bounded("height", height, 675, MIN_HEIGHT, MAX_HEIGHT),
                bounded("scale", scale, 1, 1, MAX_SCALE));
        indicators.find(indicator).orElseThrow(
                () -> ProblemException.badRequest("Parameter 'indicator': no indicator has the code '" + indicator + "'"));
        regions.find(region).orElseThrow(() -> ProblemException.badRequest("Parameter 'region': no region has the code " + region));
        var rendered = onDemand.render(request);
        return PngResponses.png(rendered.png(), rendered.etag(), rendered.fileName(),
                "chart_" + indicator + "_" + region, config.maxAgeSeconds(), ifNoneMatch);
    }

    @GET
    @Path("/{file}")
    @Produces({ PngResponses.IMAGE_PNG, "application/problem+json" })
    @Operation(summary = "One pre-rendered chart as PNG", description = "With ETag (304 on If-None-Match), Cache-Control and a Chinese download name.")
    public Response png(@Parameter(description = "Chart key followed by .png") @PathParam("file") String file,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!file.endsWith(".png")) {
            throw ProblemException.notFound("Charts are served as {key}.png; '" + file + "' does not end in .png");
        }
        String key = file.substring(0, file.length() - ".png".length());
        var png = served.png(key).orElseThrow(() -> ProblemException.notFound("No chart has the key '" + key
                + "' (see /api/charts)"));
        return PngResponses.png(png.bytes(), png.etag(), png.fileName(), png.key(), config.maxAgeSeconds(), ifNoneMatch);
    }

    private static int bounded(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Parameter '" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + raw + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.badRequest("Parameter '" + name + "' must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }
}
