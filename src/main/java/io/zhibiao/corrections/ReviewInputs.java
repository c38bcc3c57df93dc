package io.zhibiao.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.extract.UnitNames;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads a review's body and checks it field by field before anything is written: every flaw answers 400 naming the
 * field. The body is read here rather than bound to a record so an unknown field is refused, not ignored.
 */
@ApplicationScoped
class ReviewInputs {

    /** Numbers as written in the body, never through a double (1792.61亿元 stays 179261000000). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    static final int MAX_NOTE_CHARS = 2000;
    private static final Set<String> FIELDS = Set.of("verdict", "changes", "note");
    /** What 'changes' may set, in the order they are applied. */
    static final List<String> CHANGES = List.of("indicator", "breakdown", "region", "periodStart", "periodEnd",
            "periodType", "kind", "value", "valueMax", "unit", "qualifier");
    /** A value no statistic reaches (10^18 base units): a slip of the keyboard, not a figure. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("1e18");

    /** A checked review: the verdict, the changes as sent (for the record), the note. */
    record Review(Verdict verdict, ObjectNode changes, String note) {
    }

    @Inject
    Regions regions;
    @Inject
    Indicators indicators;

    Review read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object {\"verdict\", \"changes\"?, \"note\"?}");
        }
        unknownFields(root, FIELDS, "");
        Verdict verdict = code("verdict", root.get("verdict"), Verdict.class, true);
        JsonNode changes = root.get("changes");
        if (changes != null && !changes.isNull() && !changes.isObject()) {
            throw ProblemException.badRequest("Field 'changes' must be an object of the attributes to set");
        }
        ObjectNode set = changes == null || changes.isNull() ? JSON.createObjectNode() : (ObjectNode) changes;
        unknownFields(set, Set.copyOf(CHANGES), "changes.");
        if (verdict == Verdict.CORRECT && set.isEmpty()) {
            throw ProblemException.badRequest("A verdict 'correct' needs 'changes': the attributes to set, e.g. "
                    + "{\"region\": \"360702\"}");
        }
        if (verdict != Verdict.CORRECT && !set.isEmpty()) {
            throw ProblemException.badRequest("A verdict '" + verdict.code() + "' takes no 'changes' (only 'correct' does)");
        }
        JsonNode note = root.get("note");
        String text = "";
        if (note != null && !note.isNull()) {
            if (!note.isTextual()) {
                throw ProblemException.badRequest("Field 'note' must be text");
            }
            text = note.asText().strip();
            if (text.length() > MAX_NOTE_CHARS) {
                throw ProblemException.badRequest("Field 'note' has " + text.length() + " characters; at most "
                        + MAX_NOTE_CHARS);
            }
            String flaw = Inputs.flaw(text, true);
            if (flaw != null) {
                throw ProblemException.badRequest("Field 'note' holds " + flaw);
            }
        }
        return new Review(verdict, set, text);
    }

    /** The figure with the changes applied, checked as a whole (a period that ends before it starts, a unit class). */
    Figure apply(Figure before, ObjectNode changes) {
        String indicator = changes.has("indicator") ? indicator(changes.get("indicator")) : before.indicator();
        String breakdown = changes.has("breakdown") ? breakdown(changes.get("breakdown"), indicator)
                : before.breakdown();
        String region = changes.has("region") ? region(changes.get("region")) : before.region();
        LocalDate start = changes.has("periodStart") ? date("periodStart", changes.get("periodStart")) : before.periodStart();
        LocalDate end = changes.has("periodEnd") ? date("periodEnd", changes.get("periodEnd")) : before.periodEnd();
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("The period would end (" + end + ") before it starts (" + start + ")");
        }
        String periodType = changes.has("periodType")
                ? code("changes.periodType", changes.get("periodType"), PeriodType.class, true).code() : before.periodType();
        String kind = changes.has("kind") ? code("changes.kind", changes.get("kind"), Kind.class, true).code() : before.kind();
        BigDecimal value = changes.has("value") ? number("value", changes.get("value"), false) : before.value();
        BigDecimal valueMax = changes.has("valueMax") ? number("valueMax", changes.get("valueMax"), true) : before.valueMax();
        if (valueMax != null && valueMax.compareTo(value) < 0) {
            throw ProblemException.badRequest("The range's upper bound " + valueMax.toPlainString()
                    + " would be below its value " + value.toPlainString());
        }
        String unit = before.unit();
        String unitClass = before.unitClass();
        if (changes.has("unit")) {
            JsonNode u = changes.get("unit");
            unit = u == null || !u.isTextual() ? null : u.asText().strip();
            String written = unit;
            unitClass = UnitNames.classOf(unit).map(UnitClass::code).orElseThrow(() -> ProblemException.badRequest(
                    "Field 'changes.unit': '" + written + "' is no unit the service knows (e.g. 亿元, 万人, 个, %, 公里)"));
        }
        String qualifier = changes.has("qualifier")
                ? code("changes.qualifier", changes.get("qualifier"), Qualifier.class, true).code() : before.qualifier();
        if (changes.has("indicator") || changes.has("unit")) {
            unitClassFits(indicator, unitClass, unit);
        }
        return new Figure(indicator, breakdown, region, start, end, periodType, kind, value, valueMax, unit, unitClass,
                qualifier);
    }

    /** A figure of money filed under a count (or the other way) would be no point of any series: refused. */
    private void unitClassFits(String indicator, String unitClass, String unit) {
        Indicator known = indicators.find(indicator).orElseThrow();
        if (!known.unitClass().code().equals(unitClass)) {
            throw ProblemException.badRequest("The indicator " + indicator + " counts in " + known.unitClass().code()
                    + ", but the figure's unit " + unit + " is " + unitClass + ": set 'unit' (and 'value') to match it");
        }
    }

    private String indicator(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw ProblemException.badRequest("Field 'changes.indicator' must be an indicator code of /api/indicators");
        }
        String code = node.asText().strip();
        return indicators.find(code).map(Indicator::code).orElseThrow(() -> ProblemException.badRequest(
                "Field 'changes.indicator': no indicator has the code '" + Inputs.line("indicator", code, 200) + "'"));
    }

    private static String breakdown(JsonNode node, String indicator) {
        if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
            return Breakdowns.NONE;
        }
        if (!node.isObject()) {
            throw ProblemException.badRequest("Field 'changes.breakdown' must be an object such as {\"product\": \"粗钢\"}, "
                    + "or null for the indicator's total");
        }
        List<String> dimensions = Breakdowns.dimensionsOf(indicator);
        Map<String, List<String>> items = Breakdowns.items();
        Map<String, String> breakdown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            var e = it.next();
            if (!dimensions.contains(e.getKey())) {
                throw ProblemException.badRequest("Field 'changes.breakdown': " + indicator + " is not split by '"
                        + e.getKey() + "'" + (dimensions.isEmpty() ? "" : " (it is by " + String.join(", ", dimensions) + ")"));
            }
            String item = e.getValue().asText();
            if (!e.getValue().isTextual() || !items.get(e.getKey()).contains(item)) {
                throw ProblemException.badRequest("Field 'changes.breakdown': '" + item + "' is no item of "
                        + e.getKey() + " (see /api/classifications)");
            }
            breakdown.put(e.getKey(), item);
        }
        return Breakdowns.key(breakdown);
    }

    private String region(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw ProblemException.badRequest("Field 'changes.region' must be a 6-digit region code");
        }
        String code = node.asText().strip();
        io.zhibiao.regions.RegionCodes.requireWellFormed("changes.region", code);
        return regions.find(code).map(r -> code).orElseThrow(
                () -> ProblemException.badRequest("Field 'changes.region': no region has the code " + code));
    }

    private static LocalDate date(String field, JsonNode node) {
        try {
            if (node != null && node.isTextual()) {
                return Inputs.inRange("Field 'changes." + field + "'", LocalDate.parse(node.asText()),
                        Inputs.FIRST_QUERY_DAY, Inputs.LAST_QUERY_DAY);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badRequest("Field 'changes." + field + "' must be a date YYYY-MM-DD");
    }

    private static BigDecimal number(String field, JsonNode node, boolean nullable) {
        if (node == null || node.isNull()) {
            if (nullable) {
                return null;
            }
        } else if (node.isNumber() && node.decimalValue().abs().compareTo(MAX_VALUE) < 0) {
            return node.decimalValue().stripTrailingZeros();
        }
        throw ProblemException.badRequest("Field 'changes." + field + "' must be a number in base units (yuan, persons, "
                + "percent …) below 10^18" + (nullable ? ", or null" : ""));
    }

    private static <E extends Enum<E>> E code(String field, JsonNode node, Class<E> type, boolean required) {
        String value = node == null || node.isNull() ? null : node.asText();
        if (node != null && !node.isNull() && !node.isTextual()) {
            value = "";
        }
        if (value == null && required) {
            throw ProblemException.badRequest("Field '" + field + "' is required: one of "
                    + String.join(", ", Codes.of(Arrays.asList(type.getEnumConstants()))));
        }
        String given = value;
        return Codes.find(type, value).orElseThrow(() -> ProblemException.badRequest("Field '" + field + "' must be one of "
                + String.join(", ", Codes.of(Arrays.asList(type.getEnumConstants()))) + ", not '"
                + Inputs.line(field, given, 100) + "'"));
    }

    private static void unknownFields(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ProblemException.badRequest("Unknown field '" + prefix + Inputs.line("field", name, 100)
                        + "'; known: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
