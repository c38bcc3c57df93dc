package io.zhibiao.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicators the extractor may emit, as data the service can load. */
public final class IndicatorCatalog {

    public static final String OTHER = "other";

    private static final String MONEY = "money_cny";
    private static final String COUNT = "count";
    private static final String PERSON = "person";
    private static final String PT = "person_time";
    private static final String PCT = "percent";

    /** Every indicator, in a stable order. */
    public static final List<IndicatorDef> ALL = List.of(
            d("loans.issued", "贷款发放额", MONEY, true),
            d("loans.balance", "贷款余额", MONEY, false),
            d("loans.renewed", "续贷金额", MONEY, true),
            d("loans.borrowers", "贷款户数", COUNT, true),
            d("credit.granted", "授信金额", MONEY, true),
            d("credit.borrowers", "授信户数", COUNT, true),
            d("deposits.balance", "存款余额", MONEY, false),
            d("financing.amount", "融资金额", MONEY, true),
            d("funds.raised", "筹集或投入资金", MONEY, true),
            d("subsidies.paid", "补贴补助发放额", MONEY, true),
            d("investment.fixed_assets", "固定资产投资", MONEY, true),
            d("investment.fixed_assets.yoy", "固定资产投资增速", PCT, false),
            d("investment.amount", "投资额", MONEY, true),
            d("investment.completion_rate", "投资完成率", PCT, false),
            d("projects.count", "项目数", COUNT, true),
            d("projects.started", "开工项目数", COUNT, true),
            d("projects.completed", "竣工项目数", COUNT, true),
            d("projects.under_construction", "在建或推进项目数", COUNT, true),
            d("projects.signed", "签约项目数", COUNT, true),
            d("projects.signed_amount", "签约金额", MONEY, true),
            d("projects.start_rate", "项目开工率", PCT, false),
            d("enterprises.covered", "覆盖或服务企业数", COUNT, true),
            d("enterprises.count", "企业数", COUNT, true),
            d("households.served", "服务户数", COUNT, true),
            d("party.branches.new", "新成立党组织数", COUNT, true),
            d("party.members", "党员人数", PERSON, true),
            d("training.person_times", "培训人次", PT, true),
            d("people.trained", "培训人数", PERSON, true),
            d("people.served", "服务人数", PERSON, true),
            d("participants.person_times", "参与人次", PT, true),
            d("visitors.person_times", "游客接待人次", PT, true),
            d("employment.new", "新增就业人数", PERSON, true),
            d("enrollment.target", "招生或在读规模", PERSON, false),
            d("talent.introduced", "引进人才数", PERSON, true),
            d("staff.assigned", "选派人员数", PERSON, true),
            d("population", "人口数", PERSON, false),
            d("events.held", "活动场次", COUNT, true),
            d("problems.solved", "解决问题诉求数", COUNT, true),
            d("institutions.count", "机构或平台数", COUNT, true),
            d("water.stored", "蓄水量", "volume_m3", false),
            d("water.rights_traded", "水权交易量", "volume_m3", true),
            d("area.irrigated", "灌溉面积", "area_ha_time", true),
            d("farmland.high_standard", "高标准农田面积", "area_ha", true),
            d("area.sown", "播种面积", "area_ha", true),
            d("area.land", "土地面积", "area_ha", false),
            d("grain.output", "粮食产量", "mass_t", true),
            d("grain.loss_avoided", "挽回粮食损失", "mass_t", true),
            d("output.mass", "产量", "mass_t", true),
            d("output.value", "产值", MONEY, true),
            d("output.value.yoy", "产值增速", PCT, false),
            d("gdp", "地区生产总值", MONEY, true),
            d("gdp.yoy", "地区生产总值增速", PCT, false),
            d("industry.value_added.yoy", "规模以上工业增加值增速", PCT, false),
            d("retail_sales", "社会消费品零售总额", MONEY, true),
            d("retail_sales.yoy", "社会消费品零售总额增速", PCT, false),
            d("revenue", "营业收入", MONEY, true),
            d("revenue.growth", "营收增速", PCT, false),
            d("fiscal.revenue", "财政收入", MONEY, true),
            d("fiscal.revenue.yoy", "财政收入增速", PCT, false),
            d("fiscal.expenditure", "财政支出", MONEY, true),
            d("trade.total", "进出口总额", MONEY, true),
            d("trade.yoy", "进出口增速", PCT, false),
            d("income.per_capita", "居民人均可支配收入", MONEY, false),
            d("income.per_capita.yoy", "居民人均可支配收入增速", PCT, false),
            d("prices.cpi.yoy", "居民消费价格涨幅", PCT, false),
            d("population.rate", "人口出生死亡或自然增长率", PCT, false),
            d("channels.length_km", "渠道或管网长度", "length_km", true),
            d("roads.length_km", "道路长度", "length_km", true),
            d("pump_stations.repaired", "修复或新建泵站数", COUNT, true),
            d("buildings.count", "建筑栋数", COUNT, true),
            d("power.capacity_kw", "装机或供电容量", "power_kw", true),
            d("plot.ratio", "容积率或比值", "ratio", false),
            d("growth.rate", "其他增速或变化率", PCT, false),
            d("rate.other", "其他比率", PCT, false),
            d("policy.measures", "政策措施条数", COUNT, true),
            d(OTHER, "其他", OTHER, false));

    private static final Map<String, IndicatorDef> BY_CODE = new LinkedHashMap<>();

    static {
        for (IndicatorDef d : ALL) {
            BY_CODE.put(d.code(), d);
        }
    }

    private IndicatorCatalog() {
    }

    public static List<IndicatorDef> all() {
        return ALL;
    }

    /** The definition of a code, or null. */
    public static IndicatorDef byCode(String code) {
        return BY_CODE.get(code);
    }

    public static boolean contains(String code) {
        return BY_CODE.containsKey(code);
    }

    private static IndicatorDef d(String code, String name, String unitClass, boolean summable) {
        return new IndicatorDef(code, name, unitClass, summable);
    }
}
