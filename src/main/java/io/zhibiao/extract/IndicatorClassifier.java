package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Picks the catalog indicator of a figure from the words around it, its unit class and whether it is a growth rate. */
final class IndicatorClassifier {

    private record Rule(UnitClass unitClass, boolean growth, Pattern words, String code) {
    }

    private static final Pattern GROWTH_WORDS = Pattern.compile(
            "增长|下降|增幅|降幅|提高|提升|回落|上涨|下跌|同比|环比|增速|增加|减少|比上年|较上年|涨幅|降低|下滑|扩大|收窄");

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        UnitClass pct = UnitClass.PERCENT;
        growth("固定资产投资", "investment.fixed_assets.yoy");
        growth("地区生产总值|GDP|生产总值|经济总量", "gdp.yoy");
        growth("工业增加值", "industry.value_added.yoy");
        growth("社会消费品零售|社零", "retail_sales.yoy");
        growth("一般公共预算收入|财政收入|税收", "fiscal.revenue.yoy");
        growth("进出口|外贸|出口|进口", "trade.yoy");
        growth("可支配收入", "income.per_capita.yoy");
        growth("居民消费价格|CPI", "prices.cpi.yoy");
        growth("产值", "output.value.yoy");
        growth("营收|营业收入|销售收入|收入", "revenue.growth");
        growth("", "growth.rate");
        rule(pct, "开工率", "projects.start_rate");
        rule(pct, "投资完成率", "investment.completion_rate");
        rule(pct, "出生率|死亡率|自然增长率", "population.rate");
        rule(pct, "", "rate.other");

        UnitClass money = UnitClass.MONEY_CNY;
        rule(money, "存款", "deposits.balance");
        rule(money, "余额", "loans.balance");
        rule(money, "续贷|续作|展期", "loans.renewed");
        rule(money, "授信", "credit.granted");
        rule(money, "贷款|放贷|信贷|贷", "loans.issued");
        rule(money, "融资", "financing.amount");
        rule(money, "固定资产投资", "investment.fixed_assets");
        rule(money, "签约|签下|引进", "projects.signed_amount");
        rule(money, "补贴|补助|奖补|奖励|救助", "subsidies.paid");
        rule(money, "产值", "output.value");
        rule(money, "生产总值|GDP|经济总量", "gdp");
        rule(money, "社会消费品零售", "retail_sales");
        rule(money, "一般公共预算收入|财政收入|税收", "fiscal.revenue");
        rule(money, "支出", "fiscal.expenditure");
        rule(money, "进出口|外贸", "trade.total");
        rule(money, "可支配收入", "income.per_capita");
        rule(money, "投资|投入", "investment.amount");
        rule(money, "资金|筹集|筹措|拨付|下达", "funds.raised");
        rule(money, "营收|营业收入|销售收入|销售额|营业额|收入", "revenue");

        UnitClass count = UnitClass.COUNT;
        rule(count, "项目.{0,3}开工|开工.{0,6}项目|新开工", "projects.started");
        rule(count, "项目.{0,3}(?:竣工|完工|投产)|(?:竣工|完工|投产).{0,6}项目", "projects.completed");
        rule(count, "签约.{0,6}项目|项目.{0,3}签约", "projects.signed");
        rule(count, "(?:推进|在建|实施|建设|续建).{0,8}项目|项目.{0,3}(?:推进|在建|建设)", "projects.under_construction");
        rule(count, "项目", "projects.count");
        rule(count, "(?:成立|组建|新建|建立).{0,6}(?:党支部|党组织|党委|党小组)", "party.branches.new");
        rule(count, "泵站", "pump_stations.repaired");
        rule(count, "厂房|楼宇|高楼|栋|幢", "buildings.count");
        rule(count, "措施|政策|举措|条例", "policy.measures");
        rule(count, "授信", "credit.borrowers");
        rule(count, "贷款|放贷", "loans.borrowers");
        rule(count, "活动|讲座|演出|赛事|比赛|汇演", "events.held");
        rule(count, "诉求|问题|需求|事项|难题|矛盾|纠纷", "problems.solved");
        rule(count, "(?:覆盖|服务|联系|走访|帮扶|摸排|惠及|促成|对接|支持).{0,8}企业|企业.{0,4}(?:合作|覆盖)", "enterprises.covered");
        rule(count, "企业|公司|商户|市场主体|经营主体", "enterprises.count");
        rule(count, "客户|农户|户", "households.served");
        rule(count, "院校|学校|科研机构|基地|平台|中心|机构|实验室|驿站|站点|网点", "institutions.count");

        UnitClass person = UnitClass.PERSON;
        rule(person, "招生|学生|在读|招收|入学|选拔", "enrollment.target");
        rule(person, "培训|培养", "people.trained");
        rule(person, "就业|岗位", "employment.new");
        rule(person, "引进|人才|专家", "talent.introduced");
        rule(person, "选派|派驻|指导员|驻村", "staff.assigned");
        rule(person, "党员", "party.members");
        rule(person, "人口", "population");
        rule(person, "服务|帮扶|惠及|解决|救助|学员|受益", "people.served");

        UnitClass pt = UnitClass.PERSON_TIME;
        rule(pt, "培训|上课|授课|课程", "training.person_times");
        rule(pt, "游客|接待|客流|旅客", "visitors.person_times");
        rule(pt, "", "participants.person_times");

        rule(UnitClass.VOLUME_M3, "蓄水|库容", "water.stored");
        rule(UnitClass.VOLUME_M3, "水权|交易", "water.rights_traded");
        rule(UnitClass.AREA_HA_TIME, "", "area.irrigated");
        rule(UnitClass.AREA_HA, "灌溉|浇灌", "area.irrigated");
        rule(UnitClass.AREA_HA, "高标准农田", "farmland.high_standard");
        rule(UnitClass.AREA_HA, "播种|种植", "area.sown");
        rule(UnitClass.AREA_HA, "", "area.land");
        rule(UnitClass.MASS_T, "(?:挽回|减少).{0,4}损失|损失", "grain.loss_avoided");
        rule(UnitClass.MASS_T, "粮食", "grain.output");
        rule(UnitClass.MASS_T, "产量|生产|产出", "output.mass");
        rule(UnitClass.LENGTH_KM, "渠|管网|管道|河道|沟|堤|管线", "channels.length_km");
        rule(UnitClass.LENGTH_KM, "路", "roads.length_km");
        rule(UnitClass.POWER_KW, "", "power.capacity_kw");
        rule(UnitClass.RATIO, "容积率|比", "plot.ratio");
    }

    private IndicatorClassifier() {
    }

    private static void growth(String words, String code) {
        RULES.add(new Rule(UnitClass.PERCENT, true, words.isEmpty() ? null : Pattern.compile(words), code));
    }

    private static void rule(UnitClass c, String words, String code) {
        RULES.add(new Rule(c, false, words.isEmpty() ? null : Pattern.compile(words), code));
    }

    /** True when the words right before a percentage make it a change rather than a level. */
    static boolean isGrowth(String before) {
        String tail = before.length() > 8 ? before.substring(before.length() - 8) : before;
        return GROWTH_WORDS.matcher(tail).find();
    }

    /**
     * @param before clause text before the figure
     * @param after  text after the figure up to the end of its clause (the noun of 23座泵站)
     */
    static String classify(UnitClass unitClass, String before, String after) {
        boolean growth = unitClass == UnitClass.PERCENT && isGrowth(before);
        String context = before + "|" + after;
        for (Rule r : RULES) {
            if (r.unitClass != unitClass || r.growth != growth && unitClass == UnitClass.PERCENT) {
                continue;
            }
            if (r.words == null || r.words.matcher(context).find()) {
                return r.code;
            }
        }
        return IndicatorCatalog.OTHER;
    }
}
