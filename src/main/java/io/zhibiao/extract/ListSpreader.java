package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists spread over years or places: "2021年至2024年，该县分别发放贷款3.1亿元、3.8亿元、4.2亿元和5.0亿元" are four
 * figures, one a year; "甲县、乙县分别开工18个、12个" one a county. Each item takes its own year or place, in order.
 */
final class ListSpreader {

    /** What opens a list whose items follow in the order of the things named before it. */
    private static final Anchored RESPECTIVELY = Anchored.compile("分别|依次|各为");
    /** What may stand between two items of one list (、, 和, a place or a short word), but no clause mark. */
    private static final Pattern ITEM_GAP = Pattern.compile("[^，。；：:,;（）()]{0,12}");
    /** How far back a list item looks for the words that say what its list counts. */
    private static final int HEAD_REACH = 24;

    private ListSpreader() {
    }

    /**
     * The words before a list opener (分别为, 依次为, or a colon) that say what the items at {@code pos} count
     * (各县区开工率分别为：霍山县94.1%、市开发区78.6%), or null when {@code pos} is not in such a list.
     */
    static String head(String t, int sentenceStart, int pos) {
        int opener = RESPECTIVELY.lastStart(t, sentenceStart, pos);
        for (int i = pos - 1; i > Math.max(sentenceStart, opener); i--) {
            char c = t.charAt(i);
            if (c == '：' || c == ':') {
                opener = i;
                break;
            }
            if (c == '，' || c == ',') {
                break;
            }
        }
        if (opener < 0) {
            return null;
        }
        // the words before the opener and those between it and the first item (分别增长5.3%、4.6%)
        int firstItem = opener + 1;
        while (firstItem < pos && !Character.isDigit(t.charAt(firstItem))) {
            firstItem++;
        }
        return t.substring(Math.max(sentenceStart, opener - HEAD_REACH), firstItem);
    }

    /**
     * The head of a list from the start of its clause, however long: the names of classification items run long
     * (印刷和记录媒介复制业、皮革、毛皮、羽毛及其制品和制鞋业增加值分别增长…); null when {@code pos} is not in a list.
     */
    static String clauseHead(String t, int sentenceStart, int pos) {
        String head = head(t, sentenceStart, pos);
        if (head == null) {
            return null;
        }
        int headStart = t.lastIndexOf(head, pos);
        int from = headStart;
        while (from > sentenceStart && "，。；,;".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, headStart) + head;
    }

    /**
     * Gives the items of each 分别-list of one sentence their own year or place when the sentence names exactly as many
     * before the list.
     *
     * @param figures the observations of the sentence, in text order; replaced in place
     */
    static void spread(String t, int ss, int se, List<PeriodReader.Expression> times, int frameYear, LocalDate published,
                       ArticlePlaces where, List<Observation> figures) {
        if (figures.size() < 2) {
            return;
        }
        Matcher m = RESPECTIVELY.pattern().matcher(t).region(ss, se);
        int from = ss;
        List<String> lastPlaces = List.of();
        int lastItem = -1;
        int periodsFrom = ss;
        while (m.find()) {
            int opener = m.start();
            List<Integer> items = items(t, opener, se, figures);
            if (items.size() >= 2) {
                // the periods before this list, else (城镇调查失业率分别为…) those before the sentence's first list
                if (!spreadPeriods(times, from, opener, frameYear, published, figures, items)) {
                    spreadPeriods(times, periodsFrom, opener, frameYear, published, figures, items);
                } else {
                    periodsFrom = from;
                }
                // the places of its own clause (其中甲县、乙县分别…), else those of the sentence's previous list
                List<String> named = where.placesBetween(SentenceSplitter.clauseStart(t, opener, ss), opener);
                if (named.size() != items.size()) {
                    named = lastPlaces;
                }
                if (named.isEmpty()) {
                    // 海口、儋州和文昌等市县签约较多，且落地率分别达到…: the places stand in an earlier clause of the sentence
                    List<String> sentence = where.placesBetween(ss, opener);
                    named = sentence.size() == items.size() ? sentence : named;
                }
                spreadPlaces(named, figures, items);
                lastPlaces = named;
                lastItem = items.get(items.size() - 1);
                spreadMeasures(t, SentenceSplitter.clauseStart(t, opener, ss), opener, figures, items);
            }
            from = m.end();
        }
        if (lastItem >= 0 && lastPlaces.size() >= 2) {
            spreadBareLists(t, lastItem + 1, lastPlaces, figures);
        }
    }

    /**
     * 甲县、乙县分别完成投资186.2亿元、152.7亿元，增长9.3%、6.8%: a bare list later in the sentence with as many items as the
     * 分别-list had places goes over the same places, in order.
     */
    private static void spreadBareLists(String t, int first, List<String> places, List<Observation> figures) {
        int i = first;
        while (i < figures.size()) {
            List<Integer> run = new ArrayList<>();
            run.add(i);
            int j = i + 1;
            while (j < figures.size() && figures.get(j).unitClass().equals(figures.get(i).unitClass())
                    && figures.get(j - 1).end() < figures.get(j).start()
                    && BareList.ITEM_SEPARATOR.matcher(t).region(figures.get(j - 1).end(), figures.get(j).start()).matches()) {
                run.add(j);
                j++;
            }
            if (run.size() == places.size()) {
                spreadPlaces(places, figures, run);
            }
            i = j;
        }
    }

    /** Indexes of the figures of the list opened at {@code opener}: same unit class, nothing but 、 or 和 between. */
    private static List<Integer> items(String t, int opener, int se, List<Observation> figures) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Observation o = figures.get(i);
            if (o.start() < opener) {
                continue;
            }
            if (out.isEmpty()) {
                if (!ITEM_GAP.matcher(t).region(opener, o.start()).matches()) {
                    return out;
                }
                out.add(i);
                continue;
            }
            Observation prev = figures.get(out.get(out.size() - 1));
            if (!o.unitClass().equals(prev.unitClass())
                    || !ITEM_GAP.matcher(t).region(Math.min(prev.end() + 1, o.start()), o.start()).matches()) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    /** 2021年至2024年 with four items, or 2022年、2023年和2024年 with three: one period an item. */
    private static boolean spreadPeriods(List<PeriodReader.Expression> times, int from, int opener, int frameYear,
                                      LocalDate published, List<Observation> figures, List<Integer> items) {
        List<PeriodReader.Period> named = new ArrayList<>();
        int lastEnd = -1;
        for (PeriodReader.Expression e : times) {
            if (e.start() >= from && e.end() <= opener) {
                if (e.start() == lastEnd && !named.isEmpty()) {
                    // 今年前5个月, 2024年一季度: one period written in two expressions, the second in the first's year
                    int year = named.get(named.size() - 1).end().getYear();
                    named.set(named.size() - 1, e.read().at(year, published));
                } else {
                    named.add(e.read().at(frameYear, published));
                }
                lastEnd = e.end();
            }
        }
        List<PeriodReader.Period> each = new ArrayList<>();
        if (named.size() == 1 && named.get(0).type() == PeriodType.SPAN) {
            PeriodReader.Period span = named.get(0);
            int first = span.start().getYear();
            int last = span.end().getYear();
            if (last - first + 1 == items.size() && span.start().getDayOfYear() == 1) {
                for (int y = first; y <= last; y++) {
                    each.add(PeriodReader.Period.year(y));
                }
            }
        } else if (named.size() == items.size()) {
            each = named;
        }
        if (each.size() != items.size()) {
            return false;
        }
        for (int k = 0; k < items.size(); k++) {
            Observation o = figures.get(items.get(k));
            PeriodReader.Period p = each.get(k);
            String kind = p.start().isAfter(published) ? Kind.TARGET.code() : o.kind();
            figures.set(items.get(k), o.withPeriod(p.start(), p.end(), p.type().code(), kind));
        }
        return true;
    }

    /** What separates the measures named before a list (一般公共预算收入、税收收入分别…). */
    private static final Pattern MEASURE_SEPARATOR = Pattern.compile("[、和与及]|以及");

    /**
     * 一般公共预算收入、税收收入分别增长6.2%、4.8%: when the clause names as many measures as the list has items, and each
     * reads as its own indicator, item k measures the k-th (a bare list otherwise measures what its first item does).
     */
    private static void spreadMeasures(String t, int clauseStart, int opener, List<Observation> figures,
                                       List<Integer> items) {
        String[] parts = MEASURE_SEPARATOR.split(t.substring(clauseStart, opener));
        if (parts.length != items.size()) {
            return;
        }
        Observation first = figures.get(items.get(0));
        String between = t.substring(opener, first.start()); // 分别增长, 分别为
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < parts.length; k++) {
            Observation o = figures.get(items.get(k));
            String code = IndicatorClassifier.classify(UnitClass.valueOf(o.unitClass().toUpperCase(java.util.Locale.ROOT)),
                    o.unit(), parts[k] + between, "", null);
            if (IndicatorCatalog.isGeneric(code) || IndicatorCatalog.isCatchAll(code) || codes.contains(code)) {
                return;
            }
            codes.add(code);
        }
        for (int k = 0; k < items.size(); k++) {
            figures.set(items.get(k), figures.get(items.get(k)).withIndicator(codes.get(k)));
        }
    }

    /** 甲县、乙县分别开工18个、12个: one place an item, when as many places as items are named before the list. */
    private static void spreadPlaces(List<String> named, List<Observation> figures, List<Integer> items) {
        if (named.size() != items.size()) {
            return;
        }
        for (int k = 0; k < items.size(); k++) {
            figures.set(items.get(k), figures.get(items.get(k)).withRegion(named.get(k)));
        }
    }
}
