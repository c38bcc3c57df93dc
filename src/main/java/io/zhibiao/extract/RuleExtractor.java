package io.zhibiao.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule-based {@link Extractor}: splits a page into articles, finds their places once, then reads every sentence in
 * named stages (figure, kind, period, place, indicator) and finally spreads 分别-lists over their years and places.
 *
 * <p>Thread-safe: all dictionaries are built once and only read afterwards.
 */
public final class RuleExtractor implements Extractor {

    public static final String VERSION = "1.13.0";

    // The JDK's own logger keeps this package free of framework types; Quarkus routes it to its log.
    private static final System.Logger LOG = System.getLogger(RuleExtractor.class.getName());
    private static final int MAX_QUOTE = 200;
    private static final int CONTEXT = 24;
    /** How far back in its clause a figure looks for the classification item it is about. */
    private static final int ITEM_CONTEXT = 40;
    /** How far back in its sentence a figure looks for its topic when its clause says too little. */
    private static final int SENTENCE_CONTEXT = 60;
    /** How far back a planning cue can reach; bounds the work on sentences without punctuation. */
    private static final int KIND_REACH = 150;
    /** A period ending this few days after publication is as good as over for an estimate (预计全年 in late December). */
    private static final int NEARLY_OVER_DAYS = 31;
    /** How far back a plan opened earlier in a sentence group (按照计划，…：甲县…；乙县…) reaches. */
    private static final int PLAN_REACH = 600;

    private final PlaceResolver places;

    public RuleExtractor() {
        this(Gazetteer.shared());
    }

    RuleExtractor(Gazetteer gazetteer) {
        this.places = new PlaceResolver(gazetteer);
    }

    /** {@link #VERSION}, with a fingerprint of the catalog files an operator mounted (1.6.0+catalog.3f2a…) if any. */
    @Override
    public String version() {
        Classifications.items(); // the catalog and its classifications are read by now
        String mounted = CatalogSource.fingerprint();
        return mounted == null ? VERSION : VERSION + "+catalog." + mounted;
    }

    @Override
    public List<Observation> extract(String text, ExtractionContext context) {
        List<Observation> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        LocalDate published = context != null && context.published() != null ? context.published() : LocalDate.now();
        String defaultRegion = context == null ? null : context.defaultRegion();
        String t = NumberReader.normalize(text);
        List<ArticleSplitter.Article> articles = ArticleSplitter.split(t);
        PlacePage page = places.page(t, defaultRegion);
        List<ArticlePlaces> wheres = new ArrayList<>(articles.size());
        for (ArticleSplitter.Article a : articles) {
            wheres.add(places.resolve(page, a.start(), a.bodyStart(), a.end()));
        }
        page.settle(wheres);
        SectionReader sections = SectionReader.read(t, published);
        PeriodReader.Period carried = null;
        for (int k = 0; k < articles.size(); k++) {
            try {
                ArticleReading reading = new ArticleReading(text, t, articles.get(k), wheres.get(k), published, sections);
                reading.carried = carried;
                reading.read(out);
                carried = reading.statedFrame();
            } catch (RuntimeException e) {
                // A malformed article must not cost the others their figures, but a bug must still be seen.
                LOG.log(System.Logger.Level.WARNING, "Skipped an article the extractor failed on (chars "
                        + articles.get(k).start() + "-" + articles.get(k).end() + ")", e);
            }
        }
        return out;
    }

    /** One article read sentence by sentence; what a sentence says of time and topic carries to the next ones. */
    private static final class ArticleReading {
        private final String text;
        private final String t;
        private final ArticleSplitter.Article a;
        private final ArticlePlaces where;
        private final LocalDate published;
        private final SectionReader sections;
        private final PlaceLed placeLed = new PlaceLed(Gazetteer.shared());
        private List<PeriodReader.Expression> times;
        private PeriodReader.Period frame;
        private PeriodReader.Period targetFrame;
        /** the frame the article starts with, which a span met later (近三年, 2021年至2024年) gives back at its paragraph's end */
        private PeriodReader.Period articleFrame;
        private int paragraphStart;
        private int groupStart;
        /** the first time expression of the current sentence group */
        private int firstTime;
        /** the indicator the last figure of the sentence group was about, and its breakdown */
        private String subject;
        private Map<String, String> subjectBreakdown;
        /** the last named indicator of the paragraph and its breakdown, which a new sentence group forgets as subject */
        private String carriedIndicator;
        private Map<String, String> carriedBreakdown;
        /** whether the sentences of the group before the current one name a plan, and up to where that was looked at */
        private boolean groupPlan;
        private int groupScanned;
        /** the paragraph whose first sentence was last looked at for a plan, and whether it names one */
        private int planParagraph = -1;
        private boolean paragraphPlan;
        /** what lowered the confidence of the figure being read, recorded by the stages as they settle it */
        private Set<Reason> why = EnumSet.noneOf(Reason.class);
        /** where the time expression the figure's period was read from ends */
        private int statedAt;
        private String statedWords;
        /** whether no time words have framed the article yet (its frame is the publication's year) */
        private boolean frameFromPublication;
        /** where the time expression that set {@link #frame} starts (-1: none did) */
        private int frameAt = -1;
        /** the year the article before said it was about (null: it said none), for a part under a subheading */
        private PeriodReader.Period carried;
        /** the frame before a month that opened a sentence of this paragraph (null: none did) */
        private PeriodReader.Period beforeMonth;
        /** whether every figure of the sentence before was a plan (其中… and 从投资类型看… detail the plan) */
        private boolean lastSentencePlanned;

        ArticleReading(String text, String t, ArticleSplitter.Article a, ArticlePlaces where,
                       LocalDate published, SectionReader sections) {
            this.sections = sections;
            this.text = text;
            this.t = t;
            this.a = a;
            this.where = where;
            this.published = published;
        }

        void read(List<Observation> out) {
            List<FigureScanner.Figure> figures = FigureScanner.scan(t, a.start(), a.end(), where.nameSpans());
            if (figures.isEmpty()) {
                return;
            }
            times = Captions.drop(t, PeriodReader.find(t, a.start(), a.end()));
            frame = initialFrame(figures.get(0).start());
            articleFrame = frame;
            paragraphStart = a.start();
            placeLed.newArticle(t, a.start());
            groupStart = a.start();
            int fi = 0;
            int ti = 0;
            int prevEnd = a.start();
            for (int[] sent : SentenceSplitter.sentences(t, a.start(), a.end())) {
                int ss = sent[0];
                int se = sent[1];
                startSentence(prevEnd, ss);
                prevEnd = se;
                while (fi < figures.size() && figures.get(fi).start() < ss) {
                    fi++;
                }
                while (ti < times.size() && times.get(ti).start() < groupStart) {
                    ti++;
                }
                firstTime = ti;
                int sentenceFirst = out.size();
                while (fi < figures.size() && figures.get(fi).start() < se) {
                    FigureScanner.Figure f = figures.get(fi++);
                    if (!FigureWords.inShortQuote(t, f.start(), f.end())) {
                        Observation o = readFigure(f, ss, se);
                        Observation prev = out.size() > sentenceFirst ? out.get(out.size() - 1) : null;
                        out.add(BareList.itemAfter(t, prev, o));
                    }
                }
                ListSpreader.spread(t, ss, se, times, frame.end().getYear(), published, where,
                        out.subList(sentenceFirst, out.size()));
                BreakdownReader.spread(t, ss, out.subList(sentenceFirst, out.size()));
                lastSentencePlanned = out.size() > sentenceFirst ? KindReader.plansItsScheme(out.subList(sentenceFirst, out.size()))
                        : lastSentencePlanned;
                carryFrame(ss, se);
            }
        }

        /** A new paragraph or a sentence not continuing the last one (；) starts a new group. */
        private void startSentence(int prevEnd, int ss) {
            boolean newGroup = prevEnd == a.start() || !continues(t.charAt(prevEnd - 1));
            for (int i = prevEnd; i < ss; i++) {
                if (t.charAt(i) == '\n') {
                    paragraphStart = ss;
                    newGroup = true;
                    placeLed.newParagraph(t, ss, carriedIndicator, carriedBreakdown);
                    carriedIndicator = null;
                    if (beforeMonth != null) {
                        frame = beforeMonth;
                        beforeMonth = null;
                    }
                    if (frame.type() == PeriodType.SPAN && !frame.equals(articleFrame)
                            || SectionReader.releaseSection(articleFrame, frame, t, ss)) {
                        // 近10年… met on the way tells its paragraph's story; the next one is about the article's time again,
                        // as a numbered section of a release is after one that named a month of it (1-2月…\n四、…)
                        frame = articleFrame;
                    }
                    frame = SectionReader.reviewFrame(t, ss, published, frame); // 今年…干货?\n工作回顾\n…: the year before
                }
            }
            if (newGroup) {
                groupStart = ss;
                if (!PART_OF_THE_LAST.matcher(t).region(ss, Math.min(a.end(), ss + 4)).lookingAt()) {
                    // 其中，第一产业增加值…, 分季度看，一季度增长5.1%: a sentence opening with 其中 or 分季度 details what the one
                    // before it was about
                    subject = null;
                    subjectBreakdown = null;
                }
                groupPlan = false;
                groupScanned = ss;
            }
        }

        /** 南京市本月同比增长0.2% after 全省规上工业增加值…, 咸阳市以1650亿元 after 宝鸡市地区生产总值…: see {@link PlaceLed}. */
        private BreakdownReader.Reading placeGrowth(BreakdownReader.Reading item, FigureScanner.Figure f, String before,
                                                    String after, ArticlePlaces.Found place) {
            return placeLed.read(item, f, before, after, PlaceLed.own(place, where.base()), subject, subjectBreakdown,
                    carriedIndicator, carriedBreakdown);
        }

        private Observation readFigure(FigureScanner.Figure f, int ss, int se) {
            why = EnumSet.noneOf(Reason.class);
            int cs = SentenceSplitter.clauseStart(t, f.start(), ss);
            int ce = SentenceSplitter.clauseEnd(t, f.end(), se);
            QualifierReader.Before before = QualifierReader.before(t, f.start(), cs);
            Qualifier q = QualifierReader.of(t, f, before);
            BigDecimal value = f.value();
            BigDecimal max = f.valueMax();
            if (QualifierReader.negative(t, f, before, cs) && value.signum() > 0) {
                value = value.negate();
                max = max == null ? null : max.negate();
            }
            KindReader.Reading reading = readKind(f, ss, cs);
            PeriodReader.Period stated = statedPeriod(f, ss);
            boolean estimateOfThePast = reading.kind() == Kind.TARGET && reading.estimate()
                    && (frame.end().isBefore(published) || nearlyOver(frame) && namedInGroup(frame, f.start()));
            boolean planned = reading.kind() == Kind.TARGET && !estimateOfThePast;
            PeriodReader.Period period = stated != null ? stated : planned ? plannedPeriod(cs, f.start()) : frame;
            Evidence.period(why, stated != null, f.start() - statedAt,
                    planned ? targetFrame == null : frameFromPublication, statedWords, published);
            if (f.start() < a.bodyStart()) {
                why.add(Reason.IN_HEADLINE);
            }
            if (stated == null && !planned && asOfSince(frameAt, ss)) {
                why.add(Reason.PERIOD_PAST_AS_OF);
            }
            PeriodReader.Period read = period;
            period = FigurePeriods.annualRate(period, t, cs, f.start(), published);
            period = FigurePeriods.lastYearsValue(period, t, a.start(), f.start());
            period = FigurePeriods.changeBetweenYears(period, t, ss, se, cs, f.start(), f.unitClass());
            period = FigurePeriods.thisMonth(period, t.substring(cs, ce));
            period = FigurePeriods.averageSinceBase(period, t, ss, cs, f.start(), f.unitClass());
            period = FigurePeriods.afterStartingPoint(period, frame, t, ss, f.start());
            Kind kind = KindReader.beyondReach(read, published) ? Kind.TARGET : reading.kind();
            if (GoalFigures.named(t, f, cs, ce) || GoalFigures.forTheYear(t, cs, f.start())) {
                kind = Kind.TARGET; // 完成全年5360亿元目标任务的25.07%, 1-5月…，预计全年可完成120亿元: the year's goal
                period = GoalFigures.period(period, t, cs, f.start());
            }
            if (stated != null && (period.start().isAfter(published)
                    || period.asOf() && period.end().isAfter(published) && DEADLINE.matcher(t).region(ss, f.start()).find())) {
                kind = Kind.TARGET; // 截至2025年年底…不低于50亿元 in a June paper: a date still to come is a goal
            } else if (kind == Kind.TARGET && reading.estimate()
                    && (period.end().isBefore(published) || nearlyOver(period) && namedInGroup(period, f.start()))) {
                // 预计全年增长6% in a January report on the year before, or 预计2025年，…；… in a late-December review: an
                // estimate of what happened (建成后…预计年增收 names no year and stays a plan)
                kind = Kind.ACTUAL;
            }
            boolean approxRate = f.unitClass() == UnitClass.PERCENT && q == Qualifier.APPROX;
            PeriodReader.Period goal = PlanFrames.or(t, a.start(), f.start(), f.unitClass(), stated, period,
                    sections.goalPeriod(f.start(), stated, period, approxRate, published));
            kind = goal != null ? Kind.TARGET : kind;
            period = goal != null ? goal : period;
            if (kind != reading.kind()) {
                why.add(Reason.KIND_RULED);
            }
            ArticlePlaces.Found place = where.regionFor(f.start(), paragraphStart, ss, cs, ce);
            where.explain(why, place, t.substring(ss, f.start()));
            String region = place.code() == null ? Gazetteer.NATIONAL : place.code(); // none on the page or from the caller
            String beforeText = t.substring(Math.max(cs, f.start() - CONTEXT), f.start());
            period = FigurePeriods.stockOnTheDay(period, f.unitClass(), beforeText, published);
            int afterEnd = FigureWords.afterEnd(t, f.end(), ce);
            String afterText = f.end() < afterEnd ? t.substring(f.end(), afterEnd) : "";
            BreakdownReader.Reading item = placeGrowth(readIndicator(f, ss, cs, beforeText, afterText), f, beforeText, afterText, place);
            String indicator = item.indicator();
            period = FigurePeriods.schemeOfTheYear(period, indicator, beforeText, afterText);
            kind = YearPlans.kind(kind, t, ss, f.start(), afterText, period, published); // 143个计划新开工项目, 今年继续安排…
            if (!period.equals(read)) {
                why.add(Reason.PERIOD_ADJUSTED);
            }
            Map<String, String> breakdown = BreakdownReader.withComparison(ProjectScope.ownLevelLeftOut(
                    scoped(indicator, item.breakdown(), ss, f.start()), region), f.unit(), t.substring(cs, f.start()), region);
            kind = planOfItsKind(kind, stated == null, period, indicator, ss, cs, f.start());
            Evidence.clause(why, t, ss, se, cs, ce, f.start(), f.end(), f.unitClass(), indicator);
            Evidence.kind(why, kind, period, published, t.substring(ss, se), f.start() - ss);
            return new Observation(value.doubleValue(), max == null ? null : max.doubleValue(),
                    f.unitClass().code(), f.unit(), q.code(), region, period.start(), period.end(), period.type().code(),
                    kind.code(), indicator, breakdown, FigureWords.topic(beforeText, afterText),
                    FigureWords.quote(text, ss, se, f.start(), f.end(), MAX_QUOTE),
                    f.start(), f.end(), why);
        }

        /** A plan's period when the figure names none: the plan year said before, else the year its words plan for. */
        private PeriodReader.Period plannedPeriod(int cs, int figureStart) {
            return targetFrame != null ? targetFrame
                    : FigurePeriods.planYear(frame, frameFromPublication, published, t, cs, figureStart);
        }

        /** A breakdown with the project classes of the figure's part of the sentence and the budget level it is under. */
        private Map<String, String> scoped(String indicator, Map<String, String> breakdown, int ss, int at) {
            return BudgetLevels.scoped(indicator, ProjectScope.scoped(indicator, breakdown, t, ss, at), t, at);
        }

        /** The indicator and breakdown from the figure's words, its list's head, and the subject before it. */
        private BreakdownReader.Reading readIndicator(FigureScanner.Figure f, int ss, int cs, String beforeText,
                                                      String afterText) {
            String head = ListSpreader.head(t, ss, f.start());
            // a space joins them: a "|" would read as the unit mark the catalog's cues look for (and the catch-alls' cue)
            String words = head != null ? head + " " + beforeText : beforeText;
            // the names of classification items run long (铁路、船舶、航空航天和其他运输设备制造业): look further back for them
            String itemWords = (head != null ? head + " " : "") + t.substring(Math.max(cs, f.start() - ITEM_CONTEXT), f.start())
                    + BreakdownReader.counted(f.unitClass(),
                            t.substring(f.end(), Math.min(t.length(), f.end() + ITEM_CONTEXT)));
            BreakdownReader.Reading item = BreakdownReader.read(classify(f, words, afterText, ss), f.unitClass(), f.unit(),
                    itemWords, subject, subjectBreakdown);
            if (!IndicatorCatalog.isGeneric(item.indicator())) {
                subject = item.indicator();
                subjectBreakdown = item.breakdown();
                carriedIndicator = subject;
                carriedBreakdown = subjectBreakdown;
            }
            return item;
        }

        /** Plans a figure's paragraph or indicator makes of it, whatever its own verb. */
        private Kind planOfItsKind(Kind kind, boolean noStatedPeriod, PeriodReader.Period period, String indicator,
                                   int ss, int cs, int figureStart) {
            if (kind == Kind.ACTUAL && noStatedPeriod && period.end().isAfter(published) && ss > paragraphStart
                    && paragraphOpensWithPlan() && !KindReader.saysItHappened(t.substring(groupStart, figureStart))) {
                why.add(Reason.PLAN_CUE_DISTANT);
                return Kind.TARGET; // 2023年，全省将…。新开工重点水网工程100件以上: the paragraph lists the year's plans
            }
            if (kind == Kind.ACTUAL && lastSentencePlanned && !period.end().isBefore(published)
                    && (KindReader.detailsAPlan(t.substring(groupStart, figureStart))
                    || KindReader.detailsAPlan(t.substring(paragraphStart, figureStart)))) {
                why.add(Reason.PLAN_CUE_DISTANT);
                return Kind.TARGET; // 计划实施项目3168个…。其中：总投资100亿元及以上项目52个: the parts of a plan are planned
            }
            if (kind == Kind.ACTUAL && isPlanIndicator(indicator) && ENROLMENT_PLAN.matcher(t).region(ss, figureStart).find()
                    && !KindReader.saysItHappened(t.substring(cs, figureStart))) {
                why.add(Reason.KIND_RULED);
                return Kind.TARGET; // 招生计划 is a plan whatever the verb
            }
            return kind;
        }

        private KindReader.Reading readKind(FigureScanner.Figure f, int ss, int cs) {
            KindReader.Reading r = KindReader.read(t.substring(Math.max(ss, f.start() - KIND_REACH), f.start()),
                    t.substring(Math.max(cs, f.start() - KIND_REACH), f.start()));
            if (r.kind() == Kind.ACTUAL && ss > groupStart && groupNamesPlan(ss) && !KindReader.opensWithMonthsGone(t, ss, f.start())
                    && !KindReader.onlyLooksAhead(t.substring(groupStart, ss))) {
                // a plan stated earlier in the group (计划…：甲县…；乙县…) reaches on unless the words after it say it happened
                r = KindReader.read(t.substring(Math.max(groupStart, f.start() - PLAN_REACH), f.start()), "");
                if (r.kind() == Kind.TARGET) {
                    why.add(Reason.PLAN_CUE_DISTANT);
                }
            } else if (r.cueDistance() > Evidence.NEAR) {
                why.add(Reason.PLAN_CUE_DISTANT);
            }
            return r;
        }

        /** Whether an as-of date (截至9月末) was said between where the frame was set and {@code before}. */
        private boolean asOfSince(int from, int before) {
            for (PeriodReader.Expression e : times) {
                if (e.start() > from && e.start() < before && e.role() == PeriodReader.Role.AS_OF) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a period ends before a month after publication (a year-end review written in December). */
        private boolean nearlyOver(PeriodReader.Period period) {
            return period.end().isBefore(published.plusDays(NEARLY_OVER_DAYS));
        }

        /** Whether the sentence group names this very period before the figure (预计2025年，…；…). */
        private boolean namedInGroup(PeriodReader.Period period, int figureStart) {
            int year = frame.end().getYear();
            for (int k = firstTime; k < times.size() && times.get(k).start() < figureStart; k++) {
                if (times.get(k).read().at(year, published).equals(period)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the first sentence of the current paragraph names a plan (报告明确，2023年，全省将…。). */
        private boolean paragraphOpensWithPlan() {
            if (planParagraph != paragraphStart) {
                planParagraph = paragraphStart;
                int end = paragraphStart;
                while (end < a.end() && "。！？!?\n".indexOf(t.charAt(end)) < 0) {
                    end++;
                }
                paragraphPlan = KindReader.opensPlan(t.substring(paragraphStart, end))
                        || YearPlans.taskHeading(t, paragraphStart, end, published); // 持续优化营商环境。 in a January report
            }
            return paragraphPlan;
        }

        /** Whether the group's sentences before this one name a plan; each stretch of text is looked at once. */
        private boolean groupNamesPlan(int ss) {
            if (!groupPlan && groupScanned < ss) {
                groupPlan = KindReader.mentionsPlan(t.substring(groupScanned, ss));
                groupScanned = ss;
            }
            return groupPlan;
        }

        /** An expression's period; 今年以来 in a release about a running total is that total. */
        private PeriodReader.Period at(PeriodReader.Expression e, int year) {
            return SectionReader.releaseTotal(e.read().at(year, published), articleFrame, published);
        }

        /** Expressions chain inside a sentence: 今年 then 一季度 → the first quarter of this year. */
        private PeriodReader.Period statedPeriod(FigureScanner.Figure f, int ss) {
            PeriodReader.Period stated = null;
            PeriodReader.Expression asOf = null;
            int year = frame.end().getYear();
            for (int k = firstTime; k < times.size() && times.get(k).start() < f.start(); k++) {
                PeriodReader.Expression e = times.get(k);
                if (e.start() >= ss || e.role() != PeriodReader.Role.FRAME) {
                    PeriodReader.Period p = at(e, year);
                    if (asOf != null && e.role() == PeriodReader.Role.FRAME && p.type() == PeriodType.YEAR
                            && (e.start() - asOf.end() <= 2 || stated.end().getYear() == p.end().getYear())
                            && (t.startsWith("截至", asOf.start()) || t.startsWith("目前", asOf.start()))) {
                        // 截至7月底，今年已实施…, 目前…今年已完成投资…: the year places the as-of date, it does not
                        // replace it
                        year = p.end().getYear();
                        stated = asOf.read().at(year, published);
                        statedAt = e.end();
                        statedWords = t.substring(e.start(), e.end());
                        continue;
                    }
                    stated = p;
                    statedAt = e.end();
                    statedWords = t.substring(e.start(), e.end());
                    asOf = e.role() == PeriodReader.Role.AS_OF && p.asOf() ? e : null;
                    if (e.role() == PeriodReader.Role.FRAME) {
                        year = stated.end().getYear();
                    }
                }
            }
            return stated;
        }

        /**
         * The indicator from the words of its clause; a list item reads its list's head (开工率分别为：甲县94.1%、乙县…),
         * and a figure its clause says too little of reads the sentence before it (高标准农田建设任务全面完成，其中…建成4.2万亩).
         */
        private String classify(FigureScanner.Figure f, String before, String afterText, int ss) {
            String indicator = IndicatorClassifier.classify(f.unitClass(), f.unit(), before, afterText, subject);
            if (IndicatorClassifier.saysTooLittle(indicator, t.substring(ss, f.start()))) {
                String sentence = t.substring(Math.max(ss, f.start() - SENTENCE_CONTEXT), f.start());
                String wider = IndicatorClassifier.classify(f.unitClass(), f.unit(), sentence, afterText, subject);
                if (!IndicatorCatalog.isGeneric(wider) && !IndicatorCatalog.isCatchAll(wider) && !wider.equals(indicator)) {
                    why.add(Reason.INDICATOR_FROM_SENTENCE);
                    return wider;
                }
            }
            String read = IndustryParts.of(PlaceCounts.rateOf(indicator, subject, subjectBreakdown),
                    t.substring(Math.max(paragraphStart, f.start() - SENTENCE_CONTEXT), f.start()));
            return BankScope.of(read, before, t, ss, a.start(), f.start());
        }

        /** What this sentence says about time carries over to the next ones. */
        private void carryFrame(int ss, int se) {
            int year = frame.end().getYear();
            for (int k = firstTime; k < times.size() && times.get(k).start() < se; k++) {
                PeriodReader.Expression e = times.get(k);
                if (e.start() >= ss && (SectionReader.opensWithMonth(t, ss, e) || SectionReader.opensWithAsOf(t, ss, e))) {
                    // 10月，…。其中，…: a month (or 截至6月底) opening a sentence dates the rest of its paragraph
                    beforeMonth = beforeMonth == null ? frame : beforeMonth;
                    frame = e.read().at(year, published);
                    continue;
                }
                if (e.start() < ss || e.role() != PeriodReader.Role.FRAME
                        || frame.asOf() && beforeMonth != null && at(e, year).equals(PeriodReader.Period.year(year))) {
                    continue; // 截至6月底，省市两级今年…: the year places the as-of date, it does not replace it
                }
                PeriodReader.Period p = at(e, year);
                year = p.end().getYear();
                beforeMonth = null;
                if (p.asOf()) {
                    p = PeriodReader.Period.year(p.end().getYear()); // 年末 dates its own sentence; later ones get the year
                }
                if (p.start().isAfter(published) || KindReader.mentionsPlan(
                        t.substring(SentenceSplitter.clauseStart(t, e.start(), ss), e.start()))) {
                    targetFrame = p; // 计划在2026年全部建成: a year in a plan dates the plan, not the sentences after it
                } else {
                    frame = p;
                    targetFrame = null; // 十五五期间…。\n2025年，…计划实施…；续建项目642个: the year said last is the plans' year
                    frameFromPublication = false;
                    frameAt = e.start();
                }
            }
        }

        /**
         * The year an article is about before it says so: a framing expression before its first figure (a year said
         * later never reaches back), else the publication year; in January and February, when reports look back, the
         * year before.
         */
        private PeriodReader.Period initialFrame(int firstFigure) {
            for (PeriodReader.Expression e : times) {
                if (e.start() >= firstFigure) {
                    break;
                }
                if (e.role() == PeriodReader.Role.FRAME) {
                    PeriodReader.Period p = e.read().at(published.getYear(), published);
                    if (!p.start().isAfter(published)) {
                        frameFromPublication = false;
                        frameAt = e.start();
                        return p.asOf() ? PeriodReader.Period.year(p.end().getYear()) : p;
                    }
                }
            }
            PeriodReader.Period fromPublication = publicationFrame();
            PeriodReader.Period lead = SectionReader.laterLead(times, published);
            if (lead == null && carried != null) {
                frameFromPublication = false; // 2017年…\n铁路项目进展顺利\n全年铁路完成投资…: a subheading's part goes on
                return carried;
            }
            return lead != null ? lead : fromPublication;
        }

        /** The year the article said it was about, or null when it said none (or had no figures). */
        PeriodReader.Period statedFrame() {
            return times == null || frameFromPublication || frame.type() != PeriodType.YEAR ? null : frame;
        }

        /** The year a text is about when it says none: that of publication, or in January and February the year before. */
        private PeriodReader.Period publicationFrame() {
            frameFromPublication = true;
            return PeriodReader.Period.year(published.getMonthValue() <= 2 ? published.getYear() - 1 : published.getYear());
        }
    }

    /** 截至2025年年底, 年底前: a date a figure is to be reached by (a 年末 stock alone is a report). */
    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile("截至|截止|到|(?:底|末)前");

    /** 其中 or 分季度看, opening a sentence: its figures are parts of what the sentence before was about. */
    private static final java.util.regex.Pattern PART_OF_THE_LAST = java.util.regex.Pattern.compile("\\s*(?:其中|分季度|从季度)");

    /** Words that make an enrolment figure part of a plan (招生计划, 拟招收), not a count of classes held. */
    private static final java.util.regex.Pattern ENROLMENT_PLAN = java.util.regex.Pattern.compile("招生|招收|计划|指标");

    /** Indicators that are plans by their nature: a figure of them is a target unless its clause says it happened. */
    private static boolean isPlanIndicator(String code) {
        return code.equals("enrollment.target") || code.equals("enrollment.classes");
    }

    /** A sentence ending in ；continues its group: an as-of date or a plan before it still holds. */
    private static boolean continues(char c) {
        return c == '；' || c == ';';
    }
}
