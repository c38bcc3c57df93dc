package io.zhibiao.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.RequestTextFilter;
import io.zhibiao.system.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code GET /api/stream}: Server-Sent Events of the change log. A Vert.x route rather than a REST resource:
 * the answer never ends, so none of the read API's answer handling (ETag, kept answers, gzip) may touch it,
 * and it must not hold a worker thread while open.
 */
@ApplicationScoped
class StreamRoute {

    static final String PATH = "/api/stream";
    private static final Set<String> PARAMETERS = Set.of("indicator", "region", "descendants");

    @Inject
    StreamHub hub;
    @Inject
    ChangeFeed changes;
    @Inject
    Indicators indicators;
    @Inject
    Regions regions;
    @Inject
    StreamConfig config;

    /** After CORS and the HTTP edge, before the read API's kept answers ({@code ConditionalGetRoute}). */
    void install(@Observes Router router) {
        // A worker thread only while the stream is set up (checks and a replay read the database), not while it is open.
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).blockingHandler(this::open, false);
    }

    private void open(RoutingContext context) {
        HttpServerResponse response = context.response();
        StreamClient client;
        Long lastEventId;
        String staleCursor;
        try {
            rejectUnusableText(context);
            rejectUnknownParameters(context);
            client = new StreamClient(response, indicators(context.queryParam("indicator")),
                    regions(context.queryParam("region"), descendants(context.queryParam("descendants"))));
            String last = context.request().getHeader("Last-Event-ID");
            ChangeFeed.Position from = last == null || last.isEmpty() ? null
                    : changes.parse("Header 'Last-Event-ID'", last.strip());
            // A cursor of an earlier epoch: no replay (its ids name other changes now), a resync event instead.
            staleCursor = from != null && from.otherEpoch() ? last.strip() : null;
            lastEventId = from == null || from.otherEpoch() ? null : from.id();
            if (hub.clients() >= config.maxClients()) {
                throw new ProblemException(503, "Service Unavailable", "This instance has " + config.maxClients()
                        + " open streams, its limit (zhibiao.stream.max-clients); retry later or elsewhere")
                        .withHeader("Retry-After", "5");
            }
        } catch (ProblemException e) {
            e.headers().forEach(response::putHeader);
            Problems.send(response, e.status(), e.title(), e.getMessage(), PATH);
            return;
        }
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                // Never kept, never compressed into buffers, never held back by a proxy (nginx reads X-Accel-Buffering).
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                .putHeader("X-Accel-Buffering", "no");
        response.closeHandler(closed -> hub.leave(client));
        hub.join(client, lastEventId, staleCursor);
    }

    /** What the REST layer's filter refuses in every query: text PostgreSQL cannot compare. */
    private static void rejectUnusableText(RoutingContext context) {
        context.queryParams().forEach(RequestTextFilter::refuseUnusable);
    }

    private static void rejectUnknownParameters(RoutingContext context) {
        var unknown = new TreeSet<>(context.queryParams().names());
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("Unknown query parameter" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList())
                    + "; this operation takes indicator, region, descendants");
        }
    }

    /** Repeated and comma-separated codes, each one known; empty for all. */
    private Set<String> indicators(List<String> values) {
        Set<String> codes = codes(values);
        for (String code : codes) {
            indicators.find(code).orElseThrow(() -> ProblemException.badRequest(
                    "Parameter 'indicator': no indicator has the code '" + code + "' (see /api/indicators)"));
        }
        return codes;
    }

    /** The regions asked for; with {@code descendants} each with every region under it (a city and its districts). */
    private Set<String> regions(List<String> values, boolean descendants) {
        Set<String> codes = codes(values);
        for (String code : codes) {
            RegionCodes.requireWellFormed("region", code);
            regions.find(code).orElseThrow(() -> ProblemException.badRequest(
                    "Parameter 'region': no region has the code " + code));
        }
        if (!descendants) {
            return codes;
        }
        if (codes.isEmpty()) {
            throw ProblemException.badRequest("Parameter 'descendants' needs 'region'");
        }
        var all = new LinkedHashSet<String>();
        codes.forEach(code -> all.addAll(regions.subtree(code)));
        return Set.copyOf(all);
    }

    private static boolean descendants(List<String> values) {
        if (values.size() > 1) {
            throw ProblemException.badRequest("Parameter 'descendants' is given " + values.size() + " times; give it once");
        }
        return Inputs.flag("descendants", values.isEmpty() ? null : values.get(0), false);
    }

    private static Set<String> codes(List<String> values) {
        var codes = new LinkedHashSet<String>();
        for (String value : values) {
            for (String code : value.split(",", -1)) {
                if (code.isBlank()) {
                    throw ProblemException.badRequest("An empty code in '" + value + "': give codes separated by commas");
                }
                codes.add(code.strip());
            }
        }
        if (codes.size() > 100) {
            throw ProblemException.badRequest("At most 100 codes per parameter, not " + codes.size());
        }
        return Set.copyOf(codes);
    }
}
