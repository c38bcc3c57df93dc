package io.zhibiao.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a normalised text: a number (Arabic, Chinese or mixed) with its multipliers,
 * 余/多, a measure word or unit, an optional range and the qualifier words around it.
 *
 * <p>Dates, years, ordinals (第二), ranks (前三名), plan names (十四五), slogans in short quotes and
 * numerals inside place names are not figures.
 */
final class FigureScanner {

    /** A figure before place, period and indicator are known. */
    record Figure(int start, int end, BigDecimal value, BigDecimal valueMax, UnitClass unitClass, String unit,
                  Qualifier qualifier, boolean chinese) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "-?\\d+(?:,\\d{3})*(?:\\.\\d+)?|百分之[零〇一二两三四五六七八九十点.\\d]+|[零〇一二两兩三四五六七八九十百千万亿萬億]+");

    private static final Anchored NUMBER_STARTS = Anchored.of(NUMBER);

    /** Set phrases and slogans whose numerals count nothing. */
    private static final String[] SET_PHRASES = (
            "两个确立 两个维护 四个意识 四个自信 四个全面 三个代表 八项规定 三位一体 四位一体 五位一体 两学一做 三会一课 "
                    + "一带一路 千家万户 千军万马 千方百计 万无一失 千企万户 万企 百企 千村 万村 百县 千亿级 万亿级 百亿级 "
                    + "千万级 十一五 十二五 十三五 十四五 十五五 十六五 一站式 一网通办 一件事 一盘棋 一张网 一张图 一体化 "
                    + "一把手 一揽子 一条龙 一次性 一线 一流 一级 二级 三级 一批 百姓 一系列 三农 四风 两委 两新 三资 "
                    + "五险一金 两癌 三甲 双一流 三次产业 一二三产 一产 二产 三产 十种有色金属 工业4.0 千亿元级 百亿元级 万亿元级 "
                    + "三大门类 两条底线 10种有色金属").split(" ");

    private static final Pattern SAMPLE_SURVEY = Pattern.compile("人口(?:变动)?抽样调查");

    static final String CONNECTORS = "至到~-—–"; // – (en dash) as pages copied from documents write it

    private FigureScanner() {
    }

    /**
     * @param text    the normalised text
     * @param blocked spans [start,end) pairs (sorted by start) where no figure may begin, e.g. place names
     */
    static List<Figure> scan(String text, int start, int end, int[] blocked) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        m.useTransparentBounds(true);
        int from = start;
        while (from < end) {
            if (!NUMBER_STARTS.find(m, text, from, end)) {
                break;
            }
            int s = m.start();
            from = m.end();
            if (inSetPhrase(text, s)) {
                continue;
            }
            if (insideBlocked(blocked, s, m.end())) {
                continue;
            }
            Figure f = read(text, s, m.end());
            if (f != null) {
                out.add(f);
                from = Math.max(from, f.end());
            }
        }
        return out;
    }

    private static boolean inSetPhrase(String text, int s) {
        char c = text.charAt(s);
        for (String p : SET_PHRASES) {
            for (int k = 0; k < p.length(); k++) {
                if (p.charAt(k) == c && s - k >= 0 && text.startsWith(p, s - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideBlocked(int[] blocked, int s, int e) {
        // binary search for a span overlapping [s,e)
        int lo = 0;
        int hi = blocked.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int bs = blocked[2 * mid];
            int be = blocked[2 * mid + 1];
            if (be <= s) {
                lo = mid + 1;
            } else if (bs >= e) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** A number core at [s,e) with what follows; null when it is no figure. */
    private static Figure read(String text, int s0, int e) {
        int s = signedStart(text, s0);
        if (s < 0 || notANumberAround(text, s, e)) {
            return null;
        }
        boolean chinese = !(text.charAt(s0) == '-' || Character.isDigit(text.charAt(s0)));
        if (text.startsWith("百分之", s)) {
            BigDecimal v = chineseDecimal(text.substring(s + 3, e));
            return v == null ? null : new Figure(s, e, v, null, UnitClass.PERCENT, "%", null, true);
        }
        String coreText = text.substring(s, e);
        BigDecimal core = core(coreText, chinese);
        if (core == null) {
            return null;
        }
        Figure trillions = chinese ? null : Trillions.at(text, s, e, core);
        if (trillions != null) {
            return trillions;
        }
        Suffix x = suffix(text, e, chinese);
        if (chinese && x.unit() == null && stepOfMoney(text, s, coreText, x.end())) {
            // 规上工业产值迈上千亿台阶: a step of money named by its size is at least that much
            return new Figure(s, x.end(), core, null, UnitClass.MONEY_CNY, "亿", Qualifier.AT_LEAST, true);
        }
        if (chinese && !countsAsChineseAmount(text, s, coreText, x)) {
            return null;
        }
        if (chinese && coreText.length() >= 2 && coreText.charAt(coreText.length() - 1) == '亿'
                || chinese && coreText.length() >= 2 && coreText.endsWith("万") && x.unit() != null) {
            // 千亿元 → unit 亿元, as the notes write it
            x.unitText().insert(0, coreText.charAt(coreText.length() - 1));
        }
        return YieldPerMu.of(text,
                x.unit() == null ? withoutUnit(text, s, e, core, x, chinese) : withUnit(text, s, core, x, chinese));
    }

    /** Where the number starts once a leading dash is told from a minus sign, or -1 when the dash joins two numbers. */
    private static int signedStart(String text, int s) {
        if (text.charAt(s) != '-' || s == 0) {
            return s;
        }
        char before = text.charAt(s - 1);
        if (Character.isDigit(before) || Character.isLetter(before) && before < 128) {
            return -1; // 1-2月, 0791-8888: not a sign
        }
        if (!NumberReader.isChineseNumeral(before) && "长率为比:：（(、和及".indexOf(before) < 0) {
            // 较去年同期（-1.1%）: after an opening parenthesis it is a sign, as after 为 and inside a list (、-1.5%, 和-3.1%)
            return s + 1; // a dash, not a minus sign
        }
        return s;
    }

    /** 第二, 3.5.1, 2+3+N, 5G, version numbers: the characters around the number make it no figure. */
    private static boolean notANumberAround(String text, int s, int e) {
        if (s > 0) {
            char p = text.charAt(s - 1);
            if (p == '第' || p == '.' || p == '+' || p == '#' || p == '/'
                    || (p < 128 && Character.isLetterOrDigit(p) && !afterAcronym(text, s))) {
                return true;
            }
        }
        if (e < text.length()) {
            char n = text.charAt(e);
            return n == '+' || n == '.' || (n < 128 && Character.isLetter(n) && n != '%' && !basisPoints(text, e));
        }
        return false;
    }

    /** 下降35BP: BP (or bp) right after a number, not run into further letters, is a basis point. */
    private static boolean basisPoints(String text, int e) {
        return (text.startsWith("BP", e) || text.startsWith("bp", e))
                && (e + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(e + 2)) || text.charAt(e + 2) > 127);
    }

    private static BigDecimal core(String coreText, boolean chinese) {
        if (!chinese) {
            return NumberReader.arabic(coreText);
        }
        if (coreText.equals("一") || coreText.equals("零") || coreText.equals("〇")) {
            return null; // 一 is mostly an article (一家企业, 一次性), not a count
        }
        return NumberReader.chinese(coreText);
    }

    /** What follows a number core: its multipliers (万, 亿), whether 余/多 came, and the unit; {@code end} is after them. */
    private record Suffix(int end, BigDecimal mult, StringBuilder unitText, boolean tail, UnitTable.Unit unit) {
    }

    private static Suffix suffix(String text, int e, boolean chinese) {
        int p = spaceBeforeUnit(text, e, chinese) ? e + 1 : e;
        BigDecimal mult = BigDecimal.ONE;
        StringBuilder unitText = new StringBuilder();
        boolean tail = false;
        UnitTable.Unit unit = null;
        for (int step = 0; step < 5 && p < text.length(); step++) {
            unit = acceptableUnit(text, p, chinese);
            if (unit != null) {
                break;
            }
            char c = text.charAt(p);
            long mm = NumberReader.multiplierOf(c);
            if (mm > 0 && (!chinese || tail)) {
                mult = mult.multiply(BigDecimal.valueOf(mm));
                unitText.append(c);
                p++;
            } else if ((c == '余' || c == '多') && !tail) {
                tail = true;
                p++;
            } else {
                break;
            }
        }
        return new Suffix(p, mult, unitText, tail, unit);
    }

    /** A Chinese numeral counts only with a unit, and not as a bare multiplier (千企万户) or a size class (亿元以上项目). */
    private static boolean countsAsChineseAmount(String text, int s, String coreText, Suffix x) {
        if (x.unit() == null) {
            return false;
        }
        if (coreText.length() == 1 && "百千万亿萬億".indexOf(coreText.charAt(0)) >= 0 && !x.tail()
                && !qualifiedBefore(text, s)) {
            return false; // 千企万户, 万家灯火: a bare multiplier is a word, not a number
        }
        // 亿元以上项目, 超亿元企业, 百亿项目 (项 of 项目 is no unit): a size class, not an amount
        return !(onlyMultipliers(coreText)
                && (sizeClass(text, x.end() + x.unit().text().length()) || sizeClass(text, x.end())));
    }

    /** A number with no unit: the lower end of a range (300至500名), a ratio, a bare 亿 of money or 万 of people. */
    private static Figure withoutUnit(String text, int s, int e, BigDecimal core, Suffix x, boolean chinese) {
        int p = x.end();
        int u = p == e ? upperStart(text, p) : -1;
        if (u > 0) {
            Figure upper = secondOfRange(text, u, chinese);
            if (upper != null) {
                BigDecimal scale = upper.value().divide(upperCore(text, u, upper), 12, RoundingMode.HALF_UP);
                BigDecimal low = core.multiply(scale);
                return new Figure(s, upper.end(), clean(low), upper.value(), upper.unitClass(), upper.unit(),
                        Qualifier.RANGE, chinese);
            }
        }
        if (p == e && !chinese && isRatioContext(text, s)) {
            return new Figure(s, e, core, null, UnitClass.RATIO, "", null, false);
        }
        if (!chinese && x.mult().compareTo(HUNDRED_MILLION) >= 0 && BareMoney.around(text, s, p)) {
            return bareMoney(text, s, p, core.multiply(x.mult()), x.unitText().toString(), x.tail());
        }
        if (!chinese && x.mult().compareTo(TEN_THOUSAND) >= 0
                && PEOPLE_AFTER.matcher(text).region(p, Math.min(text.length(), p + 8)).lookingAt()) {
            // 14万移民劳动力, 惠及3.2万群众: the people named after the multiplier are what it counts
            return new Figure(s, p, clean(core.multiply(x.mult())), null, UnitClass.PERSON, x.unitText().toString(),
                    x.tail() ? Qualifier.AT_LEAST : null, false);
        }
        return null;
    }

    /** A number with its unit, unless the unit makes it a rank, a meeting's ordinal or a size class; perhaps a range. */
    private static Figure withUnit(String text, int s, BigDecimal core, Suffix x, boolean chinese) {
        UnitTable.Unit unit = x.unit();
        int end = x.end() + unit.text().length();
        if (text.startsWith("大关", x.end())) {
            return null; // 突破千亿大关: a round threshold with no unit names a milestone (千亿元大关 still says how much)
        }
        if (chinese && NAMED_PROGRAMME.matcher(text).region(end - unit.text().length(), text.length()).lookingAt()) {
            return null; // 三大攻坚战, 六大水系, 十大工程, 十项行动: a number inside a name, not a count
        }
        if (unit.text().equals("大") && STRUCTURE_AFTER_DA.matcher(text).region(end, text.length()).lookingAt()
                || chinese && unit.text().equals("大类") && !CLASSES_COUNTED.matcher(text).region(end, text.length()).lookingAt()) {
            return null; // 三大门类, 两大主导产业, 八大类: how the statistics group things, not a count of them
        }
        if (unit.unitClass() == UnitClass.PERCENT && SAMPLE_SURVEY.matcher(text).region(end, text.length()).lookingAt()) {
            return null; // 5‰人口变动抽样调查, 1%人口抽样调查: the sample's size in a survey's name
        }
        if (chinese && end < text.length() && (text.charAt(end) == '“' || text.charAt(end) == '"')
                && unit.unitClass() == UnitClass.COUNT) {
            return null; // 三个“一号工程”, 两个“确保”: a slogan's name, not a count
        }
        if (rankOrOrdinal(text, s, end, unit)
                || unit.unitClass() == UnitClass.MONEY_CNY && amountClass(text, s, end)) {
            return null; // 10亿元以上项目, 总投资1亿至10亿元的项目: the bounds of a size class, not an amount
        }
        if (unit.text().equals("个") && POINTS_WRITTEN_ONCE.matcher(text).region(end, text.length()).lookingAt()) {
            unit = UnitTable.at("个百分点", 0); // 分别提高7.9个、3.4个和1.7个百分点: 百分点 is written after the last item only
        }
        String unitText = x.unitText().append(unit.text()).toString();
        if (unit.text().equals("倍") && (s == 0 || text.charAt(s - 1) != '的')
                && GROWN_BY.matcher(text).region(Math.max(0, s - 8), s).find()) {
            // (增长到上年的1.4倍 is a ratio to the year before: 的 names what the multiple is taken of)
            // 增长1.3倍, 较2020年增长了5倍: growth by a multiple is a growth rate (+130 %), not a ratio
            return new Figure(s, end, clean(core.multiply(x.mult()).multiply(HUNDRED)), null, UnitClass.PERCENT, unitText,
                    x.tail() ? Qualifier.AT_LEAST : null, chinese);
        }
        BigDecimal value = core.multiply(x.mult()).multiply(unit.factor());
        if (unit.factor().scale() > 6) {
            value = value.setScale(2, RoundingMode.HALF_UP); // 亩 → ha, to the hundredth as written in the contract
        }
        // ranges: 10%至20%, 300名至500名
        int u = upperStart(text, end);
        if (u > 0) {
            Figure upper = secondOfRange(text, u, chinese);
            if (upper != null && upper.unitClass() == unit.unitClass()) {
                return new Figure(s, upper.end(), clean(value), upper.value(), unit.unitClass(), unitText,
                        Qualifier.RANGE, chinese);
            }
        }
        return new Figure(s, end, clean(value), null, unit.unitClass(), unitText, x.tail() ? Qualifier.AT_LEAST : null,
                chinese);
    }

    /** 前三名, 位次前移7位, 人大二次会议, 党的二十大: the unit counts places in a ranking or the ordinal of a meeting. */
    private static boolean rankOrOrdinal(String text, int s, int end, UnitTable.Unit unit) {
        String u = unit.text();
        if ((u.equals("名") || u.equals("位"))
                && (s > 0 && text.charAt(s - 1) == '前' || laterRankOfList(text, s)
                    || RANK_MOVE.matcher(text).region(Math.max(0, s - 16), s).find())) {
            return true;
        }
        return u.equals("次") && MEETING_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()
                || u.equals("大") && partyCongress(text, s, end);
    }

    /** 千亿台阶, 万亿台阶 after words of money (产值, 生产总值): the step an amount of yuan went up to. */
    private static boolean stepOfMoney(String text, int s, String coreText, int p) {
        return text.startsWith("台阶", p) && coreText.endsWith("亿") && BareMoney.around(text, s, p);
    }

    /** 分别居全省第18位和37位, 第3名、第5名: an item of a list whose first item was a rank (第N位) is a rank too. */
    private static boolean laterRankOfList(String text, int s) {
        if (s < 4 || "和、及与".indexOf(text.charAt(s - 1)) < 0 || "位名".indexOf(text.charAt(s - 2)) < 0) {
            return false;
        }
        int i = s - 3;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
        }
        return i < s - 3 && i >= 0 && text.charAt(i) == '第';
    }

    /** GDP2917.85亿元: an upper-case acronym of two letters or more names the measure; G318 and A1 name things. */
    private static boolean afterAcronym(String text, int s) {
        int i = s;
        while (i > 0 && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
            i--;
        }
        return s - i >= 2 && (i == 0 || text.charAt(i - 1) >= 128 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** 增长4.1 %, 1.48 亿元: pages copied from tables and PDFs put a space between a number and its unit. */
    private static boolean spaceBeforeUnit(String text, int e, boolean chinese) {
        if (chinese || e + 1 >= text.length() || text.charAt(e) != ' ') {
            return false;
        }
        return UnitTable.at(text, e + 1) != null || NumberReader.multiplierOf(text.charAt(e + 1)) > 0;
    }

    /** Where the upper end of a range begins after {@code end} (10%至20%, 3.5% — 3.7% as PDFs space it), or -1. */
    private static int upperStart(String text, int end) {
        int c = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        if (c + 1 >= text.length() || CONNECTORS.indexOf(text.charAt(c)) < 0) {
            return -1;
        }
        int u = text.charAt(c + 1) == ' ' ? c + 2 : c + 1;
        return u < text.length() ? u : -1;
    }

    private static BigDecimal upperCore(String text, int s, Figure upper) {
        Matcher m = NUMBER.matcher(text);
        if (m.find(s) && m.start() == s) {
            String t = m.group();
            BigDecimal v = Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' ? NumberReader.arabic(t)
                    : NumberReader.chinese(t);
            if (v != null && v.signum() != 0) {
                return v;
            }
        }
        return upper.value().signum() == 0 ? BigDecimal.ONE : upper.value();
    }

    private static Figure secondOfRange(String text, int s, boolean chinese) {
        Matcher m = NUMBER.matcher(text);
        m.region(s, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        Figure f = read(text, s, m.end());
        return f == null || f.qualifier() == Qualifier.RANGE ? null : f;
    }

    private static UnitTable.Unit acceptableUnit(String text, int p, boolean chinese) {
        UnitTable.Unit u = UnitTable.at(text, p);
        if (u == null) {
            return null;
        }
        int after = p + u.text().length();
        char next = after < text.length() ? text.charAt(after) : ' ';
        switch (u.text()) {
            case "大" -> {
                return chinese ? u : null;
            }
            case "位" -> {
                return "于列居置数".indexOf(next) >= 0 ? null : u; // 位居, 两位数
            }
            case "个" -> {
                // 3个月, 5个工作日 (but 38个工业行业大类 counts sectors)
                return "月时星季".indexOf(next) >= 0 || text.startsWith("小时", after) || text.startsWith("工作", after)
                        || text.startsWith("工日", after) ? null : u;
            }
            case "台" -> {
                return next == '阶' ? null : u; // 迈上千亿台阶: a step, not machines
            }
            case "场" -> {
                return "景所地".indexOf(next) >= 0 ? null : u;
            }
            case "度" -> {
                return chinese ? null : u;
            }
            case "期" -> {
                return chinese || "工项次间末初中满刊".indexOf(next) >= 0 ? null : u; // 320期 training rounds; 二期工程 is a phase
            }
            case "米" -> {
                return "粮面饭".indexOf(next) >= 0 ? null : u;
            }
            case "门" -> {
                return "户槛店口".indexOf(next) >= 0 ? null : u;
            }
            case "对" -> {
                return chinese && text.startsWith("对一", after - 1) ? null : u;
            }
            default -> {
                return u;
            }
        }
    }

    private static final String[] BEFORE_BARE = {"超过", "超", "近", "约", "逾", "突破", "破", "达", "过", "上", "接近", "将近",
        "不到", "不足", "数"};

    private static final Pattern SIZE_CLASS = Pattern.compile("^(?:以上|级|量级)?(?:的)?(?:省|市|县|区)?(?:重大|重点|产业|工业|制造业|在建|新建|续建|新签约|签约)?(?:项目|企业|工程|产业|产业集群|集群|园区|大项目)");

    private static boolean sizeClass(String text, int after) {
        return SIZE_CLASS.matcher(text).region(after, Math.min(text.length(), after + 12)).lookingAt();
    }

    /** What follows a bound of a size class of projects or firms (以上的重点项目, 的项目). */
    private static final Pattern CLASS_NOUN = Pattern.compile(
            "^(?:的)?(?:特大|重大|重点|产业|工业|制造业|在建|新建|续建|新签约|签约|招商){0,2}(?:项目|企业|工程|大项目)");

    /**
     * 10亿元以上项目 and the upper bound of 1亿至10亿元的项目 define a class of projects by size; the amount of one project
     * (总投资5亿元的铝材项目) has neither 以上 nor a range before its noun.
     */
    private static boolean amountClass(String text, int s, int end) {
        int reach = Math.min(text.length(), end + 14);
        int bound = text.startsWith("及", end) || text.startsWith("或", end) ? end + 1 : end; // 5000万元及以上项目
        if (text.startsWith("以上", bound) || text.startsWith("以下", bound)) {
            return CLASS_NOUN.matcher(text).region(bound + 2, reach).lookingAt();
        }
        boolean upperBound = s >= 2 && CONNECTORS.indexOf(text.charAt(s - 1)) >= 0
                && (Character.isDigit(text.charAt(s - 2)) || NumberReader.multiplierOf(text.charAt(s - 2)) > 0);
        return upperBound && CLASS_NOUN.matcher(text).region(end, reach).lookingAt();
    }

    /** What follows 三大, 两大 in the statistics' own grouping of the economy (三大工业门类, 两大主导产业, 七大类). */
    /** 三大攻坚战, 六大水系, 十大工程, 十项行动 (from the unit on): a campaign's or a system's name, not a count (四大产业集群 is). */
    private static final Pattern NAMED_PROGRAMME = Pattern.compile(
            "大(?:攻坚战|战役|会战|工程|行动|水系|(?:高原)?湖泊|理念|战略|专项|变革)|项(?:行动|工程|攻坚)");

    /** 增长, 增加了, 提高近: the words before a multiple that make it growth by that multiple. */
    private static final Pattern GROWN_BY = Pattern.compile("(?:增长|增加|提高|提升|上升|扩大)了?(?:近|约|超过?)?$");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern STRUCTURE_AFTER_DA = Pattern.compile(
            "(?:工业)?门类|板块|类(?:价格|商品)?(?![^，。；]{0,6}中)|(?:主导|支柱|先导|优势|特色|新兴|高耗能|传统)(?:产业|行业)|高耗能");

    /** 23大类商品中, 十四大类保持增长: classes counted (the classes of a whole, or those of them that grew). */
    private static final Pattern CLASSES_COUNTED = Pattern.compile("[^，。；]{0,6}(?:中|增长|下降|实现|保持)");

    /** 人大二次会议, 六届三次全会: 次 of a meeting's ordinal. */
    private static final Pattern MEETING_AFTER = Pattern.compile("(?:会议|全会|全体会议|常委会|代表大会|党代会)");

    /** 党的二十大, 十九大精神: a party congress, counted by its ordinal. */
    private static boolean partyCongress(String text, int s, int end) {
        return s >= 2 && text.startsWith("党的", s - 2)
                || text.startsWith("精神", end) || text.startsWith("报告", end) || text.startsWith("以来", end)
                || text.startsWith("召开", end) || text.startsWith("代表", end);
    }

    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000L);

    /** Nouns for people that may follow 万 without 人 (带动2万农民增收, 12.6万移民劳动力实现就业). */
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "(?:农村|城镇|城乡|贫困|脱贫|困难|低收入|搬迁)?(?:移民|群众|农民|居民|村民|职工|学生|师生|劳动力|农民工|人口|市民|游客"
                    + "|观众|志愿者|党员)");

    private static Figure bareMoney(String text, int s, int p, BigDecimal value, String unit, boolean tail) {
        if (p + 1 < text.length() && CONNECTORS.indexOf(text.charAt(p)) >= 0) {
            return null;
        }
        return new Figure(s, p, clean(value), null, UnitClass.MONEY_CNY, unit, tail ? Qualifier.AT_LEAST : null, false);
    }

    /** 亿, 千亿, 百亿: a multiplier with no digit before it names a size (千亿元产业), it does not count. */
    private static boolean onlyMultipliers(String core) {
        for (int i = 0; i < core.length(); i++) {
            if ("百千万亿萬億".indexOf(core.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean qualifiedBefore(String text, int s) {
        for (String w : BEFORE_BARE) {
            if (w.equals("约") && s >= 2 && "签合节预公制契条规".indexOf(text.charAt(s - 2)) >= 0) {
                continue; // 签约, 节约: not 约 = about
            }
            if (text.startsWith(w, s - w.length()) && s - w.length() >= 0) {
                return !w.equals("数");
            }
        }
        return false;
    }

    /** What moves a rank by places (前移, 提升…), then any earlier items of a list of such moves (7位、). */
    private static final Pattern RANK_MOVE = Pattern.compile(
            "(?:前移|后移|上移|下移|上升|提升|前进|后退|下降|下滑)(?:了)?(?:\\d+位[、和])*$");

    /** The rest of a list of percentage points after an item written as X个: 、3.4个和1.7个百分点. */
    private static final Pattern POINTS_WRITTEN_ONCE = Pattern.compile(
            "(?:[、和及与]\\d+(?:\\.\\d+)?个){0,6}[、和及与]\\d+(?:\\.\\d+)?个百分点");

    private static final Pattern RATIO_CUE = Pattern.compile("(?:容积率|系数|比例|比值|之比|指数|密度|倍数)(?:约为|约|为|达到|达|是)?$");

    private static boolean isRatioContext(String text, int s) {
        int from = Math.max(0, s - 8);
        return RATIO_CUE.matcher(text.substring(from, s)).find();
    }

    private static BigDecimal chineseDecimal(String t) {
        int dot = Math.max(t.indexOf('点'), t.indexOf('.'));
        try {
            if (Character.isDigit(t.charAt(0))) {
                return new BigDecimal(t.replace('点', '.'));
            }
            if (dot < 0) {
                return NumberReader.chinese(t);
            }
            BigDecimal whole = NumberReader.chinese(t.substring(0, dot));
            StringBuilder frac = new StringBuilder("0.");
            for (int i = dot + 1; i < t.length(); i++) {
                int d = NumberReader.digitOf(t.charAt(i));
                if (d < 0) {
                    return null;
                }
                frac.append(d);
            }
            return whole == null ? null : whole.add(new BigDecimal(frac.toString()));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static BigDecimal clean(BigDecimal v) {
        return v.stripTrailingZeros();
    }
}
