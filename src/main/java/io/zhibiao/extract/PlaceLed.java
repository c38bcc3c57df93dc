package io.zhibiao.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A place's bare figure in a list led by places (宝鸡市地区生产总值1820亿元，增长5.1%；咸阳市以1650亿元位居第二；渭南市（5.8%）…,
 * 各市GDP增速：绵阳市6.1%，德阳市5.4%): the figure of the indicator named before, at the list's head or in its first item.
 * One instance per article: it remembers the last paragraph's indicator for a paragraph that opens with 从增速看, and
 * the indicator a heading or lead named for the places ({@link ListLead}) for a figure with nothing nearer.
 */
final class PlaceLed {

    /** 从增速上来看，…, 增速方面，…, 分市看，…: a paragraph that goes on with the places of the one before. */
    private static final Pattern GOES_ON = Pattern.compile(
            "\\s*(?:分(?:市|县|区|地区|市州|州市|盟市|县区|县市区?)来?看|从各?(?:市|县|区|地|市州|州市|盟市|县区)?(?:增速|增幅|总量)?上?来?看"
                    + "|(?:增速|增幅|总量)方面)[，,：:]");
    /** What may stand between a place and its figure: 以, 为, 是, 达, （, 等地为, 等3个市均为, 则分别以. */
    private static final Pattern FILLER = Pattern.compile(
            "(?:等地?|等\\d+个[市县区州盟旗]+)?(?:则|也)?(?:均|都|分别)?(?:以|为|是|达到?|实现|[（(：:])?$");
    /** 全国为5.4%, 全省为: a scope word stands for a place. */
    private static final Pattern SCOPE = Pattern.compile("全(?:国|省|市|区|州|县)$");
    /** The longest place name the check looks back over. */
    private static final int LONGEST_NAME = 12;
    /** How close the item before must end for the figure to be the next item of its list. */
    private static final int NEAR_ITEM = 30;

    private final Gazetteer gazetteer;
    /** the indicator a heading or lead named for the places, which a figure with nothing nearer takes */
    private final ListLead lead;
    private String paragraphBefore;
    private Map<String, String> paragraphBeforeBreakdown;
    private boolean goesOn;
    /** whether that opening names growth (从增速看): a bare rate after it is the growth of the paragraph before's level */
    private boolean growthHeading;
    /** whether {@link #paragraphBefore} is the last paragraph's, and where this paragraph starts */
    private boolean fresh;
    private int paragraphStart;
    /** the figure read before: whether it stayed generic, its unit class, where it ends */
    private boolean previousGeneric;
    private UnitClass previousUnit;
    private int previousEnd;

    PlaceLed(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lead = new ListLead(gazetteer);
    }

    /** An article whose text starts at {@code start}. */
    void newArticle(String t, int start) {
        lead.start(t, start);
    }

    /** A new paragraph at {@code start}: the indicator the paragraph before named last is kept for it if it goes on. */
    void newParagraph(String t, int start, String carried, Map<String, String> carriedBreakdown) {
        if (carried != null) {
            paragraphBefore = carried;
            paragraphBeforeBreakdown = carriedBreakdown;
            fresh = true;
        } else if (start > paragraphStart) {
            fresh = false; // a paragraph that named nothing came between
        }
        paragraphStart = start;
        java.util.regex.Matcher m = GOES_ON.matcher(t).region(start, Math.min(t.length(), start + 16));
        goesOn = m.lookingAt();
        growthHeading = goesOn && (m.group().contains("增速") || m.group().contains("增幅"));
    }

    /**
     * The figure's indicator and breakdown: a place's bare growth (PlaceGrowth), else a generic figure whose clause names
     * only its place takes the indicator named last (the sentence group's subject, the paragraph's, or the paragraph
     * before's when this one goes on with it), fitted to its unit (gdp.yoy before 1650亿元 gives gdp).
     */
    BreakdownReader.Reading read(BreakdownReader.Reading item, FigureScanner.Figure f, String before, String after,
                                 boolean ownPlace, String subjectCode, Map<String, String> subjectBreakdown,
                                 String carriedCode, Map<String, String> carriedBreakdown) {
        // 南昌市占全省的25%，九江市为12%: the item just before stayed generic, so the list is not about the named indicator
        boolean afterGenericItem = previousGeneric && previousUnit == f.unitClass() && f.start() - previousEnd <= NEAR_ITEM;
        BreakdownReader.Reading subject = countsPlaces(subjectCode) ? NONE : new BreakdownReader.Reading(subjectCode, subjectBreakdown);
        BreakdownReader.Reading carried = countsPlaces(carriedCode) ? NONE : new BreakdownReader.Reading(carriedCode, carriedBreakdown);
        BreakdownReader.Reading read = read(item, f, before, after, ownPlace && !afterGenericItem, ownPlace, subject, carried);
        previousGeneric = IndicatorCatalog.isGeneric(read.indicator());
        previousUnit = f.unitClass();
        previousEnd = f.end();
        return read;
    }

    private static final BreakdownReader.Reading NONE = new BreakdownReader.Reading(null, null);

    /**
     * 在全省重点关注的10个州(市)中，昆明市同比增长2.0%: a count of places names the places of the figures after it, not
     * their indicator, so it neither stands between them and a lead nor is what they are of.
     */
    private static boolean countsPlaces(String code) {
        return code != null && code.startsWith("regions.");
    }

    /** {@code listed}: the figure is of its own place and not the next item of a list whose item before stayed generic. */
    private BreakdownReader.Reading read(BreakdownReader.Reading item, FigureScanner.Figure f, String before, String after,
                                         boolean listed, boolean ownPlace, BreakdownReader.Reading subject,
                                         BreakdownReader.Reading carried) {
        String code = item.indicator();
        if (subject.indicator() == null) {
            String grew = PlaceGrowth.of(code, after, carried.indicator(), ownPlace);
            if (!grew.equals(code)) {
                return new BreakdownReader.Reading(grew, carried.breakdown());
            }
        }
        if (!ownPlace || !IndicatorCatalog.isGeneric(code)) {
            return item;
        }
        boolean saysGrowth = PlaceGrowth.saysGrowth(code, after);
        BreakdownReader.Reading nearer = subject.indicator() != null ? subject
                : carried.indicator() != null ? carried : null;
        // 廊坊…为-1.8%。邢台7.0%的增速…: a rate its own words call growth is of a lead's list after a generic item too
        String led = listed || saysGrowth ? led(f, before, saysGrowth, nearer) : null;
        if (led != null) {
            return new BreakdownReader.Reading(led, null);
        }
        if (!listed) {
            return item;
        }
        // 从增速看，… goes on with the paragraph before; so does a place's growth (太原…以14.41%的名义增速) right after it
        BreakdownReader.Reading last = nearer != null ? nearer
                : goesOn || fresh && saysGrowth ? new BreakdownReader.Reading(paragraphBefore, paragraphBeforeBreakdown) : null;
        if (last == null || last.indicator() == null || !saysGrowth && !barePlace(before)) {
            return item;
        }
        boolean growth = saysGrowth || subject.indicator() == null && carried.indicator() == null && growthHeading;
        String fit = fit(last.indicator(), f.unitClass(), f.unit(), growth);
        return fit == null ? item : new BreakdownReader.Reading(fit, last.breakdown());
    }

    /**
     * The lead's indicator fitted to the figure, when nothing nearer named another (the paragraph named none before
     * it, or the lead's own) and no more than places, times and a list's filler stand before it; else null. It
     * outweighs the paragraph before's indicator: 石家庄…增速达到了10.1% after 唐山's exports is the GDP growth
     * 各地GDP的表现 led with.
     */
    private String led(FigureScanner.Figure f, String before, boolean saysGrowth, BreakdownReader.Reading nearer) {
        String code = lead.at(f.start());
        String level = code == null ? null : IndicatorClassifier.levelOf(code);
        if (level == null || goesOn && nearer == null
                || nearer != null && !level.equals(IndicatorClassifier.levelOf(nearer.indicator()))
                || !lead.bare(before)) {
            return null;
        }
        // 昭通市GDP增长4.6%，而丽江市只有2.7%: the nearer naming of the lead's own indicator says which measure of it
        String named = nearer != null ? nearer.indicator() : code;
        return fit(named, f.unitClass(), f.unit(), saysGrowth || lead.growthView(f.start()));
    }

    /**
     * Whether the figure is of a place its own sentence names, not the article's own place; the country beside a local
     * figure (（全国为5.4%）) is one.
     */
    static boolean own(ArticlePlaces.Found place, String base) {
        return (place.how() == null || Gazetteer.NATIONAL.equals(place.code())) && place.code() != null
                && !place.code().equals(base);
    }

    /** Whether the words before the figure end with a place's name and nothing but 以, 为, （ after it. */
    private boolean barePlace(String before) {
        java.util.regex.Matcher m = FILLER.matcher(before);
        int end = m.find() ? m.start() : before.length();
        if (SCOPE.matcher(before).region(0, end).find()) {
            return true;
        }
        for (int s = Math.max(0, end - LONGEST_NAME); s < end - 1; s++) {
            Gazetteer.NameMatch n = gazetteer.matchAt(before, s);
            if (n != null && n.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** The code of {@code last}'s quantity that a figure of this unit can be: its growth, its level, or itself. */
    static String fit(String last, UnitClass unitClass, String unit, boolean growth) {
        IndicatorDef d = IndicatorCatalog.byCode(last);
        String level = IndicatorClassifier.levelOf(last);
        if (d == null || level == null) {
            return null;
        }
        String family = d.family() == null ? "" : d.family();
        if (unitClass == UnitClass.PERCENT) {
            if (unit.endsWith("百分点")) {
                return family.equals("yoy.pp") ? last : null;
            }
            if (family.equals("yoy") || family.equals("share") && !growth) {
                return last;
            }
            if (family.equals("yoy.pp") || growth) {
                return IndicatorCatalog.familyCode(level, "yoy");
            }
            return d.level() == null && d.unitClass().equals(unitClass.code()) ? last : null;
        }
        IndicatorDef l = IndicatorCatalog.byCode(level);
        return !growth && l != null && l.unitClass().equals(unitClass.code()) ? level : null;
    }
}
