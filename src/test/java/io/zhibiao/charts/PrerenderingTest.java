package io.zhibiao.charts;

import static io.zhibiao.charts.ChartTestData.GUIXI;
import static io.zhibiao.charts.ChartTestData.LOANS;
import static io.zhibiao.charts.ChartTestData.YINGTAN;
import static io.zhibiao.charts.ChartTestData.YUEHU;
import static io.zhibiao.charts.ChartTestData.YUJIANG;
import static io.zhibiao.charts.ChartTestData.loans;
import static io.zhibiao.charts.ChartTestData.loansTarget;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.ingest.Trash;
import io.zhibiao.ingest.Ingest;
import io.zhibiao.ingest.NewDocument;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import jakarta.inject.Inject;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrerenderingTest {

    static final String SERIES_YUEHU = "series_" + LOANS + "_" + YUEHU;
    static final String SERIES_YUJIANG = "series_" + LOANS + "_" + YUJIANG;
    static final String COMPARE_YINGTAN = "compare_" + LOANS + "_" + YINGTAN;
    static final String RANKING_YINGTAN = "ranking_" + LOANS + "_" + YINGTAN;
    static final String TARGET_YUJIANG = "target_" + LOANS + "_" + YUJIANG;

    @Inject
    DSLContext dsl;
    @Inject
    Changes changes;
    @Inject
    Prerenderer prerenderer;
    @Inject
    ChartStore store;
    @Inject
    ChartQueries queries;
    @Inject
    ChartSpecs specs;
    @Inject
    ChartRenderer renderer;
    @Inject
    Ingest ingest;
    @Inject
    Trash trash;
    @Inject
    StoredSvgs svgs;

    static long firstDocument;
    static long correction;

    @BeforeEach
    void storeTheFirstDocumentOnce() throws InterruptedException {
        if (firstDocument != 0) {
            return;
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)), "the start-up pass should finish");
        ChartTestData.ensureIndicators(dsl);
        ChartTestData.clean(dsl, LOANS);
        firstDocument = ChartTestData.document("鹰潭市2024-2025年金融运行情况", LocalDate.of(2026, 1, 5),
                loans(YUEHU, 2024, "1200000000"), loans(YUEHU, 2025, "1350000000"),
                loans(YUJIANG, 2024, "800000000"), loans(YUJIANG, 2025, "950000000"),
                loansTarget(YUJIANG, 2026, "1000000000"), loans(GUIXI, 2025, "700000000"));
        awaitIdle();
    }

    @Test
    @Order(1)
    void rendersEveryChartTheSpecsDefineForANewDocument() {
        Set<String> keys = store.list(LOANS, null).stream().map(ChartStore.Entry::key).collect(Collectors.toSet());
        assertEquals(Set.of(SERIES_YUEHU, SERIES_YUJIANG, COMPARE_YINGTAN, RANKING_YINGTAN, TARGET_YUJIANG), keys);
        assertEquals(Set.of(COMPARE_YINGTAN, RANKING_YINGTAN, SERIES_YUJIANG, TARGET_YUJIANG),
                store.list(LOANS, YUJIANG).stream().map(ChartStore.Entry::key).collect(Collectors.toSet()),
                "the region filter finds the charts that show a region, comparisons included");
    }

    @Test
    @Order(2)
    void reingestingTheSameDocumentRendersNothing() throws Exception {
        var text = new NewDocument("重复报道", "江西日报", LocalDate.of(2026, 1, 6), "鹰潭市贷款发放额增长" + firstDocument + "。", "360600");
        ingest.store(text);
        awaitIdle();
        Map<String, Integer> before = renderCounts();

        assertFalse(ingest.store(text).created(), "the same text is stored once");
        // A change event for series whose charts' data did not change must not redraw them either.
        prerenderer.renderTouched(Set.of(SeriesKey.total(LOANS, YUEHU, "year"), SeriesKey.total(LOANS, YUJIANG, "year"),
                SeriesKey.total(LOANS, GUIXI, "year")));
        awaitIdle();

        assertEquals(before, renderCounts());
    }

    @Test
    @Order(3)
    void aNewDocumentRerendersExactlyTheChartsItTouches() throws Exception {
        Map<String, Integer> before = renderCounts();

        // A newer article corrects 余江区's 2025 figure: newest publication wins.
        correction = ChartTestData.document("余江区2025年贷款发放额更正", LocalDate.of(2026, 1, 7),
                loans(YUJIANG, 2025, "990000000"));
        awaitIdle();

        Map<String, Integer> after = renderCounts();
        Set<String> rendered = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).collect(Collectors.toSet());
        assertEquals(Set.of(SERIES_YUJIANG, COMPARE_YINGTAN, RANKING_YINGTAN, TARGET_YUJIANG), rendered);
        var data = queries.data(def(SERIES_YUJIANG)).orElseThrow();
        assertEquals(0, data.points().get(1).value().compareTo(new java.math.BigDecimal("990000000")),
                "the newer publication's value is charted");
    }

    @Test
    @Order(4)
    void storedBytesAreWhatRenderingTheDataAgainGives() {
        ChartDef def = def(COMPARE_YINGTAN);
        byte[] stored = store.bytes(COMPARE_YINGTAN, "png").orElseThrow().bytes();
        byte[] again = renderer.render(queries.data(def).orElseThrow(), def.spec().width(), def.spec().height(), 1);
        assertArrayEquals(stored, again, "every replica must produce the same bytes for the same data");
    }

    @Test
    @Order(5)
    void theSvgIsDrawnOnItsFirstRequestAndStoredWithTheEtagOfItsData() {
        assertEquals(0, svgLength(SERIES_YUEHU), "a pass stores the PNG and the CSV, not the SVG");
        ChartDef def = def(SERIES_YUEHU);
        byte[] expected = renderer.svg(queries.data(def).orElseThrow(), def.spec().width(), def.spec().height());
        String pngEtag = given().get("/api/charts/" + SERIES_YUEHU + ".png").then().statusCode(200).extract().header("ETag");
        String svgEtag = pngEtag.substring(0, pngEtag.length() - 1) + "-svg\"";

        byte[] served = given().get("/api/charts/" + SERIES_YUEHU + ".svg").then().statusCode(200)
                .contentType("image/svg+xml").header("ETag", svgEtag).extract().asByteArray();

        assertArrayEquals(expected, served, "drawn from the data the PNG was drawn from");
        assertEquals(expected.length, svgLength(SERIES_YUEHU), "stored for every replica");
        given().header("If-None-Match", svgEtag).get("/api/charts/" + SERIES_YUEHU + ".svg").then().statusCode(304);
    }

    @Test
    @Order(6)
    void anSvgAskedForBeforeItsChartIsRedrawnShowsTheNewDataUnderItsNewEtagAndIsNotStored() {
        // As if the data had changed since the PNG was drawn and the pass that redraws it had not come yet.
        dsl.execute("UPDATE chart SET data_hash = 'older', svg = ''::bytea WHERE key = ?", SERIES_YUJIANG);
        try {
            var svg = svgs.svg(SERIES_YUJIANG).orElseThrow();
            String hash = queries.data(def(SERIES_YUJIANG)).orElseThrow().hash();
            assertEquals(ChartResponses.etag(Prerenderer.etag(hash), "svg"), svg.etag());
            assertEquals(0, svgLength(SERIES_YUJIANG), "the redraw stores the chart's formats together");
        } finally {
            prerenderer.render(def(SERIES_YUJIANG));
        }
    }

    @Test
    @Order(7)
    void theFontShowsEveryCharacterOfEachTestChart() {
        ChartFonts fonts = new ChartFonts();
        for (String key : Set.of(SERIES_YUEHU, SERIES_YUJIANG, COMPARE_YINGTAN, RANKING_YINGTAN, TARGET_YUJIANG)) {
            for (String text : renderer.texts(queries.data(def(key)).orElseThrow())) {
                assertEquals(-1, fonts.require().regular().canDisplayUpTo(text), () -> key + ": font cannot show '" + text + "'");
            }
        }
    }

    @Test
    @Order(8)
    void aChartLockedByAnotherReplicaIsNotRenderedHere() throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        try (Connection other = DriverManager.getConnection(url, user, "")) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(hashtext('" + SERIES_YUEHU + "'))");
                assertEquals(Prerenderer.Outcome.LOCKED, prerenderer.render(def(SERIES_YUEHU)));
            }
            other.rollback();
        }
        assertEquals(Prerenderer.Outcome.UNCHANGED, prerenderer.render(def(SERIES_YUEHU)), "free again, and current");
    }

    @Test
    @Order(9)
    void aDeletionRerendersExactlyTheChartsOfItsSeries() throws Exception {
        Map<String, Integer> before = renderCounts();

        assertEquals(Trash.Outcome.TRASHED, trash.trash(correction));
        awaitIdle();

        Map<String, Integer> after = renderCounts();
        Set<String> rendered = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).collect(Collectors.toSet());
        assertEquals(Set.of(SERIES_YUJIANG, COMPARE_YINGTAN, RANKING_YINGTAN, TARGET_YUJIANG), rendered,
                "the charts of 余江区's loans, not every chart (the deletion names its series)");
        var data = queries.data(def(SERIES_YUJIANG)).orElseThrow();
        assertEquals(0, data.points().get(1).value().compareTo(new java.math.BigDecimal("950000000")),
                "the first document's value is charted again");
    }

    private ChartDef def(String key) {
        return specs.all().stream().flatMap(spec -> queries.candidates(spec).stream())
                .filter(d -> d.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no chart " + key));
    }

    private int svgLength(String key) {
        return dsl.resultQuery("SELECT length(svg) FROM chart WHERE key = ?", key).fetchOne(0, Integer.class);
    }

    private Map<String, Integer> renderCounts() {
        return store.list(null, null).stream().collect(Collectors.toMap(ChartStore.Entry::key, ChartStore.Entry::renderCount));
    }

    private void awaitIdle() throws InterruptedException {
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)), "pre-rendering should finish");
    }

}
