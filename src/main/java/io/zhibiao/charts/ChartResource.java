package io.zhibiao.charts;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.series.Selection;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Page;
import io.zhibiao.system.Problem;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.Limited;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Pre-rendered charts and charts on demand, as PNG, SVG and the CSV of their points. */
@Tag(name = "charts")
@Path("/api/charts")
public class ChartResource {

    static final int MIN_WIDTH = ChartRenderer.MIN_WIDTH, MAX_WIDTH = 3000, MIN_HEIGHT = ChartRenderer.MIN_HEIGHT,
            MAX_HEIGHT = 2000, MAX_SCALE = 3, MAX_PAGE_SIZE = 200, MAX_PAGE = 1_000_000;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final java.util.List<String> KINDS = java.util.List.of("series", "compare", "target-vs-actual", "level-growth",
            "ranking", "structure", "cumulative");
    private static final java.util.List<String> TYPES = java.util.List.of("line", "bar", "level-growth", "ranking", "structure",
            "cumulative");
    static final int MIN_YEAR = 1949, MAX_YEAR = 2100;

    @Inject
    ServedCharts served;
    @Inject
    ChartStore store;
    @Inject
    OnDemandCharts onDemand;
    @Inject
    Indicators indicators;
    @Inject
    Regions regions;
    @Inject
    ChartsConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pre-rendered charts, filtered and paged",
            description = "Each with its kind, indicator, region and period range, and the URLs of its PNG, SVG and CSV.")
    public Page<ChartSummary> list(
            @Parameter(description = "Indicator code", example = "loans.issued") @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code the chart shows (charted, or compared)", example = "360600") @QueryParam("region") String region,
            @Parameter(description = "series, compare, target-vs-actual, level-growth, ranking, structure or cumulative") @QueryParam("kind") String kind,
            @Parameter(description = "Only charts with data on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Only charts with data on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String pageParam,
            @Parameter(description = "Page size, at most " + MAX_PAGE_SIZE) @QueryParam("size") String sizeParam) {
        if (region != null) {
            RegionCodes.requireWellFormed("region", region);
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw ProblemException.badRequest("Parameter 'kind' must be one of " + String.join(", ", KINDS) + ", not '" + kind + "'");
        }
        int page = bounded("page", pageParam, 0, 0, MAX_PAGE);
        int size = bounded("size", sizeParam, 50, 1, MAX_PAGE_SIZE);
        var filter = new ChartStore.Filter(indicator, region, kind, date("from", from, false), date("to", to, true));
        long offset = (long) page * size;
        var items = store.list(filter, (int) Math.min(offset, Integer.MAX_VALUE), size).stream().map(ChartSummary::of).toList();
        return new Page<>(page, size, store.count(filter), items);
    }

    @GET
    @Path("/render.{format:png|svg|csv}")
    @Limited("render")
    @Produces({ ChartResponses.IMAGE_PNG, ChartResponses.IMAGE_SVG, ChartResponses.TEXT_CSV, PROBLEM_JSON })
    @Operation(summary = "Render a chart of one indicator and region on demand, as PNG, SVG or the CSV of its points",
            description = "Actual values and targets on a time axis. Sizes are layout pixels from " + MIN_WIDTH + "×" + MIN_HEIGHT
                    + " to " + MAX_WIDTH + "×" + MAX_HEIGHT + "; the PNG is width×scale by height×scale and at most "
                    + "zhibiao.charts.max-pixels (12,000,000) pixels. Renders share a bounded pool: when it is full the "
                    + "answer is 503 with Retry-After.")
    public Response render(
            @PathParam("format") String format,
            @Parameter(description = "Indicator code", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "6-digit region code", required = true) @QueryParam("region") String region,
            @Parameter(description = "line, bar, level-growth (bars for the level, a line for its growth), ranking (the "
                    + "region's children, sorted), structure (the shares of the indicator's parts, 100 % stacked per period) or "
                    + "cumulative (one year's 1-N月 totals with the cumulative growth line); default line") @QueryParam("type") String type,
            @Parameter(description = "cumulative: the year (default the latest with 1-N月 totals)", example = "2025") @QueryParam("year") String year,
            @Parameter(description = "ranking: the 6-digit code of the child region to highlight") @QueryParam("highlight") String highlight,
            @Parameter(description = "Width, " + MIN_WIDTH + ".." + MAX_WIDTH + " (default 1200)") @QueryParam("width") String width,
            @Parameter(description = "Height, " + MIN_HEIGHT + ".." + MAX_HEIGHT + " (default 675)") @QueryParam("height") String height,
            @Parameter(description = "Pixel density of the PNG, 1.." + MAX_SCALE + " (default 1)") @QueryParam("scale") String scale,
            @Parameter(description = "Any value: answer as an attachment (a download) rather than inline") @QueryParam("download") String download,
            @Parameter(description = Selection.AS_OF, example = "2026-01-31") @QueryParam("asOf") String asOf,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        if (indicator == null || indicator.isBlank()) {
            throw ProblemException.badRequest("Parameter 'indicator' is required (see /api/indicators)");
        }
        RegionCodes.requireWellFormed("region", region);
        String chartType = type == null ? "line" : type;
        if (!TYPES.contains(chartType)) {
            throw ProblemException.badRequest("Parameter 'type' must be one of " + String.join(", ", TYPES) + ", not '" + type + "'");
        }
        var request = new OnDemandCharts.Request(indicator, region, chartType,
                bounded("width", width, 1200, MIN_WIDTH, MAX_WIDTH), bounded("height", height, 675, MIN_HEIGHT, MAX_HEIGHT),
                bounded("scale", scale, 1, 1, MAX_SCALE), format, Selection.asOf(asOf), highlight,
                year == null ? null : bounded("year", year, 0, MIN_YEAR, MAX_YEAR));
        if (highlight != null) {
            RegionCodes.requireWellFormed("highlight", highlight);
        }
        long pixels = (long) request.width() * request.scale() * request.height() * request.scale();
        if (format.equals("png") && pixels > config.maxPixels()) {
            throw ProblemException.badRequest("The PNG would have " + pixels + " pixels (width×scale × height×scale); at most "
                    + config.maxPixels() + " are rendered: lower the size or the scale");
        }
        indicators.find(indicator).orElseThrow(
                () -> ProblemException.badRequest("Parameter 'indicator': no indicator has the code '" + indicator + "'"));
        regions.find(region).orElseThrow(() -> ProblemException.badRequest("Parameter 'region': no region has the code " + region));
        if (chartType.equals("level-growth") && BulletinLinks.growthOf(indicator).isEmpty()) {
            throw ProblemException.badRequest("Parameter 'indicator': '" + indicator + "' has no growth link in the catalog (no "
                    + indicator + ".yoy), which a level-growth chart needs");
        }
        if (chartType.equals("structure") && BulletinLinks.partsOf(indicator).isEmpty()) {
            throw ProblemException.badRequest("Parameter 'indicator': '" + indicator + "' has no parts in the catalog "
                    + BulletinLinks.wholeOf(indicator).map(w -> "(it is itself a part of " + w + ": ask for indicator=" + w + ")")
                            .orElse("(no indicators are part_of " + indicator + " and listed as adding up to it in "
                                    + "checks/partitions.tsv)")
                    + ", which a structure chart needs");
        }
        try {
            var rendered = onDemand.render(request);
            return ChartResponses.of(format, rendered.bytes(), rendered.etag(), rendered.fileName(),
                    "chart_" + indicator + "_" + region, config.maxAgeSeconds(), ifNoneMatch, download != null);
        } catch (RenderGate.Busy busy) {
            return busy(busy, uri);
        }
    }

    /** 503 with Retry-After: the render pool is full (or the render waited too long). */
    private static Response busy(RenderGate.Busy busy, UriInfo uri) {
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", busy.retryAfterSeconds)
                .entity(new Problem("https://zhibiao.io/problems/503", "Service Unavailable", 503, busy.getMessage(),
                        uri.getPath()))
                .build();
    }

    @GET
    @Path("/structures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The wholes a structure chart can be drawn of, each with its parts",
            description = "From the catalog's part_of where the parts add up to the whole (checks/partitions.tsv): "
                    + "/api/charts/render.png?type=structure&indicator={whole}&region=… draws their shares.")
    public java.util.List<StructureLink> structures() {
        return BulletinLinks.wholes().entrySet().stream().map(e -> new StructureLink(e.getKey(), e.getValue())).toList();
    }

    /** A whole and the parts that add up to it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A whole and the parts that add up to it")
    public record StructureLink(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "gdp") String whole,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "[\"value_added.primary\", \"value_added.secondary\", \"value_added.tertiary\"]") java.util.List<String> parts) {
    }

    @GET
    @Path("/{file}")
    @Produces({ ChartResponses.IMAGE_PNG, ChartResponses.IMAGE_SVG, ChartResponses.TEXT_CSV, PROBLEM_JSON })
    @Operation(summary = "One pre-rendered chart as PNG, SVG or the CSV of its points",
            description = "With ETag (304 on If-None-Match), Cache-Control and a Chinese download name with an ASCII fallback.")
    public Response file(@Parameter(description = "Chart key followed by .png, .svg or .csv") @PathParam("file") String file,
            @Parameter(description = "Any value: answer as an attachment (a download) rather than inline") @QueryParam("download") String download,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context UriInfo uri) {
        String format = ChartResponses.format(file);
        String key = file.substring(0, file.length() - format.length() - 1);
        ChartStore.Stored stored;
        try {
            stored = served.bytes(key, format).orElseThrow(() -> ProblemException.notFound("No chart has the key '" + key
                    + "' (see /api/charts)"));
        } catch (RenderGate.Busy busy) {
            return busy(busy, uri); // an SVG drawn on its first request (StoredSvgs)
        }
        return ChartResponses.of(format, stored.bytes(), stored.etag(), stored.fileName(), stored.key(),
                config.maxAgeSeconds(), ifNoneMatch, download != null);
    }

    private static LocalDate date(String name, String raw, boolean end) {
        return Inputs.day(name, raw, Inputs.DayForms.YEAR_MONTH_OR_DATE, end, Inputs.FIRST_QUERY_DAY, Inputs.LAST_QUERY_DAY);
    }

    /** ASCII digits only, as every other number (Integer.parseInt would also read ３２０). */
    private static int bounded(String name, String raw, int fallback, int min, int max) {
        return (int) Inputs.wholeNumber(name, raw, fallback, min, max);
    }
}
