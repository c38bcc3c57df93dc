package io.zhibiao.charts;

import java.util.List;
import java.util.Map;

/**
 * One chart family read from a YAML file in the specs folder.
 *
 * @param name      the file name without {@code .yaml}, stored with each chart
 * @param family    {@code series}, {@code compare}, {@code target-vs-actual}, {@code level-growth}, {@code ranking},
 *                  {@code structure} or {@code cumulative}
 * @param type      {@code line} or {@code bar}, or a bulletin chart's own type (the family's name)
 * @param key       template of the chart key; {@code {indicator}} and {@code {region}} are filled in
 * @param title     template of the title
 * @param fileName  template of the download file name (without {@code .png})
 * @param minPoints periods a series needs to get a chart
 * @param minRegions child regions a comparison needs in its latest period
 * @param excludeIndicators indicator codes never charted (e.g. {@code other}, which mixes units)
 */
record ChartSpec(String name, Family family, String type, String key, String title, String fileName, int minPoints,
        int minRegions, List<String> excludeIndicators, int width, int height) {

    enum Family {
        SERIES("series"), COMPARE("compare"), TARGET_VS_ACTUAL("target-vs-actual"), LEVEL_GROWTH("level-growth"),
        RANKING("ranking"), STRUCTURE("structure"), CUMULATIVE("cumulative");

        final String yamlName;

        Family(String yamlName) {
            this.yamlName = yamlName;
        }

        static Family of(String value, String file) {
            for (Family f : values()) {
                if (f.yamlName.equals(value)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(file + ": 'family' must be series, compare, target-vs-actual, level-growth, ranking, structure or cumulative, not '"
                    + value + "'");
        }
    }

    /** Fills {@code {name}} placeholders of a template; an unknown placeholder is a spec error. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in template '" + template + "'");
            }
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Unknown placeholder {" + name + "} in template '" + template
                        + "'; known: " + values.keySet());
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.toString();
    }
}
