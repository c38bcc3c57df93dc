package io.zhibiao.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The review page at /review (its file is review.html beside the chart page, with review.js and review.css). */
@Path("/review")
public class ReviewPageResource {

    private final byte[] page = read();

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true) // a page, like the chart page at /, not part of the API
    public byte[] page() {
        return page;
    }

    private static byte[] read() {
        try (InputStream in = ReviewPageResource.class.getResourceAsStream("/META-INF/resources/review.html")) {
            if (in == null) {
                throw new IllegalStateException("review.html is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
