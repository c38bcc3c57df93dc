package io.zhibiao.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.zhibiao.regions.RegionCodes;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks a posted article field by field and names the field that is wrong. */
@ApplicationScoped
class DocumentInputs {

    /** Longest headline kept; real ones are under 100 characters. */
    static final int MAX_TITLE_CHARS = 500;
    /** Longest outlet name kept. */
    static final int MAX_SOURCE_CHARS = 200;

    @Inject
    Regions regions;

    NewDocument check(DocumentInput in, long maxBytes) {
        if (in == null) {
            throw ProblemException.badRequest("The body is empty: send {title, source, published, text, region?, url?}");
        }
        String title = Inputs.line("title", required("title", in.title()), MAX_TITLE_CHARS);
        String source = Inputs.line("source", required("source", in.source()), MAX_SOURCE_CHARS);
        LocalDate published = published(required("published", in.published()));
        String text = required("text", in.text());
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ProblemException(413, "Payload Too Large",
                    "Field 'text' has " + bytes + " bytes; the limit is " + maxBytes + " bytes");
        }
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("Field 'text' holds NUL characters: it looks binary, not text");
        }
        String flaw = Inputs.flaw(text, true);
        if (flaw != null && flaw.startsWith("a lone surrogate")) {
            throw ProblemException.badRequest("Field 'text' holds " + flaw);
        }
        String region = in.region() == null || in.region().isBlank() ? null : in.region().strip();
        if (region != null) {
            RegionCodes.requireWellFormed("region", region);
            regions.find(region).orElseThrow(
                    () -> ProblemException.badRequest("Field 'region': no region has the code " + region));
        }
        return new NewDocument(title, source, published, text, region, url(in.url()));
    }

    private static String url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (url.length() <= 2048 && uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.badRequest("Field 'url' must be an absolute http or https URL of at most 2048 characters, not '"
                + (url.length() > 80 ? url.substring(0, 80) + "…" : url) + "'");
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("Field '" + field + "' is required and may not be blank");
        }
        return value.strip();
    }

    /** A publication date a newspaper can carry: from 1949-10-01 to a year from today (scheduled pages). */
    static LocalDate published(String what, String value) {
        return Inputs.date(what, value, Inputs.FIRST_PUBLISHED_DAY, LocalDate.now().plusYears(1));
    }

    private static LocalDate published(String value) {
        return published("Field 'published'", value);
    }
}
