package io.zhibiao.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every operation under /api what a client generator needs, in one place rather than on each
 * resource: an operationId from its method and path ({@code getSeries}, {@code getDocumentsByIdText}),
 * "other" for an operation whose resource names no feature tag (each resource has its {@code @Tag}), enums for the
 * parameters that take a fixed set of words, the problem schema on every
 * error answer (and a 400, since unknown parameters answer it everywhere), and CSV as text.
 */
public class OpenApiShape implements OASFilter {

    private static final String PROBLEM = "Problem";
    /** Parameters that take a fixed set of words but no enum type (typed ones get their schema from the type). */
    private static final Map<String, List<String>> ENUMS = Map.of(
            "format", List.of("json", "csv"),
            "descendants", List.of("true", "false"));
    /** An enum constant's name as SmallRye writes it for an enum without {@code @JsonValue}. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiShape::enumsAsCodes);
        }
        openAPI.setTags(List.of(
                tag("series", "Series, roll-ups, latest values, rankings and provenance of stored figures"),
                tag("regions", "The gazetteer"), tag("indicators", "The indicator catalog"),
                tag("ingest", "Articles in: extraction, storage, re-extraction"), tag("charts", "Pre-rendered and on-demand charts"),
                tag("feed", "What changed: the change log and its live stream")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> shape(path, method, operation, openAPI.getComponents()));
            }
        });
    }

    private static void shape(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        List<String> segments = List.of(path.substring("/api/".length()).split("/"));
        if (operation.getOperationId() == null) {
            operation.setOperationId(operationId(method, segments));
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.setTags(List.of("other")); // every resource names its feature with @Tag
        }
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                inlineEnum(p, components);
                List<String> values = ENUMS.get(p.getName());
                if (values != null && p.getIn() == Parameter.In.QUERY) {
                    Schema schema = p.getSchema() == null ? OASFactory.createSchema() : p.getSchema();
                    if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
                        schema.setType(List.of(Schema.SchemaType.STRING));
                        schema.setEnumeration(List.copyOf(values));
                    }
                    p.setSchema(schema);
                }
            }
        }
        if (operation.getResponses() == null) {
            return;
        }
        if (operation.getResponses().getAPIResponse("400") == null) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("A parameter is missing, malformed or unknown (problem+json naming it)"));
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.length() == 3 && (code.startsWith("4") || code.startsWith("5"))) {
                problem(response);
            } else if (code.equals("200")) {
                csvAsText(response);
            }
        });
    }

    /**
     * The extraction contract's enums have no {@code @JsonValue} (extract stays free of Jackson; their codes are mixed in,
     * see {@link io.zhibiao.system.http.ContractCodes}), so SmallRye lists their constants' names: written here as the
     * codes they travel as, by the rule of {@link Codes}.
     */
    private static void enumsAsCodes(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String text && CONSTANT.matcher(text).matches())) {
            schema.setEnumeration(values.stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** A parameter typed by an enum refers to its schema; it lists the codes itself, as a client generator reads best. */
    private static void inlineEnum(Parameter p, Components components) {
        Schema schema = p.getSchema();
        if (schema == null || schema.getRef() == null || components.getSchemas() == null) {
            return;
        }
        Schema type = components.getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        if (type != null && type.getEnumeration() != null) {
            p.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(type.getEnumeration()));
        }
    }

    private static org.eclipse.microprofile.openapi.models.tags.Tag tag(String name, String description) {
        return OASFactory.createTag().name(name).description(description);
    }

    /** {@code GET /api/documents/{id}/text} → {@code getDocumentsByIdText}. */
    static String operationId(PathItem.HttpMethod method, List<String> segments) {
        var id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : segments) {
            if (segment.startsWith("{")) {
                id.append("By").append(capitalized(segment.substring(1, segment.length() - 1)));
            } else {
                for (String word : segment.split("[^A-Za-z0-9]+")) {
                    id.append(capitalized(word));
                }
            }
        }
        return id.toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void problem(APIResponse response) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        response.setContent(OASFactory.createContent().addMediaType("application/problem+json", problem));
    }

    private static void csvAsText(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaType("text/csv") == null) {
            return;
        }
        content.addMediaType("text/csv", OASFactory.createMediaType().schema(OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("RFC 4180 CSV in UTF-8 with a byte-order mark: a header row naming the columns (value "
                        + "columns name their base unit, e.g. 'value (元)'), then one row per item")));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail, the body of every error answer")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("URI naming the problem type"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What exactly was wrong with this request, naming the parameter"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path"));
    }
}
