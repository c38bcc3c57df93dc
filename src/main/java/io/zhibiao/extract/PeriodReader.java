package io.zhibiao.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of an article (years, months, year-to-date spans, as-of dates, five-year plans,
 * 今年/去年/近日) and reads each into a period, some of them relative to the publication date or the year
 * the article is talking about.
 */
final class PeriodReader {

    /** What a time expression does to the figures after it. */
    enum Role {
        /** a year or span the article is about; later sentences inherit it */
        FRAME,
        /** an as-of date (截至11月底): this sentence only */
        AS_OF,
        /** a date near publication (近日): this sentence only */
        NEAR
    }

    /** A period: an interval of a type, or an as-of date when the type is {@link PeriodType#ASOF}. */
    record Period(LocalDate start, LocalDate end, PeriodType type) {
        Period(LocalDate start, LocalDate end) {
            this(start, end, PeriodType.ofDates(start, end));
        }

        static Period year(int y) {
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), PeriodType.YEAR);
        }

        static Period years(int a, int b) {
            return new Period(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
        }

        static Period months(int y, int m1, int m2) {
            return new Period(LocalDate.of(y, m1, 1), YearMonth.of(y, m2).atEndOfMonth());
        }

        static Period asOf(LocalDate day) {
            return new Period(LocalDate.of(day.getYear(), 1, 1), day, PeriodType.ASOF);
        }

        boolean asOf() {
            return type == PeriodType.ASOF;
        }

        /** The same stretch of the year before (去年同期): 1-2月 of 2025 → 1-2月 of 2024, month ends kept. */
        Period yearEarlier() {
            LocalDate e = end.minusYears(1);
            if (end.getDayOfMonth() == end.lengthOfMonth()) {
                e = YearMonth.from(e).atEndOfMonth();
            }
            return new Period(start.minusYears(1), e, type);
        }
    }

    /** A time expression found at [start,end); {@code read} gives its period for a frame year. */
    record Expression(int start, int end, Role role, Reader read) {
    }

    @FunctionalInterface
    interface Reader {
        Period at(int frameYear, LocalDate published);
    }

    private record Rule(Anchored pattern, java.util.function.Function<MatchResult, Expression> make) {
    }

    private static final String Y = "(?<!\\d)((?:19|20)\\d{2})";
    private static final String M = "(1[0-2]|0?[1-9])";
    private static final String TO = "(?:至|到|-|—|~|－)";
    private static final String CN_MONTHS = "([一二三四五六七八九十两]{1,2}|1[0-2]|[1-9])"; // 前两个月 too

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        rule("截至" + Y + "年" + M + "月(\\d{1,2})日", m -> asOf(m, y(m, 1), i(m, 2), i(m, 3)));
        rule("截至" + Y + "年" + M + "月(?:底|末|份)?", m -> asOf(m, y(m, 1), i(m, 2), 0));
        rule("截至" + Y + "年(?:年)?(?:底|末)", m -> asOf(m, y(m, 1), 12, 31));
        rule("截至" + M + "月(\\d{1,2})日", m -> relAsOf(m, i(m, 1), i(m, 2)));
        rule("截至" + M + "月(?:底|末|份)?", m -> relAsOf(m, i(m, 1), 0));
        // 截至 6 月末: typesetting puts spaces around the digits
        rule("截至 " + M + " ?月(?:底|末|份)?", m -> relAsOf(m, i(m, 1), 0));
        rule("(?:截至)?(?:今年|本年)(?:底|末)", m -> expr(m, Role.FRAME, (f, p) -> yearEnd(p.getYear())));
        rule(Y + "年?" + TO + Y + "年", m -> fixed(m, Period.years(y(m, 1), y(m, 2))));
        rule(Y + "年(?:1|一)?" + TO + M + "月", m -> fixed(m, Period.months(y(m, 1), 1, i(m, 2))));
        rule(Y + "年(?:1|一)月?" + TO + M + "月", m -> fixed(m, Period.months(y(m, 1), 1, i(m, 2))));
        rule(Y + "年前([一二三两]|[1-3])(?:个)?季度", m -> fixed(m, Period.months(y(m, 1), 1, 3 * cn(m.group(2)))));
        rule(Y + "年(?:第)?([一二三四]|[1-4])季度", m -> fixed(m, quarter(y(m, 1), cn(m.group(2)))));
        rule(Y + "年(?:第)?Q([1-4])(?![\\d])", m -> fixed(m, quarter(y(m, 1), cn(m.group(2)))));
        rule(Y + "年前" + CN_MONTHS + "(?:个)?月", m -> fixed(m, Period.months(y(m, 1), 1, cn(m.group(2)))));
        rule(Y + "年(上|下)半年", m -> fixed(m, m.group(2).equals("上") ? Period.months(y(m, 1), 1, 6)
                : Period.months(y(m, 1), 7, 12)));
        rule(Y + "年(?:以?后)", m -> expr(m, Role.FRAME, (f, p) -> Period.year(y(m, 1) + 1)));
        // 2016年以来累计投入…, 2024年12月以来, 去年11月迄今: a running total from then to the day of publication; it
        // dates its own sentence (the next one is about the year again). The year of publication itself is 今年以来.
        rule(Y + "年" + M + "月(?:份)?(?:以来|迄今|至今)", m -> since(m, y(m, 1), i(m, 2)));
        rule(Y + "年(?:以来|迄今|至今)", m -> since(m, y(m, 1), 1));
        rule("(?:去年|上年)" + M + "月(?:份)?(?:以来|迄今|至今)", m -> expr(m, Role.AS_OF,
                (f, p) -> sinceThen(LocalDate.of(p.getYear() - 1, i(m, 1), 1), p)));
        rule("(?<![\\d年月至到~—-])" + M + "月(?:份)?(?:以来|迄今|至今)", m -> expr(m, Role.AS_OF,
                (f, p) -> sinceThen(LocalDate.of(f, i(m, 1), 1), p)));
        rule(Y + "年" + M + "月(?:底|末)", m -> asOf(m, y(m, 1), i(m, 2), 0));
        // 6月末，全市各项贷款余额…: a stock at the month's end, as 截至6月末 is
        rule("(?<![\\d年月至到~—-])" + M + "月(?:底|末)", m -> relAsOf(m, i(m, 1), 0));
        // 3月10日至3月20日新增投资122亿元: a stretch of days dates its own sentence
        rule("(?:" + Y + "年|(?<![\\d年]))" + M + "月(\\d{1,2})日?" + TO + "(?:" + M + "月)?(\\d{1,2})日", m -> days(m));
        // a full date says when something happened, not what the following sentences are about
        rule(Y + "年" + M + "月(\\d{1,2})日", m -> expr(m, Role.NEAR, (f, p) -> Period.year(y(m, 1))));
        rule(Y + "年" + M + "月(?:份)?(?!\\d)", m -> fixed(m, Period.months(y(m, 1), i(m, 2), i(m, 2))));
        // 由1978年末的2280万人扩大至…, 从1978年的30所发展到…: the starting point of a comparison dates its own figure only
        rule("(?<=[由从])" + Y + "年(底|末)?的", m -> expr(m, Role.NEAR, (f, p) -> m.group(2) != null ? yearEnd(y(m, 1))
                : Period.year(y(m, 1))));
        rule(Y + "年(?:年)?(?:底|末)", m -> fixed(m, yearEnd(y(m, 1))));
        // 其中2024年结转项目13个: the year things come from is no time of the figures (the stock is as of 截至3月底)
        rule(Y + "年(?:度|来|全年)?(?!结转|续建|遗留|结余|剩余)", m -> fixed(m, Period.year(y(m, 1))));
        rule("(?<![\\d月])(?<!\\d年)(?:1|一)月?" + TO + M + "月", m -> relative(m, (f, p) -> Period.months(f, 1, i(m, 1))));
        // 10月份，…: one month of the year in frame, for its sentence group
        rule("(?<![\\d年月至到~—-])" + M + "月(?:份)?(?![\\d日号底末初中上下前后起以])",
                m -> expr(m, Role.NEAR, (f, p) -> Period.months(f, i(m, 1), i(m, 1))));
        rule("今冬明春", m -> expr(m, Role.NEAR, (f, p) -> {
            int y = p.getMonthValue() >= 7 ? p.getYear() : p.getYear() - 1;
            return Period.years(y, y + 1);
        }));
        rule("前([一二三两]|[1-3])(?:个)?季度", m -> relative(m, (f, p) -> Period.months(f, 1, 3 * cn(m.group(1)))));
        rule("前" + CN_MONTHS + "(?:个)?月", m -> relative(m, (f, p) -> Period.months(f, 1, cn(m.group(1)))));
        rule("(上|下)半年", m -> relative(m, (f, p) -> m.group(1).equals("上") ? Period.months(f, 1, 6)
                : Period.months(f, 7, 12)));
        rule("(?<!前)(?:第)?([一二三四])季度", m -> relative(m, (f, p) -> quarter(f, cn(m.group(1)))));
        // 今年以来: from January to the day of publication; 目前/截至目前: a stock on that day
        rule("(?:今年|本年)(?:以来|来)", m -> expr(m, Role.FRAME, (f, p) -> new Period(LocalDate.of(p.getYear(), 1, 1), p,
                PeriodType.YTD)));
        rule("目前(?<![项节题科数栏书条]目前)|当前|截至目前|截至发稿|截止目前|至今|迄今|如今|(?<=到|至)今天", m -> expr(m, Role.AS_OF, (f, p) -> toDate(p)));
        rule("过去(?:的)?一年|一年来", m -> expr(m, Role.FRAME, (f, p) -> Period.year(p.getYear() - 1)));
        // 今后五年, 未来3年: the years after publication
        // said in January to March (the year's reports) or in a five-year plan's first year (未来五年 of a 2021 plan),
        // the years start with the current one
        rule("(?:今后|未来|接下来)([两二三四五六七八九十]|\\d{1,2})年", m -> expr(m, Role.FRAME, (f, p) -> {
            int n = cn(m.group(1));
            int first = p.getMonthValue() <= 3 || n == 5 && (p.getYear() - 2006) % 5 == 0 ? p.getYear() : p.getYear() + 1;
            return Period.years(first, first + n - 1);
        }));
        rule("(今年|本年)", m -> expr(m, Role.FRAME, (f, p) -> Period.year(p.getYear())));
        rule("(?<![比较同与])(去年|上一年)", m -> expr(m, Role.FRAME, (f, p) -> Period.year(p.getYear() - 1)));
        rule("明年", m -> expr(m, Role.FRAME, (f, p) -> Period.year(p.getYear() + 1)));
        // “十三五”以来 runs from the plan's first year to publication
        rule("十([一二三四五六])五[”\"]?(?:时期|期间)?(?:以来|至今)", m -> since(m, 2006 + 5 * (cn(m.group(1)) - 1), 1));
        // 今年是“十四五”收官之年 names the plan, it does not date the figures after it
        // (2024年是实现“十四五”规划目标任务的关键一年 likewise)
        rule("十([一二三四五六])五(?![^，。；,;]{0,14}?(?:收官|开局|起步|冲刺|攻坚|决胜|关键|之年|一年))", m -> expr(m, Role.FRAME, (f, p) -> {
            int k = cn(m.group(1));
            return Period.years(2006 + 5 * (k - 1), 2010 + 5 * (k - 1));
        }));
        // 近三年 / 过去5年 name the span even without 来 (近三年累计培训…); a bare 3年 stays a duration.
        // 成立近3年的企业, 毕业2年以内的: the span describes what is counted, it does not date the figure
        // 为35年来、20年来首次, 创10年来新高: a record claim compares, it dates nothing
        rule("(?<![较比])(?<!成立|注册|毕业|离校|入职|创办|落户|投产|建成)"
                + "(?:(?:近|过去)?([两二三四五六七八九十]|\\d{1,2})年(?:来|以来|间)|(?:近|过去)([两二三四五六七八九十]|\\d{1,2})年)"
                + "(?![^，。；]{0,10}(?:首次|最高|最好|最快|最低|最大|新高|新低|之最))",
                m -> expr(m, Role.FRAME, (f, p) -> {
            int n = cn(m.group(1) != null ? m.group(1) : m.group(2));
            int last = p.getMonthValue() <= 2 ? p.getYear() - 1 : p.getYear();
            return Period.years(last - n + 1, last);
        }));
        // 近日，市统计局发布数据：全年… dates the report, not the figures it gives
        rule("(?:近日|日前|近期|连日来)(?![^。；！？\\n]{0,30}?(?:获悉|发布|公布|显示|了解到|通报|透露))",
                m -> expr(m, Role.NEAR, (f, p) -> Period.months(p.getYear(),
                p.getMonthValue(), p.getMonthValue())));
        rule("(?<![\\d年])(?:年底|年末)", m -> relative(m, (f, p) -> yearEnd(f)));
        // 年内计划投资14亿元 after 9月以来: within the year in frame (三年内 is a duration)
        rule("(?<![\\d一二三四五六七八九十两几个当本今全上去明年月])年内(?!容|外)",
                m -> expr(m, Role.NEAR, (f, p) -> Period.year(f)));
    }

    /**
     * What the rules need ({@link CueWords}): a window holding none of a rule's words, or no digit where every match of the
     * rule holds one (a year, 3月), holds no match of it.
     */
    private static final CueWords.Index RULE_WORDS = new CueWords.Index(
            RULES.stream().map(r -> CueWords.needs(r.pattern.pattern().pattern())).toList());

    /**
     * 较上年, 比1-7月, 高于去年同期: a time after these is what a figure is compared with; so is each later one of a list of
     * them (较一季度、上半年和前三季度分别提高…; 低于上年同期和2019年同期), whose items are times joined by 、 or 和.
     */
    private static final Anchored COMPARISON_BEFORE = Anchored.compile(
            "(?:较|比|与|同比|相比|对比|比上|较上|高于|低于|快于|慢于|超过|超出|高出|好于|优于)"
                    + "(?:[\\d一二三四五六七八九十两上下前半全年季度月份第至到~—-]{1,8}(?:同期)?(?:[、和及与]|以及))*$");

    private PeriodReader() {
    }

    private static void rule(String regex, java.util.function.Function<MatchResult, Expression> make) {
        RULES.add(new Rule(Anchored.compile(regex), make));
    }

    private static Expression expr(MatchResult m, Role role, Reader r) {
        return new Expression(m.start(), m.end(), role, r);
    }

    private static Expression fixed(MatchResult m, Period p) {
        return new Expression(m.start(), m.end(), Role.FRAME, (f, pub) -> p);
    }

    private static Expression relative(MatchResult m, Reader r) {
        return new Expression(m.start(), m.end(), Role.FRAME, r);
    }

    private static Expression asOf(MatchResult m, int y, int month, int day) {
        LocalDate d = day > 0 ? safeDate(y, month, day) : YearMonth.of(y, month).atEndOfMonth();
        if (d == null) {
            return null;
        }
        return new Expression(m.start(), m.end(), Role.AS_OF, (f, p) -> Period.asOf(d));
    }

    /**
     * From the first of a month to publication; 2025年以来 in 2025 is 今年以来, and in a January or February look-back on
     * 2025 it is that year.
     */
    private static Expression since(MatchResult m, int y, int month) {
        LocalDate from = safeDate(y, month, 1);
        if (from == null) {
            return null;
        }
        return new Expression(m.start(), m.end(), Role.AS_OF, (f, p) -> {
            if (month == 1 && y == p.getYear()) {
                return new Period(from, p, PeriodType.YTD);
            }
            if (month == 1 && y == p.getYear() - 1 && p.getMonthValue() <= 2) {
                return Period.year(y);
            }
            return sinceThen(from, p);
        });
    }

    private static Period sinceThen(LocalDate from, LocalDate published) {
        return from.isBefore(published) ? new Period(from, published) : Period.asOf(published);
    }

    /** 3月10日至20日: the days from one to the other, of the year named or in frame. */
    private static Expression days(MatchResult m) {
        int month2 = m.group(4) != null ? i(m, 4) : i(m, 2);
        return new Expression(m.start(), m.end(), Role.NEAR, (f, p) -> {
            int y = m.group(1) != null ? y(m, 1) : f;
            LocalDate a = safeDate(y, i(m, 2), i(m, 3));
            LocalDate b = safeDate(y, month2, i(m, 5));
            return a == null || b == null || b.isBefore(a) ? Period.year(y) : new Period(a, b);
        });
    }

    private static Expression relAsOf(MatchResult m, int month, int day) {
        return new Expression(m.start(), m.end(), Role.AS_OF, (f, p) -> {
            LocalDate d = day > 0 ? safeDate(f, month, day) : YearMonth.of(f, month).atEndOfMonth();
            if (d == null) {
                d = YearMonth.of(f, month).atEndOfMonth();
            }
            return Period.asOf(d);
        });
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * 目前 on the day of publication; in January and February, when reports look back on the year just ended, a stock
     * "to date" is that year's closing stock.
     */
    private static Period toDate(LocalDate published) {
        return published.getMonthValue() <= 2 ? yearEnd(published.getYear() - 1) : Period.asOf(published);
    }

    /** 年末, 今年底: a stock at the end of the year (its dates still span the year, as a reader says "2025"). */
    private static Period yearEnd(int y) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), PeriodType.ASOF);
    }

    private static Period quarter(int y, int q) {
        return new Period(LocalDate.of(y, 3 * q - 2, 1), YearMonth.of(y, 3 * q).atEndOfMonth(), PeriodType.QUARTER);
    }

    private static int y(MatchResult m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static int i(MatchResult m, int g) {
        return Integer.parseInt(m.group(g));
    }

    /** Small numbers written either way: 3, 三, 十, 十一. */
    static int cn(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        java.math.BigDecimal v = NumberReader.chinese(s);
        return v == null ? 1 : v.intValue();
    }

    /** The time expressions in [start,end), sorted, without overlaps (the earlier and longer one wins). */
    static List<Expression> find(String text, int start, int end) {
        List<Expression> all = new ArrayList<>();
        // every expression holds one of 年月季日五期冬前今; scanning only near them keeps the rules cheap
        List<int[]> windows = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '年' || c == '月' || c == '季' || c == '日' || c == '五' || c == '期' || c == '冬' || c == '前'
                    || c == '今') {
                int a = Math.max(start, i - WINDOW);
                int b = Math.min(end, i + WINDOW);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && a <= last[1]) {
                    last[1] = b;
                } else {
                    windows.add(new int[]{a, b});
                }
            }
        }
        java.util.BitSet[] worded = new java.util.BitSet[windows.size()];
        for (int k = 0; k < windows.size(); k++) {
            worded[k] = RULE_WORDS.rowsIn(text, windows.get(k)[0], windows.get(k)[1]);
        }
        for (int ri = 0; ri < RULES.size(); ri++) {
            Rule r = RULES.get(ri);
            Matcher m = r.pattern.matcher(text);
            m.useTransparentBounds(true);
            for (int k = 0; k < worded.length; k++) {
                if (!worded[k].get(ri)) {
                    continue;
                }
                int[] w = windows.get(k);
                collect(r, m, text, w[0], w[1], start, all);
            }
        }
        all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Expression> out = new ArrayList<>();
        int last = -1;
        for (Expression e : all) {
            if (e.start >= last) {
                out.add(e);
                last = e.end;
            }
        }
        return out;
    }

    private static final int WINDOW = 14;
    /** How far back a comparison word may stand before a time it compares with (较一季度、上半年和前三季度). */
    private static final int COMPARISON_REACH = 24;

    private static void collect(Rule r, Matcher m, String text, int from, int to, int floor, List<Expression> all) {
        for (; from <= to && r.pattern.find(m, text, from, to); from = Anchored.next(m)) {
            if (isComparison(text, m.start(), floor) || BASE_OF_MULTIPLE.matcher(text)
                    .region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) {
                continue;
            }
            Expression e;
            try {
                e = r.make.apply(m.toMatchResult());
            } catch (RuntimeException ex) {
                e = null; // 2025年13月 and the like
            }
            if (e != null) {
                all.add(e);
            }
        }
    }

    /** 是2020年的1.42倍, 相当于2019年的1.6倍: the year a multiple is taken of is a comparison, it dates nothing. */
    private static final Pattern BASE_OF_MULTIPLE = Pattern.compile(
            "(?:底|末)?的(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两]+(?:点[一二三四五六七八九〇零]+)?)(?:多)?倍");

    private static boolean isComparison(String text, int s, int floor) {
        int from = Math.max(floor, s - COMPARISON_REACH);
        return COMPARISON_BEFORE.foundIn(text.substring(from, s));
    }
}
