package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the headings of a page say of the figures under them: a heading of targets (主要预期目标, 2027年工作安排, 今年经济社会
 * 发展的主要预期目标是：) makes the lines under it the goals of its year until a heading or paragraph that reports results;
 * a numbered section of a release (一、 / （二）) is about the release's period again; a release whose lead names no period
 * is about the first running total it names (前三季度).
 */
final class SectionReader {

    /** A stretch [start,end) of the page under a heading of targets, and the year the targets are for. */
    private record Goals(int start, int end, int year) {
    }

    /** Words of a heading that announces targets or the year's work. */
    private static final Pattern GOAL_HEADING = Pattern.compile(
            "预期目标|主要目标|发展目标|目标任务|工作目标|工作安排|工作任务|工作打算|工作思路|重点工作|重点任务|展望"
                    + "|(?:今年|明年|全年|年度|(?:19|20)\\d{2}年?)(?:的)?目标|目标(?:19|20)\\d{2}(?!\\d)");

    /** Words of a heading or paragraph opening that reports results: the goals end there. */
    private static final Pattern RESULT_OPENING = Pattern.compile(
            "回顾|成绩单|成效|完成情况|运行情况|过去(?:的)?一年|一年来|(?:去年|上年)(?!同期)|五年来|(?:19|20)\\d{2}年(?:以来|全年)");

    /** A figure with its unit: such a line states results or goals itself and is no heading. */
    private static final Pattern FIGURE = Pattern.compile("\\d(?:[\\d.]*)\\s*(?:%|％|亿|万|个|家|人|元|吨|项|公里|亩|户)");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:年|(?=目标)|(?<=目标\\d{4})(?!\\d))");

    private static final Pattern BARE_YEAR = Pattern.compile("((?:19|20)\\d{2})年[：:]?");

    /** Numbered section headings of a release (一、工业 / （二）农业). */
    private static final Pattern NUMBERED = Pattern.compile("\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])");

    /** Bullets and numbering that may open a heading line. */
    private static final Pattern BULLET = Pattern.compile("^[\\s■●◆◇□▲△★☆▶▪•·—\\-]*");

    private static final int MAX_HEADING = 40;

    private final List<Goals> goals;

    private SectionReader(List<Goals> goals) {
        this.goals = goals;
    }

    /** The headings of targets of a (normalised) page and how far each reaches. */
    static SectionReader read(String t, LocalDate published) {
        List<Goals> found = new ArrayList<>();
        int open = -1;
        int year = 0;
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != '\n') {
                continue;
            }
            String line = t.substring(s, i).strip();
            if (open >= 0 && opensResults(line)) {
                found.add(new Goals(open, s, year));
                open = -1;
            }
            int bareYear = bareYear(line);
            if (open >= 0 && bareYear > 0 && bareYear < year) {
                found.add(new Goals(open, s, year)); // 2025年 after the goals of 2026: the year gone again
                open = -1;
            }
            if (isGoalHeading(line) || bareYear > 0 && goalYear(bareYear, published)) {
                if (open >= 0) {
                    found.add(new Goals(open, s, year));
                }
                open = i;
                year = yearOf(line, published);
            }
            s = i + 1;
        }
        if (open >= 0) {
            found.add(new Goals(open, t.length(), year));
        }
        return new SectionReader(found);
    }

    /**
     * The period a figure at {@code pos} is a goal for, or null: under a heading of targets a figure that names no
     * period of its own (or names the heading's year) is that year's goal; a rough rate ({@code roughRate}: 增长6%左右)
     * said of the whole current year in its first quarter (今年地区生产总值增长6%左右, in January) can only be a goal (an exact
     * one may be of a part of the year: 2025年春节假期…增长21.4%).
     */
    PeriodReader.Period goalPeriod(int pos, PeriodReader.Period stated, PeriodReader.Period period,
                                   boolean roughRate, LocalDate published) {
        for (Goals g : goals) {
            if (pos >= g.start() && pos < g.end()
                    && (stated == null || stated.type() == PeriodType.YEAR && stated.end().getYear() == g.year())) {
                return PeriodReader.Period.year(g.year());
            }
        }
        boolean unfinishedYear = stated != null && stated.type() == PeriodType.YEAR
                && stated.end().getYear() == published.getYear() && published.getMonthValue() <= 3;
        return unfinishedYear && roughRate && period.equals(stated) ? stated : null;
    }

    /**
     * 今年以来 in a release about a running total (前三季度…; 1-7月…) published within weeks of its end is that total: the
     * release reports the months it names, not the days since.
     */
    static PeriodReader.Period releaseTotal(PeriodReader.Period p, PeriodReader.Period lead, LocalDate published) {
        boolean sinceJanuary = p.type() == PeriodType.YTD && p.end().equals(published) && p.start().getDayOfYear() == 1;
        boolean runningTotal = lead != null && (lead.type() == PeriodType.YTD || lead.type() == PeriodType.QUARTER)
                && lead.start().getDayOfYear() == 1 && lead.start().getYear() == published.getYear()
                && lead.end().isBefore(published) && !lead.end().plusMonths(RELEASE_LAG_MONTHS).isBefore(published);
        return sinceJanuary && runningTotal ? lead : p;
    }

    /** How long after a running total ends its release may come out. */
    private static final int RELEASE_LAG_MONTHS = 2;

    /** 10月，… / 10月份，…: a single month opening a sentence. */
    private static final Pattern MONTH_OPENING = Pattern.compile("\\s*(?:1[0-2]|0?[1-9])月(?:份)?[，,]");

    /**
     * Whether a time expression is a month that opens the sentence at {@code ss} (10月，全省…。其中，…增长15.6%): a monthly
     * release's paragraph about one month, whose later sentences are about that month too.
     */
    static boolean opensWithMonth(String t, int ss, PeriodReader.Expression e) {
        return e.role() == PeriodReader.Role.NEAR && e.start() - ss <= 2
                && MONTH_OPENING.matcher(t).region(ss, Math.min(t.length(), e.end() + 2)).lookingAt();
    }

    /**
     * Whether a time expression is an as-of date that opens the sentence at {@code ss} (截至6月底，…开工率87.8%。其中…已开工450个):
     * the stock it counts is what the later sentences of its paragraph break down.
     */
    static boolean opensWithAsOf(String t, int ss, PeriodReader.Expression e) {
        return e.role() == PeriodReader.Role.AS_OF && e.start() - ss <= 2 && t.startsWith("截至", e.start());
    }

    /** A numbered section of a release about a running total, after a section that named a part of it. */
    static boolean releaseSection(PeriodReader.Period articleFrame, PeriodReader.Period frame, String t, int ss) {
        return articleFrame.type() != PeriodType.YEAR && !frame.equals(articleFrame)
                && !frame.end().isAfter(articleFrame.end()) && headsSection(t, ss);
    }

    /** A heading that looks back and names no time of its own (工作回顾, 一、成绩单, 主要成效). */
    private static final Pattern REVIEW_HEADING = Pattern.compile("[\\s■●◆▶•·—\\-]*(?:[一二三四五六七八九十]{1,3}[、.．]"
            + "|[（(][一二三四五六七八九十]{1,3}[）)])?\\s*(?:主要)?(?:工作)?(?:回顾|成绩单|成绩|成效)[：:]?\\s*$");

    /**
     * The frame under a heading that looks back with no time of its own (今年政府工作报告有哪些干货?\n工作回顾\n…): in a report
     * of the year's first quarter about a year it is the year before, whatever a figure-less 今年 line above it said (a
     * release about 1-2月 keeps its months).
     */
    static PeriodReader.Period reviewFrame(String t, int ss, LocalDate published, PeriodReader.Period frame) {
        int lineEnd = t.indexOf('\n', ss);
        lineEnd = lineEnd < 0 ? t.length() : lineEnd;
        boolean review = published.getMonthValue() <= 3 && frame.type() == PeriodType.YEAR && lineEnd - ss <= MAX_HEADING
                && REVIEW_HEADING.matcher(t).region(ss, lineEnd).lookingAt();
        return review ? PeriodReader.Period.year(published.getYear() - 1) : frame;
    }

    /** Whether the line starting at {@code pos} is a numbered section heading (一、工业, （二）消费). */
    static boolean headsSection(String t, int pos) {
        return NUMBERED.matcher(t).region(pos, Math.min(t.length(), pos + 8)).lookingAt();
    }

    /**
     * A release whose figures start before it names their period (实现地区生产总值744.94亿元…。初步统计，前三季度…) is about
     * the first running total of the publication's year it names, when that ended before publication: a whole year
     * cannot have been reported before it ended. Null when the first period the article names is no such total.
     */
    static PeriodReader.Period laterLead(List<PeriodReader.Expression> times, LocalDate published) {
        if (published.getMonthValue() <= 2) {
            return null; // January and February look back on the year before
        }
        for (PeriodReader.Expression e : times) {
            if (e.role() != PeriodReader.Role.FRAME) {
                continue;
            }
            PeriodReader.Period p = e.read().at(published.getYear(), published);
            boolean runningTotal = (p.type() == PeriodType.YTD || p.type() == PeriodType.QUARTER)
                    && p.start().getMonthValue() == 1;
            return runningTotal && p.start().getYear() == published.getYear() && p.end().isBefore(published) ? p : null;
        }
        return soleAsOf(times, published);
    }

    /**
     * The one as-of date an article names, when it names no other time (博尔塔拉招商引资开工项目118个\n截至7月底，…\n按产业分：…):
     * a progress report on the year so far, whose headline and later paragraphs count to that date too. Null when it names
     * none, several, or one not yet past.
     */
    private static PeriodReader.Period soleAsOf(List<PeriodReader.Expression> times, LocalDate published) {
        PeriodReader.Period sole = null;
        for (PeriodReader.Expression e : times) {
            if (e.role() == PeriodReader.Role.NEAR) {
                continue; // a day (10月30日) says when the release came out
            }
            PeriodReader.Period p = e.read().at(published.getYear(), published);
            boolean past = p.asOf() && p.end().getYear() == published.getYear() && p.end().isBefore(published);
            if (e.role() != PeriodReader.Role.AS_OF || !past || sole != null && !sole.equals(p)) {
                return null;
            }
            sole = p;
        }
        return sole;
    }

    /** A line that is a year alone (2026年), as a digest of a report heads its parts: the year, else 0. */
    private static int bareYear(String line) {
        Matcher m = BARE_YEAR.matcher(BULLET.matcher(line).replaceFirst(""));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A year still to come, or the year of publication in its first quarter (the 两会 season): a heading of its goals. */
    private static boolean goalYear(int year, LocalDate published) {
        return year > published.getYear() || year == published.getYear() && published.getMonthValue() <= 3;
    }

    private static boolean isGoalHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADING || FIGURE.matcher(line).find()) {
            return false;
        }
        String body = BULLET.matcher(line).replaceFirst("");
        boolean lead = body.endsWith("：") || body.endsWith(":");
        boolean bare = !body.contains("，") && !body.contains("。") && !body.contains(",");
        return (lead || bare) && GOAL_HEADING.matcher(body).find() && !RESULT_OPENING.matcher(body).find();
    }

    /** A heading or a paragraph that opens by reporting results ends the goals before it. */
    private static boolean opensResults(String line) {
        String opening = line.substring(0, Math.min(line.length(), 12));
        return !isGoalHeading(line) && RESULT_OPENING.matcher(opening).find();
    }

    /**
     * The year a heading's goals are for: the year it names, 明年, 今年; else that of publication, or the next one for a
     * report given in its last quarter.
     */
    private static int yearOf(String line, LocalDate published) {
        Matcher y = YEAR.matcher(line);
        if (y.find()) {
            return Integer.parseInt(y.group(1));
        }
        if (line.contains("明年")) {
            return published.getYear() + 1;
        }
        return published.getMonthValue() >= 10 && !line.contains("今年") ? published.getYear() + 1 : published.getYear();
    }
}
