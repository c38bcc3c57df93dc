package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages in several genres and provinces (src/test/resources/extract/pages) against their expected tables.
 *
 * <p>Each page {@code X.txt} has {@code X.jsonl}: one expected observation a line with n (number text), v (value),
 * u (unit class), q (qualifier), r (region code; alternatives joined by |), p (period: 2025, 2025-10,
 * 2025-01/2025-10, 2021/2025 or @2025-11-30 for an as-of date; alternatives joined by |), k (kind), i (indicator,
 * "-" for no check; alternatives joined by |) and optionally opt (borderline: counts neither way). index.csv gives each page's publication date
 * and default region.
 */
class PageTableTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();

    /** The bars every page must reach: recall and precision on values; agreement on matched items. */
    static final double MIN_RECALL = 0.9;
    static final double MIN_PRECISION = 0.9;
    static final double MIN_REGION = 0.9;
    static final double MIN_PERIOD = 0.9;
    static final double MIN_KIND = 0.9;
    static final double MIN_INDICATOR = 0.8;

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        String index = read("index.csv");
        for (String line : index.split("\n")) {
            if (line.isBlank() || line.startsWith("file,")) {
                continue;
            }
            String[] f = line.split(",", -1);
            out.add(Arguments.of(f[0].trim(), LocalDate.parse(f[1].trim()), f.length > 2 && !f[2].isBlank() ? f[2].trim() : null));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageAgreesWithItsTable(String page, LocalDate published, String defaultRegion) throws IOException {
        Score s = score(page, published, defaultRegion);
        System.out.println(s.summary());
        assertTrue(s.recall() >= MIN_RECALL, s::report);
        assertTrue(s.precision() >= MIN_PRECISION, s::report);
        assertTrue(s.region() >= MIN_REGION, s::report);
        assertTrue(s.period() >= MIN_PERIOD, s::report);
        assertTrue(s.kind() >= MIN_KIND, s::report);
        assertTrue(s.indicator() >= MIN_INDICATOR, s::report);
    }

    /** Agreement of one page. */
    record Score(String page, int gold, int system, int matched, int regionOk, int periodOk, int kindOk, int qualifierOk,
                 int indicatorOk, int indicatorChecked, List<String> problems) {
        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double precision() {
            return system == 0 ? 1 : (double) matched / system;
        }

        double region() {
            return matched == 0 ? 1 : (double) regionOk / matched;
        }

        double period() {
            return matched == 0 ? 1 : (double) periodOk / matched;
        }

        double kind() {
            return matched == 0 ? 1 : (double) kindOk / matched;
        }

        double qualifier() {
            return matched == 0 ? 1 : (double) qualifierOk / matched;
        }

        double indicator() {
            return indicatorChecked == 0 ? 1 : (double) indicatorOk / indicatorChecked;
        }

        String summary() {
            return String.format("%-28s recall=%.3f precision=%.3f region=%.3f period=%.3f kind=%.3f qualifier=%.3f "
                            + "indicator=%.3f (gold %d, system %d, matched %d)", page, recall(), precision(), region(),
                    period(), kind(), qualifier(), indicator(), gold, system, matched);
        }

        String report() {
            return summary() + "\n  " + String.join("\n  ", problems);
        }
    }

    static Score score(String page, LocalDate published, String defaultRegion) throws IOException {
        String text = read(page + ".txt");
        List<Map<String, Object>> gold = new ArrayList<>();
        for (String line : read(page + ".jsonl").split("\n")) {
            if (!line.isBlank()) {
                gold.add(parse(line));
            }
        }
        List<Observation> sys = new ArrayList<>(EXTRACTOR.extract(text, new ExtractionContext(published, defaultRegion)));
        Tally t = new Tally();
        boolean[] used = new boolean[sys.size()];
        for (Map<String, Object> g : gold) {
            boolean optional = Boolean.TRUE.equals(g.get("opt"));
            if (!optional) {
                t.gold++;
            }
            int best = bestMatch(text, g, sys, used);
            if (best < 0) {
                if (!optional) {
                    t.problems.add("MISSED " + g.get("n") + " " + g.get("v") + " " + g.get("u"));
                }
                continue;
            }
            used[best] = true;
            if (optional) {
                t.optionalMatched++;
            } else {
                t.check(g, sys.get(best));
            }
        }
        for (int k = 0; k < sys.size(); k++) {
            if (!used[k]) {
                Observation o = sys.get(k);
                t.problems.add("EXTRA " + text.substring(o.start(), o.end()) + " " + o.value() + " " + o.unitClass());
            }
        }
        return new Score(page, t.gold, sys.size() - t.optionalMatched, t.matched, t.regionOk, t.periodOk, t.kindOk,
                t.qualifierOk, t.indicatorOk, t.indicatorChecked, t.problems);
    }

    /** The unused system figure with the gold value and unit class, preferring one whose span holds the number text. */
    private static int bestMatch(String text, Map<String, Object> g, List<Observation> sys, boolean[] used) {
        String n = (String) g.get("n");
        double v = ((Number) g.get("v")).doubleValue();
        String u = (String) g.get("u");
        int best = -1;
        for (int k = 0; k < sys.size(); k++) {
            Observation o = sys.get(k);
            if (used[k] || !close(o.value(), v) || !o.unitClass().equals(u)) {
                continue;
            }
            if (best < 0 || text.substring(o.start(), o.end()).contains(n)) {
                best = k;
            }
        }
        return best;
    }

    /** The counts of one page's comparison as it goes. */
    private static final class Tally {
        int gold;
        int optionalMatched;
        int matched;
        int regionOk;
        int periodOk;
        int kindOk;
        int qualifierOk;
        int indicatorOk;
        int indicatorChecked;
        final List<String> problems = new ArrayList<>();

        /** Compares the attributes of a required gold line with the figure matched to it. */
        void check(Map<String, Object> g, Observation o) {
            matched++;
            String where = g.get("n") + ": ";
            regionOk += agree(anyOf((String) g.get("r"), o.regionCode()), where + "region " + o.regionCode()
                    + " expected " + g.get("r"));
            periodOk += agree(periodMatches((String) g.get("p"), o), where + "period " + o.periodStart() + ".."
                    + o.periodEnd() + " expected " + g.get("p"));
            kindOk += agree(g.get("k").equals(o.kind()), where + "kind " + o.kind() + " expected " + g.get("k"));
            qualifierOk += agree(g.get("q").equals(o.qualifier()), where + "qualifier " + o.qualifier() + " expected "
                    + g.get("q"));
            String ind = (String) g.get("i");
            if (ind != null && !ind.equals("-")) {
                indicatorChecked++;
                indicatorOk += agree(anyOf(ind, o.indicator()), where + "indicator " + o.indicator() + " expected " + ind);
            }
            assertNotNull(IndicatorCatalog.byCode(o.indicator()), o.indicator());
        }

        private int agree(boolean ok, String problem) {
            if (!ok) {
                problems.add(problem);
            }
            return ok ? 1 : 0;
        }
    }

    private static boolean anyOf(String alternatives, String actual) {
        for (String a : alternatives.split("\\|")) {
            if (a.equals(actual)) {
                return true;
            }
        }
        return false;
    }

    private static boolean periodMatches(String alternatives, Observation o) {
        for (String p : alternatives.split("\\|")) {
            if (p.startsWith("@")) {
                if (LocalDate.parse(p.substring(1)).equals(o.periodEnd())) {
                    return true;
                }
                continue;
            }
            String[] ab = p.split("/");
            LocalDate s = startOf(ab[0]);
            LocalDate e = endOf(ab.length > 1 ? ab[1] : ab[0]);
            if (s.equals(o.periodStart()) && e.equals(o.periodEnd())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate startOf(String p) {
        return p.length() == 4 ? LocalDate.of(Integer.parseInt(p), 1, 1) : LocalDate.parse(p + "-01");
    }

    private static LocalDate endOf(String p) {
        return p.length() == 4 ? LocalDate.of(Integer.parseInt(p), 12, 31)
                : java.time.YearMonth.parse(p).atEndOfMonth();
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 1e-9);
    }

    static String read(String name) throws IOException {
        try (InputStream in = PageTableTest.class.getResourceAsStream("/extract/pages/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A flat JSON object of strings, numbers and booleans. */
    static Map<String, Object> parse(String json) {
        Map<String, Object> m = new LinkedHashMap<>();
        int i = json.indexOf('{') + 1;
        while (true) {
            i = skip(json, i);
            if (json.charAt(i) == '}') {
                return m;
            }
            int ke = json.indexOf('"', i + 1);
            String key = json.substring(i + 1, ke);
            i = skip(json, json.indexOf(':', ke) + 1);
            Object val;
            if (json.charAt(i) == '"') {
                int ve = json.indexOf('"', i + 1);
                val = json.substring(i + 1, ve);
                i = ve + 1;
            } else {
                int ve = i;
                while (",}".indexOf(json.charAt(ve)) < 0) {
                    ve++;
                }
                String raw = json.substring(i, ve).trim();
                val = raw.equals("true") ? Boolean.TRUE : raw.equals("false") ? Boolean.FALSE : Double.valueOf(raw);
                i = ve;
            }
            m.put(key, val);
            i = skip(json, i);
            if (json.charAt(i) == ',') {
                i++;
            }
        }
    }

    private static int skip(String s, int i) {
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
