package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.series.Fixtures;
import jakarta.inject.Inject;

/**
 * Pre-rendering a city's bulletin: 30 counties of 重庆市, 50 indicators each (five years of each level, the growth
 * stated for those with a growth code, GDP and retail sales with their parts, 1-N月 totals of 2025 for ten), stored one
 * county bulletin at a time as ingest stores them; timed from the first store until every chart is rendered. Run by
 * bench/charts/prerender-bench.sh, skipped otherwise.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PrerenderBenchmark {

    static final String CITY = "500000";
    /** The levels: the parts and wholes of the structure charts first, then catalog levels up to 40 in all. */
    static final List<String> FIRST = List.of("gdp", "value_added.primary", "value_added.secondary", "value_added.tertiary",
            "retail_sales", "retail_sales.urban", "retail_sales.rural", "investment.fixed_assets", "fiscal.revenue",
            "industry.value_added");

    @Inject
    DSLContext dsl;
    @Inject
    Prerenderer prerenderer;

    @Test
    void preRendersACityOfThirtyCountiesAndFiftyIndicators() throws InterruptedException {
        assertTrue(prerenderer.awaitIdle(Duration.ofMinutes(5)), "the start-up pass is done");
        List<String> counties = dsl.resultQuery("SELECT code FROM region WHERE parent_code = ? AND level = 'county' ORDER BY code "
                + "LIMIT 30", CITY).fetch(0, String.class);
        List<String> levels = levels();
        List<String> growth = levels.stream().filter(l -> BulletinLinks.growthOf(l).isPresent()).limit(50 - levels.size())
                .map(l -> BulletinLinks.growthOf(l).orElseThrow()).toList();
        long charts0 = dsl.fetchCount(dsl.selectOne().from("chart"));
        Fixtures data = Fixtures.here();
        long start = System.nanoTime();
        long cpu0 = processCpuNanos();
        String load0 = loadAverage();
        for (int c = 0; c < counties.size(); c++) {
            String county = counties.get(c);
            double size = 1 + c * 0.07;
            List<Fixtures.Figure> bulletin = new ArrayList<>();
            data.announcedDocument("基准测试统计公报 " + county, "基准测试", LocalDate.of(2026, 3, 1), county, doc -> {
                for (int i = 0; i < levels.size(); i++) {
                    String code = levels.get(i);
                    for (int year = 2021; year <= 2025; year++) {
                        double v = size * (1000 + 37 * i) * 1e6 * (1 + 0.06 * (year - 2021));
                        year(bulletin, code, county, year, v, IndicatorCatalog.byCode(code).unitClass());
                    }
                    if (i < 10) {
                        for (int month = 2; month <= 9; month++) {
                            ytd(bulletin, code, county, month, size * (1000 + 37 * i) * 1e6 * month / 12);
                        }
                    }
                }
                for (String code : growth) {
                    for (int year = 2022; year <= 2025; year++) {
                        year(bulletin, code, county, year, 4 + (year % 3) * 0.7, "percent");
                    }
                    if (FIRST.contains(BulletinLinks.levelOf(code).orElseThrow())) {
                        for (int month = 2; month <= 9; month++) {
                            ytd(bulletin, code, county, month, 5.5 - month * 0.1);
                        }
                    }
                }
                data.observations(doc, bulletin);
            });
        }
        long stored = System.nanoTime();
        assertTrue(prerenderer.awaitIdle(Duration.ofMinutes(30)));
        long done = System.nanoTime();
        long cpu = processCpuNanos() - cpu0;
        long charts = dsl.fetchCount(dsl.selectOne().from("chart")) - charts0;
        List<String> city = new ArrayList<>(counties);
        city.add(CITY);
        var byKind = dsl.resultQuery("SELECT kind, count(*) FROM chart WHERE region_codes && ?::text[] GROUP BY kind ORDER BY kind",
                (Object) city.toArray(String[]::new)).fetch(r -> r.get(0) + " " + r.get(1));
        System.out.printf("PRERENDER %d counties x %d indicators (%d levels, %d growth codes): %d charts (%s) in %.1f s "
                + "from the first store (storing %.1f s, rendering after the last store %.1f s); the JVM's CPU %.1f s; "
                + "load average %s -> %s%n", counties.size(),
                levels.size() + growth.size(), levels.size(), growth.size(), charts, String.join(", ", byKind),
                (done - start) / 1e9, (stored - start) / 1e9, (done - stored) / 1e9, cpu / 1e9, load0, loadAverage());
    }

    /** CPU time of the whole JVM (every thread, as utime + stime in /proc/PID/stat): the machine is shared, so wall time alone misleads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The 1-minute load average, where the OS tells it. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static List<String> levels() {
        List<String> out = new ArrayList<>(FIRST);
        IndicatorCatalog.all().stream()
                .filter(d -> d.level() == null && d.partOf() == null && !IndicatorCatalog.isGeneric(d.code())
                        && !IndicatorCatalog.isCatchAll(d.code()) && d.unitClass().equals("money_cny") && !out.contains(d.code()))
                .map(d -> d.code()).limit(40 - out.size()).forEach(out::add);
        return out;
    }

    private static void year(List<Fixtures.Figure> bulletin, String code, String county, int year, double value,
            String unitClass) {
        bulletin.add(new Fixtures.Figure(code, county, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", "actual",
                BigDecimal.valueOf(Math.round(value * 100) / 100.0), unitClass.equals("percent") ? "%" : "元"));
    }

    private static void ytd(List<Fixtures.Figure> bulletin, String code, String county, int month, double value) {
        bulletin.add(new Fixtures.Figure(code, county, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1), "ytd", "actual",
                BigDecimal.valueOf(Math.round(value * 100) / 100.0), code.endsWith(".yoy") ? "%" : "元"));
    }
}
