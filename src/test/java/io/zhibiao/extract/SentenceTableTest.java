package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our own sentences in many provinces and genres ({@code src/test/resources/extract/sentences.tsv}), one expected figure
 * a row with every attribute: the extractor must agree on each attribute for nearly every row. The rows that disagree
 * are listed in {@code target/sentence-table.txt}.
 */
class SentenceTableTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();

    /** The bars: the share of rows whose figure is found, and of found figures whose attribute agrees. */
    static final double MIN_FOUND = 0.97;
    static final double MIN_REGION = 0.93;
    static final double MIN_PERIOD = 0.90;
    static final double MIN_PERIOD_TYPE = 0.90;
    static final double MIN_KIND = 0.95;
    static final double MIN_INDICATOR = 0.85;

    /**
     * Sections whose every row must agree on every attribute: rules settled for good (18: counts of projects named by
     * what is counted; 19: breakdowns and named indicators of bulletins; 21: headings of targets, a release's lead
     * period, progress reports and spans between named years; 22: investment by field, quarters after 分季度看, contribution to
     * industry's growth, 全部工业增加值; 24: producer prices, transport by mode, port throughput), not bars a share of rows may miss.
     */
    static final Set<Integer> EXACT_SECTIONS = Set.of(18, 19, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43, 44);

    record Row(int line, int section, String text, LocalDate published, String defaultRegion, double value, String region,
               String period, String periodType, String kind, String indicator) {
    }

    private static final Pattern SECTION = Pattern.compile("# (\\d+)\\. .*");
    private static final List<String> EXACT_MISSES = new ArrayList<>();

    private static final List<Row> ROWS = new ArrayList<>();
    private static final Map<String, int[]> TALLY = new HashMap<>();
    private static final StringBuilder REPORT = new StringBuilder();

    @BeforeAll
    static void scoreEveryRow() throws IOException {
        try (InputStream in = SentenceTableTest.class.getResourceAsStream("/extract/sentences.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            int section = 0;
            for (int n = 1; n < lines.length; n++) {
                String l = lines[n];
                Matcher heading = SECTION.matcher(l);
                if (heading.matches()) {
                    section = Integer.parseInt(heading.group(1));
                }
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                ROWS.add(new Row(n + 1, section, f[0].replace("\\n", "\n"), LocalDate.parse(f[1]), dash(f[2]),
                        Double.parseDouble(f[3]), f[4], f[5], f[6], f[7], f[8]));
            }
        }
        Map<String, List<Observation>> cache = new HashMap<>();
        for (Row r : ROWS) {
            List<Observation> obs = cache.computeIfAbsent(r.text() + "|" + r.published() + "|" + r.defaultRegion(),
                    k -> EXTRACTOR.extract(r.text(), new ExtractionContext(r.published(), r.defaultRegion())));
            Observation o = obs.stream().filter(x -> close(x.value(), r.value())).findFirst().orElse(null);
            count("found", o != null, r, o, "no figure " + r.value());
            if (o == null) {
                continue;
            }
            count("region", r.region().equals(o.regionCode()), r, o, "region " + o.regionCode() + " != " + r.region());
            if (!"-".equals(r.period())) {
                count("period", periodAgrees(r.period(), o), r, o,
                        "period " + o.periodStart() + ".." + o.periodEnd() + " != " + r.period());
            }
            if (!"-".equals(r.periodType())) {
                count("periodType", r.periodType().equals(o.periodType()), r, o,
                        "period type " + o.periodType() + " != " + r.periodType());
            }
            count("kind", r.kind().equals(o.kind()), r, o, "kind " + o.kind() + " != " + r.kind());
            if (!"-".equals(r.indicator())) {
                count("indicator", indicatorAgrees(r.indicator(), o), r, o,
                        "indicator " + o.indicator() + breakdownOf(o) + " != " + r.indicator());
            }
        }
        StringBuilder head = new StringBuilder();
        for (String k : List.of("found", "region", "period", "periodType", "kind", "indicator")) {
            head.append(String.format("%s=%.3f ", k, share(k)));
        }
        REPORT.insert(0, head + "(" + ROWS.size() + " rows)\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/sentence-table.txt"), REPORT.toString(), StandardCharsets.UTF_8);
        System.out.println("Sentence table: " + head);
    }

    @Test
    void hasRowsFromManyPlaces() {
        assertTrue(ROWS.size() >= 250, "rows: " + ROWS.size());
        long provinces = ROWS.stream().map(r -> r.region().substring(0, 2)).distinct().count();
        assertTrue(provinces >= 20, "provinces: " + provinces);
    }

    @Test
    void findsNearlyEveryFigure() {
        assertTrue(share("found") >= MIN_FOUND, REPORT::toString);
    }

    @Test
    void placesNearlyEveryFigure() {
        assertTrue(share("region") >= MIN_REGION, REPORT::toString);
    }

    @Test
    void datesNearlyEveryFigure() {
        assertTrue(share("period") >= MIN_PERIOD, REPORT::toString);
        assertTrue(share("periodType") >= MIN_PERIOD_TYPE, REPORT::toString);
    }

    @Test
    void tellsPlansFromActualsForNearlyEveryFigure() {
        assertTrue(share("kind") >= MIN_KIND, REPORT::toString);
    }

    @Test
    void namesTheIndicatorOfNearlyEveryFigure() {
        assertTrue(share("indicator") >= MIN_INDICATOR, REPORT::toString);
    }

    @Test
    void agreesOnEveryAttributeOfTheExactSections() {
        assertTrue(EXACT_MISSES.isEmpty(), () -> String.join("\n", EXACT_MISSES));
    }

    private static void count(String what, boolean ok, Row r, Observation o, String why) {
        int[] t = TALLY.computeIfAbsent(what, k -> new int[2]);
        t[1]++;
        if (ok) {
            t[0]++;
        } else {
            if (EXACT_SECTIONS.contains(r.section())) {
                EXACT_MISSES.add("line " + r.line() + ": " + why + " — " + r.text());
            }
            String quote = o == null ? "" : " «" + o.quote() + "»";
            REPORT.append("line ").append(r.line()).append(": ").append(why).append(" — ")
                    .append(r.text().length() > 80 ? r.text().substring(0, 80) + "…" : r.text()).append(quote.length() > 0 ? "" : "")
                    .append('\n');
        }
    }

    private static double share(String what) {
        int[] t = TALLY.get(what);
        return t == null || t[1] == 0 ? 1.0 : (double) t[0] / t[1];
    }

    /** code, or code{dimension=item;…} (the breakdown's key) when the row says which item the figure is about. */
    private static boolean indicatorAgrees(String expected, Observation o) {
        int brace = expected.indexOf('{');
        if (brace < 0) {
            return expected.equals(o.indicator());
        }
        return expected.substring(0, brace).equals(o.indicator())
                && expected.substring(brace + 1, expected.length() - 1).equals(Breakdowns.key(o.breakdown()));
    }

    private static String breakdownOf(Observation o) {
        return o.breakdown() == null ? "" : "{" + Breakdowns.key(o.breakdown()) + "}";
    }

    private static boolean periodAgrees(String p, Observation o) {
        if (p.startsWith("@")) {
            return LocalDate.parse(p.substring(1)).equals(o.periodEnd());
        }
        String[] ab = p.split("/");
        return start(ab[0]).equals(o.periodStart()) && end(ab[ab.length - 1]).equals(o.periodEnd());
    }

    private static LocalDate start(String p) {
        return p.length() == 4 ? LocalDate.of(Integer.parseInt(p), 1, 1) : LocalDate.parse(p + "-01");
    }

    private static LocalDate end(String p) {
        return p.length() == 4 ? LocalDate.of(Integer.parseInt(p), 12, 31) : YearMonth.parse(p).atEndOfMonth();
    }

    private static String dash(String s) {
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
    }
}
