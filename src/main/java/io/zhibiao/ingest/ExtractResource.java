package io.zhibiao.ingest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.extract.ExtractionContext;
import io.zhibiao.extract.Extractor;
import io.zhibiao.extract.Observation;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.Limited;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Extraction without storage: text in, observations out. */
@Tag(name = "ingest")
@Path("/api/extract")
public class ExtractResource {

    /** The answer of {@code POST /api/extract}. */
    public record ExtractResponse(String extractorVersion, List<Observation> observations) {
    }

    @Inject
    Extractor extractor;
    @Inject
    Regions regions;
    @Inject
    @ConfigProperty(name = "zhibiao.extract.max-bytes")
    long maxBytes;

    @POST
    @Limited("extract")
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the figures of a text without storing anything",
            description = "Body: the article as UTF-8 text (at most zhibiao.extract.max-bytes, 1 MiB by default; 413 above).")
    public ExtractResponse extract(byte[] body,
            @Parameter(description = "Publication date, YYYY-MM-DD, from 1949-10-01 to a year from today; relative dates (今年, 近日) are read against it. Default: today.",
                    example = "2026-01-08") @QueryParam("published") String published,
            @Parameter(description = "6-digit code of the place to assume where the text names none", example = "360000")
            @QueryParam("region") String region) {
        LocalDate date = parseDate(published);
        if (region != null) {
            RegionCodes.requireWellFormed("region", region);
            regions.find(region).orElseThrow(() -> ProblemException.badRequest("Parameter 'region': no region has the code " + region));
        }
        String text = TextBodies.decode(body, maxBytes);
        return new ExtractResponse(extractor.version(), extractor.extract(text, new ExtractionContext(date, region)));
    }

    static LocalDate parseDate(String published) {
        if (published == null || published.isBlank()) {
            return LocalDate.now();
        }
        return DocumentInputs.published("Parameter 'published'", published);
    }
}
