package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a Chinese news text: text in, observations out, no framework types.
 *
 * <p>A first version: Arabic numbers with 万/亿 and the common units, the default place and the
 * publication year. It is deepened by the extraction issue.
 */
public final class Extractor {

    /** Recorded with every stored observation; stored documents are re-extracted when it changes. */
    public static final String VERSION = "0.1.0";

    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(万|亿)?(元|家|个|名|人次|人|项|件|%|公里|座)");

    public List<Observation> extract(String text, ExtractionContext context) {
        List<Observation> out = new ArrayList<>();
        int year = context.published().getYear();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            double scale = m.group(2) == null ? 1 : m.group(2).equals("万") ? 1e4 : 1e8;
            String unit = m.group(3);
            out.add(new Observation(Double.parseDouble(m.group(1)) * scale, null, unitClassOf(unit),
                    (m.group(2) == null ? "" : m.group(2)) + unit, Qualifier.EXACT.code(),
                    context.defaultRegion() == null ? "000000" : context.defaultRegion(),
                    LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), Kind.ACTUAL.code(),
                    "other", "", text.substring(Math.max(0, m.start() - 10), m.end()), m.start(), m.end()));
        }
        return out;
    }

    private static String unitClassOf(String unit) {
        return switch (unit) {
            case "元" -> UnitClass.MONEY_CNY.code();
            case "人", "名" -> UnitClass.PERSON.code();
            case "人次" -> UnitClass.PERSON_TIME.code();
            case "%" -> UnitClass.PERCENT.code();
            case "公里" -> UnitClass.LENGTH_KM.code();
            default -> UnitClass.COUNT.code();
        };
    }
}
