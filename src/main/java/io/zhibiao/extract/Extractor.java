package io.zhibiao.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures of a Chinese news text: text in, observations out, no framework types.
 *
 * <p>Thread-safe: all dictionaries are built once and only read afterwards.
 */
public final class Extractor {

    /** Recorded with every stored observation; stored documents are re-extracted when it changes. */
    public static final String VERSION = "1.2.0";

    // The JDK's own logger keeps this package free of framework types; Quarkus routes it to its log.
    private static final System.Logger LOG = System.getLogger(Extractor.class.getName());
    private static final int MAX_QUOTE = 200;
    private static final int CONTEXT = 24;
    /** How far back a planning cue can reach; bounds the work on sentences without punctuation. */
    private static final int KIND_REACH = 150;

    private final PlaceResolver places;

    public Extractor() {
        this(Gazetteer.shared());
    }

    Extractor(Gazetteer gazetteer) {
        this.places = new PlaceResolver(gazetteer);
    }

    public List<Observation> extract(String text, ExtractionContext context) {
        List<Observation> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        LocalDate published = context != null && context.published() != null ? context.published() : LocalDate.now();
        String defaultRegion = context == null ? null : context.defaultRegion();
        String t = NumberReader.normalize(text);
        List<ArticleSplitter.Article> articles = ArticleSplitter.split(t);
        PlaceResolver.Page page = places.page(t, defaultRegion);
        List<PlaceResolver.ArticlePlaces> wheres = new ArrayList<>(articles.size());
        for (ArticleSplitter.Article a : articles) {
            wheres.add(places.resolve(page, a.start(), a.bodyStart(), a.end()));
        }
        page.settle(wheres);
        for (int k = 0; k < articles.size(); k++) {
            try {
                readArticle(text, t, articles.get(k), wheres.get(k), published, out);
            } catch (RuntimeException e) {
                // A malformed article must not cost the others their figures, but a bug must still be seen.
                LOG.log(System.Logger.Level.WARNING, "Skipped an article the extractor failed on (chars "
                        + articles.get(k).start() + "-" + articles.get(k).end() + ")", e);
            }
        }
        return out;
    }

    private void readArticle(String text, String t, ArticleSplitter.Article a, PlaceResolver.ArticlePlaces where,
                             LocalDate published, List<Observation> out) {
        List<FigureScanner.Figure> figures = FigureScanner.scan(t, a.start(), a.end(), where.nameSpans());
        if (figures.isEmpty()) {
            return;
        }
        List<PeriodReader.Expression> times = PeriodReader.find(t, a.start(), a.end());
        PeriodReader.Period frame = initialFrame(times, published);
        PeriodReader.Period targetFrame = null;
        int fi = 0;
        int ti = 0;
        int paragraphStart = a.start();
        int groupStart = a.start();
        int prevEnd = a.start();
        String subject = null; // the indicator the last figure of the sentence group was about
        for (int[] sent : SentenceSplitter.sentences(t, a.start(), a.end())) {
            int ss = sent[0];
            int se = sent[1];
            boolean newGroup = prevEnd == a.start() || !continues(t.charAt(prevEnd - 1));
            for (int i = prevEnd; i < ss; i++) {
                if (t.charAt(i) == '\n') {
                    paragraphStart = ss;
                    newGroup = true;
                }
            }
            if (newGroup) {
                groupStart = ss;
                subject = null;
            }
            prevEnd = se;
            while (fi < figures.size() && figures.get(fi).start() < ss) {
                fi++;
            }
            while (ti < times.size() && times.get(ti).start() < groupStart) {
                ti++;
            }
            int firstTime = ti;
            while (fi < figures.size() && figures.get(fi).start() < se) {
                FigureScanner.Figure f = figures.get(fi++);
                if (inShortQuote(t, f.start(), f.end())) {
                    continue;
                }
                int cs = SentenceSplitter.clauseStart(t, f.start(), ss);
                int ce = SentenceSplitter.clauseEnd(t, f.end(), se);
                QualifierReader.Before before = QualifierReader.before(t, f.start(), cs);
                Qualifier after = QualifierReader.after(t, f.end());
                Qualifier q = f.qualifier() == Qualifier.RANGE ? Qualifier.RANGE
                        : after != null ? after : f.qualifier() != null ? f.qualifier()
                        : before.qualifier() != null ? before.qualifier() : Qualifier.EXACT;
                BigDecimal value = f.value();
                BigDecimal max = f.valueMax();
                if (before.decrease() && value.signum() > 0) {
                    value = value.negate();
                    max = max == null ? null : max.negate();
                }
                Kind kind = KindReader.read(t.substring(Math.max(ss, f.start() - KIND_REACH), f.start()),
                        t.substring(Math.max(cs, f.start() - KIND_REACH), f.start()));
                if (kind == Kind.ACTUAL && ss > groupStart) {
                    // a plan stated earlier in the group (计划…；…) reaches on unless the words after it say it happened
                    kind = KindReader.read(t.substring(Math.max(groupStart, f.start() - KIND_REACH), f.start()), "");
                }
                // expressions chain inside a sentence: 今年 then 一季度 → the first quarter of this year
                PeriodReader.Period stated = null;
                int year = frame.end().getYear();
                for (int k = firstTime; k < times.size() && times.get(k).start() < f.start(); k++) {
                    PeriodReader.Expression e = times.get(k);
                    if (e.start() >= ss || e.role() != PeriodReader.Role.FRAME) {
                        stated = e.read().at(year, published);
                        if (e.role() == PeriodReader.Role.FRAME) {
                            year = stated.end().getYear();
                        }
                    }
                }
                PeriodReader.Period period;
                if (stated != null) {
                    period = stated;
                    if (period.start().isAfter(published)) {
                        kind = Kind.TARGET;
                    }
                } else if (kind == Kind.TARGET) {
                    period = targetFrame != null ? targetFrame : PeriodReader.Period.year(published.getYear());
                } else {
                    period = frame;
                }
                String region = where.regionFor(f.start(), paragraphStart, ss, cs, ce);
                if (region == null) {
                    region = Gazetteer.NATIONAL; // the page names no place and the caller gave none
                }
                String beforeText = t.substring(Math.max(cs, f.start() - CONTEXT), f.start());
                int afterEnd = Math.min(ce, f.end() + 8);
                String afterText = f.end() < afterEnd ? t.substring(f.end(), afterEnd) : "";
                String indicator = IndicatorClassifier.classify(f.unitClass(), f.unit(), beforeText, afterText, subject);
                if (!IndicatorCatalog.isGeneric(indicator)) {
                    subject = indicator;
                }
                out.add(new Observation(value.doubleValue(), max == null ? null : max.doubleValue(),
                        f.unitClass().code(), f.unit(), q.code(), region, period.start(), period.end(), period.type().code(),
                        kind.code(), indicator, topic(beforeText, afterText), quote(text, ss, se, f.start(), f.end()),
                        f.start(), f.end()));
            }
            // what this sentence says about time carries over to the next ones
            int year = frame.end().getYear();
            for (int k = firstTime; k < times.size() && times.get(k).start() < se; k++) {
                PeriodReader.Expression e = times.get(k);
                if (e.start() < ss || e.role() != PeriodReader.Role.FRAME) {
                    continue;
                }
                PeriodReader.Period p = e.read().at(year, published);
                year = p.end().getYear();
                if (p.asOf()) {
                    p = PeriodReader.Period.year(p.end().getYear()); // 年末 dates its own sentence; later ones get the year
                }
                if (p.start().isAfter(published)) {
                    targetFrame = p;
                } else {
                    frame = p;
                }
            }
        }
    }

    /** The year an article is about before it says so: its first framing expression, else the publication year. */
    private static PeriodReader.Period initialFrame(List<PeriodReader.Expression> times, LocalDate published) {
        for (PeriodReader.Expression e : times) {
            if (e.role() == PeriodReader.Role.FRAME) {
                PeriodReader.Period p = e.read().at(published.getYear(), published);
                if (!p.start().isAfter(published)) {
                    return p.asOf() ? PeriodReader.Period.year(p.end().getYear()) : p;
                }
            }
        }
        return PeriodReader.Period.year(published.getYear());
    }

    /** A sentence ending in ；continues its group: an as-of date or a plan before it still holds. */
    private static boolean continues(char c) {
        return c == '；' || c == ';';
    }

    /** Figures inside a short quoted name (“五篇大文章”) name things rather than count them. */
    private static boolean inShortQuote(String t, int s, int e) {
        int open = -1;
        for (int i = s - 1; i >= Math.max(0, s - 6); i--) {
            char c = t.charAt(i);
            if (c == '”' || c == '\n') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = e; i < Math.min(t.length(), open + 12); i++) {
            char c = t.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“' || c == '，' || c == '。') {
                return false;
            }
        }
        return false;
    }

    private static String topic(String before, String after) {
        String b = before;
        int cut = Math.max(b.lastIndexOf('、'), Math.max(b.lastIndexOf('“'), b.lastIndexOf('”')));
        if (cut >= 0 && cut < b.length() - 2) {
            b = b.substring(cut + 1);
        }
        String s = (b + after).replaceAll("[，。；：、“”（）\\s]", "");
        return s.length() > 30 ? s.substring(s.length() - 30) : s;
    }

    private static String quote(String text, int ss, int se, int fs, int fe) {
        if (se - ss <= MAX_QUOTE) {
            return text.substring(ss, se);
        }
        int a = Math.max(ss, fs - MAX_QUOTE / 2);
        int b = Math.min(se, a + MAX_QUOTE);
        return text.substring(a, b);
    }
}
