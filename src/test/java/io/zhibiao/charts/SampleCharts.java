package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.series.PeriodLabels;
import io.zhibiao.system.Codes;

/** Chart data for renderer tests and the render benchmark, named by what they show. */
final class SampleCharts {

    static final ChartSource JIANGXI_DAILY = new ChartSource(
            "江西日报版面 2026-01-08：鹰潭铜产业链党建、江西水利、青山湖区项目、南康低空经济产业学院",
            "江西日报", LocalDate.of(2026, 1, 8));
    static final ChartSource YINGTAN_NEWS = new ChartSource("鹰潭市金融支持实体经济发展情况通报", "鹰潭日报",
            LocalDate.of(2025, 7, 20));
    static final ChartSource BULLETIN = new ChartSource("2025年前三季度全市经济运行情况", "鹰潭市统计局",
            LocalDate.of(2025, 10, 28));

    private SampleCharts() {
    }

    static ChartPoint year(int year, String kind, String value, String valueMax, String qualifier) {
        return point(year + "年", "year", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "360600", kind,
                new BigDecimal(value), valueMax == null ? null : new BigDecimal(valueMax), qualifier);
    }

    static ChartPoint actual(int year, String value) {
        return year(year, "actual", value, null, "exact");
    }

    /** A total from January to the end of {@code month}. */
    static ChartPoint yearToDate(int year, int month, String value) {
        LocalDate end = LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        return point(PeriodLabels.of(PeriodType.YTD, LocalDate.of(year, 1, 1), end), "ytd", LocalDate.of(year, 1, 1), end,
                "360600", "actual", new BigDecimal(value), null, "exact");
    }

    static ChartPoint region(String shortName, String code, String value, String qualifier) {
        return point(shortName, "ytd", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 30), code, "actual",
                new BigDecimal(value), null, qualifier);
    }

    static ChartData series(String title, String type, String unitClass, String unitWord, List<ChartPoint> points,
            List<ChartSource> sources) {
        return new ChartData("series", "loans.issued", "贷款发放额", title, title + "_样例", type, unitClass(unitClass),
                unitWord, List.of("360600"), "鹰潭市", points, sources);
    }

    /** A point written with the codes of the API (year, actual, exact). */
    static ChartPoint point(String category, String periodType, LocalDate start, LocalDate end, String regionCode,
            String kind, BigDecimal value, BigDecimal valueMax, String qualifier) {
        return new ChartPoint(category, PeriodType.fromCode(periodType), start, end, regionCode,
                Codes.find(Kind.class, kind).orElseThrow(), value, valueMax, Codes.find(Qualifier.class, qualifier).orElseThrow());
    }

    static UnitClass unitClass(String code) {
        return Codes.find(UnitClass.class, code).orElseThrow();
    }

    /** Five yearly loan figures of a prefecture, in yuan: a line in 亿元. */
    static ChartData loansLine() {
        return series("鹰潭市贷款发放额", "line", "money_cny", "亿元",
                List.of(actual(2021, "15230000000"), actual(2022, "17890000000"), actual(2023, "19012000000"),
                        year(2024, "actual", "21000000000", null, "approx"), actual(2025, "22473000000")),
                List.of(JIANGXI_DAILY, YINGTAN_NEWS));
    }

    /**
     * Annual values with a year missing and a January–September total for the latest year: the total is
     * its own line (never joined to the annual values), the missing year a gap.
     */
    static ChartData annualWithGapAndYearToDate() {
        return series("鹰潭市规模以上工业增加值", "line", "money_cny", "亿元",
                List.of(actual(2019, "41200000000"), actual(2020, "43900000000"), actual(2022, "47100000000"),
                        actual(2023, "49800000000"), yearToDate(2024, 9, "37700000000"), yearToDate(2025, 9, "40200000000")),
                List.of(BULLETIN, YINGTAN_NEWS));
    }

    /** Targets and actuals of enrolment, with a range, a lower bound over three years and an approximate figure. */
    static ChartData enrolmentTargets() {
        ChartPoint span = point("2027-2029年", "span", LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31),
                "360703", "target", new BigDecimal("1500"), null, "at_least");
        return new ChartData("target-vs-actual", "enrollment.target", "学生规模", "南康区低空经济现代产业学院学生规模：目标与实际",
                "南康区_学生规模_2025-2030", "bar", unitClass("person"), "人", List.of("360703"), "南康区",
                List.of(year(2025, "actual", "120", null, "exact"), year(2026, "target", "300", "500", "range"), span,
                        year(2030, "target", "2000", null, "approx")),
                List.of(JIANGXI_DAILY));
    }

    /** Districts of one city in one period, largest first. */
    static ChartData districtsCompared() {
        return new ChartData("compare", "investment.key_projects", "重大重点项目完成投资",
                "南昌市各地重大重点项目完成投资（2025年1-11月累计）", "南昌市各地_重大重点项目完成投资_2025", "bar", unitClass("money_cny"), "亿元",
                List.of("360100", "360111", "360121", "360112"), "南昌市",
                List.of(region("青山湖", "360111", "28530000000", "exact"), region("南昌县", "360121", "21000000000", "at_least"),
                        region("新建", "360112", "9876000000", "exact")),
                List.of(JIANGXI_DAILY));
    }

    /**
     * 2019—2023 GDP of a city with its stated real growth, 2021's rate not reported: the line breaks there, and real
     * growth is never computed from the current-price levels.
     */
    static ChartData gdpWithGrowth() {
        List<ChartPoint> levels = List.of(actual(2019, "82150000000"), actual(2020, "84300000000"),
                actual(2021, "93900000000"), actual(2022, "98210000000"), actual(2023, "103600000000"));
        List<ChartPoint> stated = List.of(actual(2019, "8.1"), actual(2020, "3.6"), actual(2022, "4.4"), actual(2023, "5.3"));
        return levelGrowth("gdp", "地区生产总值", levels, stated);
    }

    /** Retail sales, a nominal growth never stated: every rate computed from the year before, and marked. */
    static ChartData retailWithComputedGrowth() {
        List<ChartPoint> levels = List.of(actual(2021, "31200000000"), actual(2022, "32500000000"),
                actual(2023, "35100000000"), actual(2024, "37000000000"));
        return levelGrowth("retail_sales", "社会消费品零售总额", levels, List.of(actual(2024, "5.6")));
    }

    static ChartData levelGrowth(String indicator, String name, List<ChartPoint> levels, List<ChartPoint> stated) {
        List<ChartPoint> points = new ArrayList<>(levels);
        points.addAll(GrowthRates.of(levels, stated, BulletinLinks.realGrowth(indicator)));
        int first = levels.get(0).periodStart().getYear();
        int last = levels.get(levels.size() - 1).periodEnd().getYear();
        return new ChartData("level-growth", indicator, name, first + "—" + last + "年鹰潭市" + name + "及其增长速度",
                "鹰潭市_" + name + "及其增长速度", "level-growth", unitClass("money_cny"), "亿元", List.of("360600"), "鹰潭市",
                points, List.of(BULLETIN));
    }

    /**
     * {@code n} counties of a city ranked by the growth of their retail sales in 2025 (a rate: the city's own 6.0 % is
     * the reference), the fourth highlighted.
     */
    static ChartData countiesRanked(int n) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = String.valueOf(360701 + i);
            ChartPoint p = point(COUNTIES[i], "year", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), code,
                    "actual", BigDecimal.valueOf(95 - 2.5 * i).movePointLeft(1), null, "exact");
            points.add(i == Math.min(3, n - 1) ? RankingPlot.as(p, p.category(), p.value(), ChartPoint.Role.HIGHLIGHT) : p);
        }
        points.add(RankingPlot.as(points.get(0), "赣州", new BigDecimal("6.0"), ChartPoint.Role.PARENT));
        return new ChartData("ranking", "retail_sales.yoy", "社会消费品零售总额增速", "赣州市各地社会消费品零售总额增速排序（2025年）",
                "赣州市各地_社会消费品零售总额增速排序_2025", "ranking", unitClass("percent"), "%", List.of("360700"), "赣州市",
                points, List.of(BULLETIN));
    }

    /** Thirty county names of two to five characters, as a ranking prints them. */
    static final String[] COUNTIES = { "章贡", "南康", "赣县", "信丰", "大余", "上犹", "崇义", "安远", "定南", "全南", "宁都", "于都",
            "兴国", "会昌", "寻乌", "石城", "瑞金", "龙南", "蓉江新区", "经开区", "月湖", "余江", "贵溪", "东湖", "西湖", "青云谱",
            "青山湖", "新建", "红谷滩", "南昌县" };

    /** Twelve months of one year: a monthly time axis. */
    static ChartData monthly() {
        List<ChartPoint> points = new ArrayList<>();
        String[] values = { "1210", "980", "1305", "1402", "1388", "1501", "1620", "1712", "1555", "1490", "1433", "1680" };
        for (int m = 1; m <= 12; m++) {
            LocalDate start = LocalDate.of(2025, m, 1);
            points.add(point(PeriodLabels.of(PeriodType.MONTH, start, start.withDayOfMonth(start.lengthOfMonth())), "month",
                    start, start.withDayOfMonth(start.lengthOfMonth()), "360600", "actual",
                    new BigDecimal(values[m - 1] + "0000"), null, "exact"));
        }
        return series("鹰潭市接待游客", "line", "person_time", "万人次", points, List.of(YINGTAN_NEWS));
    }

    /** A figure of {@code indicator} (a part or the whole of a structure chart) for one year. */
    static ChartPoint of(String indicator, int year, String value) {
        ChartPoint p = actual(year, value);
        return new ChartPoint(p.category(), p.periodType(), p.periodStart(), p.periodEnd(), p.regionCode(), p.kind(), p.value(),
                null, p.qualifier(), ChartPoint.Role.LEVEL, indicator);
    }

    /**
     * GDP by its three industries over five years: 2021–2022 add up to the whole, 2023 lacks the primary industry (the
     * rest is grey), 2024's parts exceed the whole (shares of their sum), 2025 has no whole stated.
     */
    static ChartData gdpStructure() {
        List<ChartPoint> figures = List.of(
                of("gdp", 2021, "93900000000"), of("value_added.primary", 2021, "6780000000"),
                of("value_added.secondary", 2021, "45120000000"), of("value_added.tertiary", 2021, "42000000000"),
                of("gdp", 2022, "98210000000"), of("value_added.primary", 2022, "7010000000"),
                of("value_added.secondary", 2022, "46800000000"), of("value_added.tertiary", 2022, "44400000000"),
                of("gdp", 2023, "103600000000"), of("value_added.secondary", 2023, "48100000000"),
                of("value_added.tertiary", 2023, "47900000000"),
                of("gdp", 2024, "100000000000"), of("value_added.primary", 2024, "7400000000"),
                of("value_added.secondary", 2024, "50100000000"), of("value_added.tertiary", 2024, "51000000000"),
                of("value_added.primary", 2025, "7600000000"), of("value_added.secondary", 2025, "51800000000"),
                of("value_added.tertiary", 2025, "55300000000"));
        return structure("gdp", "地区生产总值", figures);
    }

    static ChartData structure(String whole, String name, List<ChartPoint> figures) {
        List<ChartPoint> points = Shares.of(whole, BulletinLinks.partsOf(whole), figures,
                List.of(io.zhibiao.series.Selection.periodTypeOrder()));
        int first = points.get(0).periodStart().getYear();
        int last = points.get(points.size() - 1).periodEnd().getYear();
        return new ChartData(StructurePlot.KIND, whole, name, first + "—" + last + "年鹰潭市" + name + "构成",
                "鹰潭市_" + name + "构成", StructurePlot.KIND, unitClass("money_cny"), "亿元", List.of("360600"), "鹰潭市",
                points, List.of(BULLETIN));
    }

    /**
     * Retail sales of 2025, 1-2月 to 1-9月 without 1-5月 (a gap), with the cumulative growth stated for every month
     * reported but 1-7月.
     */
    static ChartData retailCumulative() {
        List<ChartPoint> points = new ArrayList<>();
        String[] levels = { "6120000000", "9050000000", "12010000000", null, "18160000000", "21300000000", "24420000000",
                "27690000000" };
        String[] growth = { "5.8", "5.6", "5.1", null, "4.9", null, "4.6", "4.5" };
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                points.add(yearToDate(2025, i + 2, levels[i]));
            }
        }
        for (int i = 0; i < growth.length; i++) {
            if (growth[i] != null) {
                ChartPoint p = yearToDate(2025, i + 2, growth[i]);
                points.add(new ChartPoint(p.category(), p.periodType(), p.periodStart(), p.periodEnd(), p.regionCode(), p.kind(),
                        p.value(), null, p.qualifier(), ChartPoint.Role.GROWTH));
            }
        }
        return new ChartData(CumulativePlot.KIND, "retail_sales", "社会消费品零售总额", "2025年鹰潭市社会消费品零售总额逐月累计及增长速度",
                "鹰潭市_社会消费品零售总额逐月累计_2025", CumulativePlot.KIND, unitClass("money_cny"), "亿元", List.of("360600"),
                "鹰潭市", points, List.of(BULLETIN));
    }
}
