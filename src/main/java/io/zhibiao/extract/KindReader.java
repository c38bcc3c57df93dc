package io.zhibiao.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a planned or expected figure (计划/预计/将/力争/目标/达产后) from one that happened. */
final class KindReader {

    /**
     * What the words before a figure say of it; {@code estimate} when only 预计/争取-like words made it a target;
     * {@code cueDistance} how many characters before the figure the plan cue ends (0 in its clause, -1 for none).
     */
    record Reading(Kind kind, boolean estimate, int cueDistance) {
        static final Reading ACTUAL = new Reading(Kind.ACTUAL, false, -1);
    }

    /**
     * The first characters of every cue: a position without one fails at once instead of trying each alternative
     * (java.util.regex has no first-character index for alternations).
     */
    private static final String FIRST_CHARS = "(?=[计预力目拟争有达建投到届按将要确规任控可年])";

    /**
     * 计划 as a verb (计划投资, 计划年底前建成); not the plan a figure was measured against (完成年度计划, 占年度计划投资的,
     * 为年投资计划的), nor the name of a programme (三年攻坚计划, 推进计划过程中, 实施…计划，): such a 计划 ends its phrase or follows a word of a programme;
     * 超计划16项 is a result beyond the plan; 新签约项目152个，计划投资超2300亿元 is what the signed projects are to cost (as
     * 计划总投资 is, see below); 第二批投资计划安排实施项目312个 names the batch the projects are on; nor a list things were put on (列入省重点项目年度计划的新开工项目45个 counts
     * projects that started; 年度计划的28个重点项目 names the list); 为年投资计划的72.1% measures against it. 计划总投资 is
     * read apart, see {@link #PROJECT_COST}.
     */
    private static final String PLAN = "计划(?<!(?:完成|为|占)[^，。；]{0,8}计划)(?<!(?:列入|纳入|入选|进入)[^，。；]{0,16}计划)"
            + "(?<!(?:行动|攻坚|推进|提升|培育|试点|[两二三四五六七八九十]年|超|批投资)计划)"
            + "(?!过程|中[，,的]|[”》]|[，,。；;]|总投资|的(?:[\\d一二三四五六七八九十]|$))"
            + "(?!(?<=(?:签约|签订)[^。；;！？!?]{0,40}计划)投资)";

    /**
     * 计划新开工项目, 计划建成投产项目: a class of a year's list of projects; it plans its own count and cost (计划开工项目107个，
     * 总投资333.81亿元) but not a clause that names another class (…计划新开工项目101项，预备项目7项).
     */
    private static final Pattern CLASS_NAME = Pattern.compile("^新?(?:开工|建成投产|建成|投产|竣工|完工)的?(?:重点|重大)?项目");

    /**
     * 计划总投资 plans a project's cost, unless the sentence says the projects were signed or started: then it is what they
     * are to cost (共签约项目12个，计划总投资56.8亿元), and whether they are planned is said elsewhere (计划新开工项目…).
     * A sentence cue only: the signing usually stands in an earlier clause. Projects still to start (计划新开工项目35个，计划总投资
     * 120亿元) cost what is planned.
     */
    private static final String PROJECT_COST = "计划总投资(?<!(?:签约|签订|(?<!计划新?)(?:开工|竣工|投产)|落地|在建)[^。；;！？!?]{0,40}计划总投资)";

    /**
     * 年度计划投资700亿元, 年度投资计划304亿元: the planned size of a year's scheme of projects is its own target, but it does not
     * make the paragraph that states the scheme a plan.
     */
    private static final Pattern SCHEME_PLAN = Pattern.compile("(?:年度?|年度投资|年投资)$");

    /**
     * 年度计划投资300亿元, 年投资目标412亿元: a scheme's goal amount is a plan of its own figure only; the count of the scheme
     * and the progress said beside it (1-5月完成投资145亿元) are results, so such a cue does not reach the rest of the sentence.
     */
    private static final String SCHEME_AMOUNT = "(?!(?<=年度?(?:投资)?(?:计划|目标))(?:投资)?(?:为|是|达)?[约近超逾]?\\d)";

    /**
     * 预计带动就业3万人, 预计年新增产值80亿元: an effect still to come, never an estimate of a period already over (the cue is
     * read whole so that it is no bare 预计).
     */
    private static final String FORECAST = "预计(?:可|将|带动|拉动|吸纳|提供|年)";

    /** 新签约项目152个，计划投资超2300亿元: the clause's 计划投资 is what the signed projects are to cost. */
    private static final Pattern SIGNED_COST = Pattern.compile("(?:签约|签订)[^。；;！？!?]{0,40}计划总?投资[超约近达为]?$");

    /** Words that measure a result against a goal. */
    private static final String MEASURED = "(?:完成|低于|高于|超过|超出|优于|好于)";

    /**
     * 目标 names a plan, unless it is the yardstick a result is measured against (完成全年目标, 低于4.6%的控制目标, 开工目标完成率)
     * or the target of a campaign (目标企业).
     */
    private static final String GOAL = "目标(?<!" + MEASURED + "[^，。；]{0,16}目标)(?!企业|客户|群体|人群|市场|(?:任务)?(?:完成|实现)率)";

    /** 任务 is a plan unless a result is measured against it (超额完成目标任务, 超过目标任务4000亿元的19%). */
    private static final String TASK = "任务(?<!" + MEASURED + "[^，。；]{0,20}任务)(?!(?:完成|实现)率)";

    /** 将 used as 把 (将政府性债务纳入预算管理, 将A作为B) moves a thing somewhere; it plans nothing. */
    private static final String NOT_DISPOSAL = "(?![^，。；,;]{1,10}?(?:纳入|列入|作为|视为|列为))";

    /** 争取实现 is a plan; 争取上级资金25亿元 reports money obtained. */
    private static final String STRIVE = "争取(?!(?:到|获得)?[^，。；]{0,8}(?:资金|投资|债券|专项|补助|补贴|奖励|贷款|额度|项目资金))";

    /** Cues that make the rest of the sentence a plan. */
    static final Anchored SENTENCE_CUE = Anchored.compile(FIRST_CHARS
            + "(?:" + PLAN + SCHEME_AMOUNT + "|" + PROJECT_COST + "|" + FORECAST + "|预计|力争|" + GOAL + SCHEME_AMOUNT
                    + "|预期|拟|" + STRIVE
                    + "|有望|达产后|建成后|投产后|到位后|届时|按照计划|(?<=(?:提出|强调|明确)[，,：:]?)要"
                    + "|(?<![已即])将(?!其|近|军|领|士|帅|来|有|铁路)" + NOT_DISPOSAL + ")");

    /** Cues that only reach the clause they stand in. */
    static final Anchored CLAUSE_CUE = Anchored.compile(FIRST_CHARS
            + "(?:(?<![已即])将(?!其|近|军|领|士|帅|来|铁路)" + NOT_DISPOSAL + "|要(?:在|于|把|实现|达到|完成|新增)|(?<![两二三四五六七八九十])确保|力求|" + PLAN + "|" + FORECAST + "|预计"
                    + "|" + GOAL + "|规划|拟|" + STRIVE + "|达产后|建成后|投产后|" + TASK + "|控制在|力争"
                    + "|(?:年|建成|投产|达产)?可(?:实现|新增|带动|提供|增加|节约|改善|解决|吸纳|达到|创造|容纳|满足|处理))");

    /**
     * Words that, about a finished period, report an estimate or a result rather than a plan: 预计全年增长6% in a January
     * report, 争取上级资金25亿元 in a look-back.
     */
    private static final Pattern ESTIMATE = Pattern.compile("预计|预估|争取|有望|初步测算|初步统计"); // not 预期: 预期目标, 预期增长 plan

    /** 1-5月, 1~7月, 一季度, 上半年 opening a clause: the months a result is reported for (计划总投资771亿元，1~7月完成投资343亿元). */
    private static final String PAST_MONTHS = "\\d{1,2}[-~～—–至]\\d{1,2}月(?:份)?(?:累计)?|前\\d{1,2}个?月|[一二三]季度|上半年|前三季度";

    /**
     * Words that say a figure in a planning sentence has already happened; a clause that opens with 完成投资 after a plan
     * (计划投产项目17宗，完成投资16.1亿元) reports the progress of the planned projects.
     */
    private static final Pattern ACTUAL_CUE = Pattern.compile("(?=[已累完实去上截目现当\\d一二三前])(?:已(?!经?(?:设定|确定|制定|下达|明确|出台))"
            + "|累计|完成了|实现了|(?<=[，,；;])(?:" + PAST_MONTHS + ")?完成投资|(?<![与比较同于])(?:去年|上年)|截至|实际(?!使用|利用|吸收)|目前|现有"
            + "|当天|当日)"); // 计划实施项目82项。当天集中开工项目21项: the day's ceremony happened

    /** 计划新开工项目已开工118个, 计划新开工项目完成投资551亿元: 已 or 项目完成投资 after a clause's plan cue say it happened. */
    private static final Pattern DONE = Pattern.compile("已(?!经?(?:设定|确定|制定|下达|明确|出台))|(?<=项目)完成投资");

    private KindReader() {
    }

    /**
     * @param sentence text of the sentence up to the figure
     * @param clause   text of the clause up to the figure
     */
    static Reading read(String sentence, String clause) {
        int cue = CLAUSE_CUE.lastEnd(clause);
        if (cue >= 0 && !DONE.matcher(clause).region(cue, clause.length()).find()
                && !SIGNED_COST.matcher(sentence).find()) {
            return new Reading(Kind.TARGET, onlyEstimates(CLAUSE_CUE, clause), 0);
        }
        int last = SENTENCE_CUE.lastEnd(sentence);
        if (last < 0) {
            return Reading.ACTUAL;
        }
        // 计划投资4.6亿元，目前已完成2.9亿元: words after the plan that say it happened
        if (ACTUAL_CUE.matcher(sentence).region(last, sentence.length()).find() || ACTUAL_CUE.matcher(clause).find()
                || DONE.matcher(sentence).region(last, sentence.length()).find()
                || CLASS_NAME.matcher(sentence).region(last, sentence.length()).lookingAt() && clause.contains("项目")) {
            return Reading.ACTUAL;
        }
        return new Reading(Kind.TARGET, onlyEstimates(SENTENCE_CUE, sentence), sentence.length() - last);
    }

    /**
     * True when a sentence states a plan that later sentences may list (2023年，全省将…; 今年…建设任务6万亩): a plan cue
     * that is no estimate (预计产量), no capacity (可满足) and is not followed by words saying it happened (计划招生1600名，
     * 实际录取…), nor a plan clause after the sentence's figures (…总投资86亿元，将为…奠定基础).
     */
    static boolean opensPlan(String sentence) {
        int lastEnd = -1;
        boolean plan = false;
        for (Anchored cues : new Anchored[]{SENTENCE_CUE, CLAUSE_CUE}) {
            Matcher m = cues.matcher(sentence);
            for (int from = 0; cues.find(m, sentence, from, sentence.length()); from = Anchored.next(m)) {
                String w = m.group();
                if (w.contains("可") || ESTIMATE.matcher(w).matches()
                        || w.equals("计划") && SCHEME_PLAN.matcher(sentence.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                    continue;
                }
                plan = true;
                lastEnd = Math.max(lastEnd, m.end());
            }
        }
        return plan && !ACTUAL_CUE.matcher(sentence).region(lastEnd, sentence.length()).find() && !onlyLooksAhead(sentence);
    }

    /** 其中, 从投资类型看, 分行业看 opening a sentence: it breaks down what the sentence before counted. */
    private static final Pattern DETAIL_OPENING = Pattern.compile("\\s*(?:其中|(?:从|分|按)[^，。；,;：:]{1,6}(?:看|来看|分))");

    /**
     * True when a sentence (up to a figure) opens by breaking down what the one before counted (其中：…项目52个, 从投资类型看，…)
     * and says nothing happened: the parts of a plan are planned.
     */
    static boolean detailsAPlan(String sentence) {
        return DETAIL_OPENING.matcher(sentence).lookingAt() && !saysItHappened(sentence);
    }

    /** True when the text names a plan anywhere (计划, 将, 目标 …). */
    static boolean mentionsPlan(String text) {
        return SENTENCE_CUE.foundIn(text) || CLAUSE_CUE.foundIn(text);
    }

    /** True when a text holds no clause-level actual cue, for figures whose indicator is a plan (招生计划数). */
    static boolean saysItHappened(String clause) {
        return ACTUAL_CUE.matcher(clause).find();
    }

    /**
     * 今后五年…年均增长6%左右 said in January: a span that starts in the year of publication or later and ends more than a year
     * after it cannot have been measured yet.
     */
    static boolean beyondReach(PeriodReader.Period period, java.time.LocalDate published) {
        return period.type() == PeriodType.SPAN && period.start().getYear() >= published.getYear()
                && period.end().isAfter(published.plusYears(1));
    }

    /** A figure that is no year, month or day (42个, 86亿元): what a report states. */
    private static final Pattern STATED_FIGURE = Pattern.compile("\\d(?:[\\d.]*)(?![\\d.年月日号])");

    /** 1-5月, 前5个月, 今年前两个月 opening a sentence: months already counted, as plans seldom name them. */
    private static final Pattern MONTHS_GONE_OPENING = Pattern.compile(
            "\\s*(?:今年)?(?:\\d{1,2}[-~～—–至]\\d{1,2}月(?:份)?|前(?:\\d{1,2}|[一二三四五六七八九十两]{1,2})个?月)[，,]?");

    /**
     * Whether the sentence at {@code ss} opens with months already counted (计划引进人才2万人；前5个月引进人才8600人): it reports
     * the plan's progress, so the plan of the group before it does not reach its figures.
     */
    static boolean opensWithMonthsGone(String t, int ss, int figureStart) {
        return MONTHS_GONE_OPENING.matcher(t).region(ss, figureStart).lookingAt();
    }

    /**
     * True when the text's last sentence with a plan cue reports figures before its first cue (集中开工项目42个，总投资86亿元，将为
     * …奠定坚实基础; …，这些项目建成后将带动就业2000人): the plan looks ahead from those figures and plans what it says itself,
     * not the sentences after it (其中，产业项目28个). A plan said before its sentence's figures (计划实施重点项目120个，…，将带动…)
     * still reaches them.
     */
    static boolean onlyLooksAhead(String text) {
        int end = text.length();
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && "。！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int cue = firstCue(text, start, end);
            if (cue >= 0) {
                return STATED_FIGURE.matcher(text).region(start, cue).find();
            }
            end = start - 1;
        }
        return false;
    }

    /** Where the first plan cue in [from, to) starts, or -1. */
    private static int firstCue(String text, int from, int to) {
        int first = -1;
        for (Anchored cues : new Anchored[]{SENTENCE_CUE, CLAUSE_CUE}) {
            Matcher m = cues.matcher(text);
            if (cues.find(m, text, from, to) && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    private static boolean onlyEstimates(Anchored cues, String text) {
        Matcher m = cues.matcher(text);
        for (int from = 0; cues.find(m, text, from, text.length()); from = Anchored.next(m)) {
            if (!ESTIMATE.matcher(m.group()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence's figures are all plans, and not only because one is a plan by its quantity: a year's planned
     * investment (年度计划投资) beside a ceremony's results does not make the 其中 after it a plan.
     */
    static boolean plansItsScheme(List<Observation> sentence) {
        return sentence.stream().allMatch(o -> o.kind().equals(Kind.TARGET.code()))
                && !sentence.stream().allMatch(o -> o.indicator().equals("investment.annual_plan"));
    }
}
