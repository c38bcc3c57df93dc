package io.zhibiao.ingest;

import java.net.URI;
import java.time.LocalDate;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.regions.RegionCodes;
import io.zhibiao.system.CurrentCaller;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Page;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.RequiresToken;
import io.zhibiao.system.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Articles in and out: store (idempotent), list, read with observations, delete. */
@Tag(name = "ingest")
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any real archive (100 million documents at the largest page size); keeps offsets in range. */
    static final int MAX_PAGE = 1_000_000;
    /** A publication filter takes any real day: it narrows a list, it stores nothing. */
    private static final LocalDate ANY_DAY_FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate ANY_DAY_LAST = LocalDate.of(9999, 12, 31);

    @Inject
    Ingest ingest;
    @Inject
    Documents documents;
    @Inject
    Trash trash;
    @Inject
    DocumentList list;
    @Inject
    DocumentInputs inputs;
    @Inject
    CurrentCaller caller;
    @Inject
    @ConfigProperty(name = "zhibiao.documents.max-bytes")
    long maxBytes;

    @POST
    @RequiresToken
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store an article and its observations",
            description = "One transaction per document. 201 when new; 200 with the stored document when the same text was posted before.")
    public Response create(DocumentInput input) {
        return answer(ingest.store(inputs.check(input, maxBytes)));
    }

    @POST
    @RequiresToken
    @Consumes(MediaType.TEXT_PLAIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Store an article sent as plain text, its metadata as query parameters")
    public Response createFromText(byte[] body,
            @Parameter(description = "Headline", required = true) @QueryParam("title") String title,
            @Parameter(description = "Outlet or publisher", required = true) @QueryParam("source") String source,
            @Parameter(description = "Publication date YYYY-MM-DD, from 1949-10-01 to a year from today", required = true, example = "2026-01-08") @QueryParam("published") String published,
            @Parameter(description = "Default region code", example = "360111") @QueryParam("region") String region,
            @Parameter(description = "Where the article was published (http or https)") @QueryParam("url") String url) {
        String text = TextBodies.decode(body, maxBytes);
        return answer(ingest.store(inputs.check(new DocumentInput(title, source, published, text, region, url), maxBytes)));
    }

    @GET
    @Operation(summary = "Stored documents, newest publication first",
            description = "Filters combine: an outlet, a publication date range, and a region (documents with a "
                    + "figure about it or a region under it, or with it as their default region).")
    public Page<DocumentView> list(
            @Parameter(description = "Page number from 0, at most " + MAX_PAGE, example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most " + MAX_PAGE_SIZE, example = "20") @QueryParam("size") String size,
            @Parameter(description = "Only this outlet (exact)", example = "江西日报") @QueryParam("source") String source,
            @Parameter(description = "Published on or after, YYYY-MM-DD", example = "2026-01-01") @QueryParam("publishedFrom") String from,
            @Parameter(description = "Published on or before, YYYY-MM-DD", example = "2026-01-31") @QueryParam("publishedTo") String to,
            @Parameter(description = "6-digit code: documents about this region or a region under it", example = "360000")
            @QueryParam("region") String region,
            @Parameter(description = "true: the documents in the trash (deleted, not yet purged) instead of those that count")
            @QueryParam("trashed") String trashed) {
        int pageNumber = (int) Inputs.wholeNumber("page", page, 0, 0, MAX_PAGE);
        int pageSize = (int) Inputs.wholeNumber("size", size, 20, 1, MAX_PAGE_SIZE);
        if (region != null && !region.isBlank()) {
            RegionCodes.requireWellFormed("region", region);
        }
        LocalDate fromDay = Inputs.optionalDate("publishedFrom", blankToNull(from), ANY_DAY_FIRST, ANY_DAY_LAST);
        LocalDate toDay = Inputs.optionalDate("publishedTo", blankToNull(to), ANY_DAY_FIRST, ANY_DAY_LAST);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.badRequest("Parameter 'publishedTo' (" + to + ") is before 'publishedFrom' (" + from + ")");
        }
        return list.page(pageNumber, pageSize, new Documents.Filter(blankToNull(source), fromDay, toDay, blankToNull(region),
                Inputs.flag("trashed", trashed, false)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its observations")
    public DocumentView get(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        return documents.get(id(id)).orElseThrow(() -> ProblemException.notFound("No document has the id " + id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The text of a document, as stored",
            description = "Observations' start and end are offsets into this text in UTF-16 code units (JavaScript "
                    + "string indices): text.substring(start, end) is the figure.")
    public String text(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        return documents.text(id(id)).orElseThrow(() -> ProblemException.notFound("No document has the id " + id));
    }

    @DELETE
    @Path("/{id}")
    @RequiresToken
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move a document to the trash, or purge it for good",
            description = "Without 'purge': the document goes to the trash (zhibiao.trash.retention, 30 days, then it "
                    + "is purged): every answer leaves it at once, as-of answers for earlier days still see it, and POST "
                    + "/api/documents/{id}/restore brings it back with its observations and their ids. A document "
                    + "already in the trash stays as it is. With purge=true (admin): removed for good with its "
                    + "observations, in the trash or not.")
    @APIResponse(responseCode = "204", description = "In the trash (or purged)")
    @APIResponse(responseCode = "403", description = "purge=true without the admin role")
    @APIResponse(responseCode = "404", description = "No document has the id (never stored, or purged)")
    public Response delete(@Parameter(description = "Document id", example = "1") @PathParam("id") String id,
            @Parameter(description = "true: remove it for good (needs the admin role)") @QueryParam("purge") String purge) {
        long documentId = id(id);
        boolean purging = Inputs.flag("purge", purge, false);
        if (purging && !caller.get().mayDo(Role.ADMIN)) {
            throw new ProblemException(403, "Forbidden", "Purging (DELETE ...?purge=true) cannot be undone and needs the "
                    + "role admin; the token's roles are " + String.join(", ", caller.get().roles().stream()
                            .map(Role::code).sorted().toList()) + " (without 'purge' the document goes to the trash)");
        }
        boolean gone = purging
                ? trash.purge(documentId)
                : trash.trash(documentId) != Trash.Outcome.NOT_FOUND;
        if (!gone) {
            throw ProblemException.notFound("No document has the id " + id + " (never stored, or purged)");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/restore")
    @RequiresToken
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Bring a document back from the trash",
            description = "With its observations and their ids, as before the deletion: every answer shows it again. "
                    + "A document that is not in the trash is answered as it is.")
    @APIResponse(responseCode = "200", description = "The document, counting again")
    @APIResponse(responseCode = "404", description = "No document has the id (never stored, or purged)")
    public DocumentView restore(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        long documentId = id(id);
        trash.restore(documentId)
                .orElseThrow(() -> ProblemException.notFound("No document has the id " + id + " (never stored, or purged: "
                        + "a purged document cannot be restored)"));
        return documents.get(documentId).orElseThrow();
    }

    private static long id(String id) {
        return Inputs.id("id", id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Response answer(IngestResult result) {
        DocumentView view = DocumentView.of(result.document(), result.observationCount(), null);
        return Response.status(result.created() ? 201 : 200)
                .location(URI.create("/api/documents/" + view.id()))
                .entity(view).build();
    }
}
