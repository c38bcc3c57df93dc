package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Chart data for renderer tests and the render benchmark, named by what they show. */
final class SampleCharts {

    static final ChartSource JIANGXI_DAILY = new ChartSource(
            "江西日报版面 2026-01-08：鹰潭铜产业链党建、江西水利、青山湖区项目、南康低空经济产业学院",
            "江西日报", LocalDate.of(2026, 1, 8));
    static final ChartSource YINGTAN_NEWS = new ChartSource("鹰潭市金融支持实体经济发展情况通报", "鹰潭日报",
            LocalDate.of(2025, 7, 20));

    private SampleCharts() {
    }

    static ChartPoint actual(String category, String value) {
        return new ChartPoint(category, "actual", new BigDecimal(value), null, "exact");
    }

    static ChartPoint point(String category, String kind, String value, String valueMax, String qualifier) {
        return new ChartPoint(category, kind, new BigDecimal(value), valueMax == null ? null : new BigDecimal(valueMax),
                qualifier);
    }

    /** Five yearly loan figures of a prefecture, in yuan: a line in 亿元. */
    static ChartData loansLine() {
        return new ChartData("鹰潭市贷款发放额", "鹰潭市_贷款发放额_2021-2025", "line", "money_cny", "亿元",
                List.of("360600"),
                List.of(actual("2021年", "15230000000"), actual("2022年", "17890000000"), actual("2023年", "19012000000"),
                        point("2024年", "actual", "21000000000", null, "approx"), actual("2025年", "22473000000")),
                List.of(JIANGXI_DAILY, YINGTAN_NEWS), LocalDate.of(2026, 1, 8));
    }

    /** Targets and actuals of enrolment, with a range, a lower bound and an approximate figure. */
    static ChartData enrolmentTargets() {
        return new ChartData("南康区低空经济现代产业学院学生规模：目标与实际", "南康区_学生规模_2025-2030", "bar", "person", "人",
                List.of("360703"),
                List.of(point("2025年", "actual", "120", null, "exact"),
                        point("2026年", "target", "300", "500", "range"),
                        point("2027-2029年", "target", "1500", null, "at_least"),
                        point("2030年", "target", "2000", null, "approx")),
                List.of(JIANGXI_DAILY), LocalDate.of(2026, 1, 8));
    }

    /** Districts of one city in one period, largest first. */
    static ChartData districtsCompared() {
        return new ChartData("南昌市各地重大重点项目完成投资（2025年1-11月）", "南昌市各地_重大重点项目完成投资_2025", "bar", "money_cny", "亿元",
                List.of("360100", "360111", "360121", "360112"),
                List.of(actual("青山湖", "28530000000"), point("南昌县", "actual", "21000000000", null, "at_least"),
                        actual("新建", "9876000000")),
                List.of(JIANGXI_DAILY), LocalDate.of(2026, 1, 8));
    }
}
