package io.zhibiao.extract;

import io.zhibiao.extract.PlaceResolver.Mention;
import io.zhibiao.extract.PlaceResolver.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The places of one article, ready to answer for each figure. */
final class ArticlePlaces {

    /** Scope words that cannot mean a county or city, unless they open a title (作为全国产粮大县, 被评为全省…). */
    private static final java.util.regex.Pattern WIDE_SCOPE = java.util.regex.Pattern.compile(
            "(?<!作为|是|为|成为|评为|入选|荣获|创建)(?:全省|全国|全自治区)");

    private final Gazetteer gazetteer;
    private final PlacePage page;
    private final List<Mention> mentions;
    /** Whether a place opens a project's name (see {@link #opensProjectName}), by place. */
    private final java.util.Map<Mention, Boolean> opensProjectName = new java.util.IdentityHashMap<>();
    /** places and scope words a figure is measured against (高于全国, 比全省), kept apart from {@link #mentions} */
    private final List<Mention> yardsticks;
    /** places given as examples (甲县、乙县等), which no figure is about but a 分别-list after them may name */
    private final List<Mention> examples;
    /** places written alone on a line, as section headings, in text order */
    private final List<Mention> headings;
    private final String region;
    private final int[] nameSpans;

    ArticlePlaces(Gazetteer gazetteer, PlacePage page, List<Mention> mentions, List<Mention> yardsticks,
                  List<Mention> examples, String region, int[] nameSpans) {
        this.gazetteer = gazetteer;
        this.page = page;
        this.mentions = mentions;
        this.yardsticks = yardsticks;
        this.examples = examples;
        this.headings = mentions.stream()
                .filter(m -> m.scope() == Scope.NAME && PlaceResolver.aloneOnItsLine(page.text, m))
                .toList();
        this.region = region;
        this.nameSpans = nameSpans;
    }

    /** Every place name found, resolved or not, as sorted start/end pairs. */
    int[] nameSpans() {
        return nameSpans;
    }

    /** The places named in [from, to) that a figure may be about, in order, without repeats. */
    List<String> placesBetween(int from, int to) {
        List<Mention> named = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            named.add(mentions.get(i));
        }
        // 海口、儋州和文昌等市县…，落地率分别达到…: examples still name the items of a list that follows them
        for (Mention e : examples) {
            if (e.start() >= from && e.start() < to) {
                named.add(e);
            }
        }
        named.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i);
            Mention next = i + 1 < named.size() ? named.get(i + 1) : null;
            if (next != null && next.start() == m.end() && next.scope() == Scope.NAME
                    && gazetteer.contains(m.code(), next.code()) && !m.code().equals(next.code())) {
                continue; // 宜昌市夷陵区、枝江市: the city before the first item only says where the items lie
            }
            if (m.scope() == Scope.NAME && counts(m) && !out.contains(m.code())) {
                out.add(m.code());
            }
        }
        return out;
    }

    /** The place of the headline or dateline, or null. */
    String articleRegion() {
        return region;
    }

    /** What the article is about when nothing nearer says: headline or dateline, the page, the default. */
    String base() {
        if (region != null) {
            return region;
        }
        String d = page.defaultRegion();
        String p = page.pagePlace();
        if (d == null) {
            return p;
        }
        // the caller's default, unless the page names a place inside it
        return p != null && !p.equals(d) && gazetteer.contains(d, p) ? p : d;
    }

    /** A figure's place and how it was found: {@code how} is null when the figure's own sentence names it. */
    record Found(String code, Reason how) {
    }

    /**
     * The most specific place a figure at {@code pos} is about (a null code when the page names none), with how it was
     * found.
     *
     * @param paragraphStart start of the figure's paragraph
     */
    Found regionFor(int pos, int paragraphStart, int sentenceStart, int clauseStart, int clauseEnd) {
        String yardstick = yardstickOwnValue(pos, paragraphStart);
        if (yardstick != null) {
            return new Found(yardstick, Reason.YARDSTICK_NEARBY);
        }
        int first = firstAtOrAfter(sentenceStart);
        Mention best = null;
        boolean passedOver = false;
        for (int i = first; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= pos) {
                break;
            }
            if (m.scope() != Scope.NAME) {
                // 增长7.3%（全省6.8%），固定资产投资…: a yardstick in a closed aside is no scope for what follows
                if (!closedAside(m, pos) && scopeCode(m.scope(), nameFocusBefore(m.start(), paragraphStart)) != null) {
                    best = m;
                }
            } else if (counts(m) && (!m.locative() || m.start() >= clauseStart || setsTheScene(m)) && !closedAside(m, pos)
                    && !projectElsewhere(m, pos)) {
                best = m;
            } else {
                passedOver |= counts(m);
            }
        }
        if (best != null) {
            if (best.scope() == Scope.NAME) {
                return new Found(groupOf(best, pos), null);
            }
            String scoped = scopeCode(best.scope(), nameFocusBefore(best.start(), paragraphStart));
            // 全市 after a sentence about 阆中市: the city it means was named before, perhaps a county's
            return new Found(scoped, scoped.equals(base()) || namedBetween(scoped, first, pos) ? null : scopeCarried(scoped));
        }
        for (int i = first; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= clauseEnd) {
                break;
            }
            if (m.start() > pos && m.scope() == Scope.NAME && counts(m)) {
                return new Found(m.code(), Reason.REGION_AFTER_FIGURE);
            }
        }
        Found focus = focusBefore(sentenceStart, paragraphStart);
        if (focus.code() != null) {
            // 在融水县，当地…种植4.5万亩: the sentence names a place the rules passed over for one further away
            return passedOver ? new Found(focus.code(), Reason.REGION_PASSED_OVER) : focus;
        }
        // nothing else says where: 在安远县投资建设的项目…，可带动就业800人 is still about 安远县
        for (int i = firstAtOrAfter(pos) - 1; i >= first; i--) {
            Mention m = mentions.get(i);
            if (m.scope() == Scope.NAME && counts(m)) {
                return new Found(m.code(), Reason.REGION_GUESSED);
            }
        }
        return new Found(null, Reason.REGION_NONE);
    }

    /**
     * Records how a figure's place was found and, when it was not named in the figure's own sentence, whether it is
     * above the article's own place (全国产粮大县 or 全区 read as the province in a city's story): a story about a city
     * rarely reports the province's figures without naming the province beside them (全省 or 全国 in the figure's
     * sentence, not as a title: 作为全国产粮大县).
     *
     * @param sentenceBefore the figure's sentence up to the figure
     */
    void explain(Set<Reason> why, Found place, String sentenceBefore) {
        if (place.how() == null) {
            return;
        }
        why.add(place.how());
        String b = base();
        if (place.code() != null && b != null && !b.equals(place.code()) && gazetteer.contains(place.code(), b)
                && !WIDE_SCOPE.matcher(sentenceBefore).find()) {
            why.add(Reason.REGION_ABOVE_ARTICLE);
        }
    }

    /** What joins the places of a list: 、 or 和. */
    private static final java.util.regex.Pattern LIST_JOIN = java.util.regex.Pattern.compile(BareList.JOINER);

    /**
     * 灌区覆盖南江县、巴州区30个乡镇, 富县、黄陵县…宜川县7个县（市）实现两位数增长: a place closing a list of places side by side
     * (none inside another) stands for the list, and a figure after it (not spread by 分别) is about the place that holds them all.
     */
    private String groupOf(Mention last, int pos) {
        if (pos > last.end() && page.text.substring(last.end(), pos).contains("分别")) {
            return last.code(); // 洛阳市和新乡市分别以8.1%和7.4%…: each item gets its own figure, the list spreader's work
        }
        int i = firstAtOrAfter(last.start());
        String group = last.code();
        String first = group;
        int items = 1;
        for (int j = i - 1; j >= 0 && items < PlaceResolver.MAX_LOOK; j--) {
            Mention prev = mentions.get(j);
            Mention next = mentions.get(j + 1);
            if (prev.scope() != Scope.NAME || prev.end() > next.start()
                    || !LIST_JOIN.matcher(page.text).region(prev.end(), next.start()).matches()
                    || gazetteer.contains(prev.code(), next.code()) || gazetteer.contains(next.code(), prev.code())) {
                break;
            }
            group = page.commonAncestor(group, prev.code());
            first = prev.code();
            items++;
        }
        return items < 2 || group == null ? last.code() : EachPlace.says(page.text, last.end(), pos) ? first : group;
    }

    /** How a scope word's place was found when no name of it is near: carried, or narrowed below the article's place. */
    private Reason scopeCarried(String scoped) {
        String b = base() != null ? base() : firstLead();
        return b != null && !b.equals(scoped) && gazetteer.contains(b, scoped) ? Reason.REGION_SCOPE_NARROWED
                : Reason.REGION_CARRIED;
    }

    /** The first place the article's lead names (its subject when no headline or dateline says), or null. */
    private String firstLead() {
        for (Mention m : mentions) {
            if (m.scope() == Scope.NAME && m.lead()) {
                return m.code();
            }
        }
        return null;
    }

    /** Whether a name of {@code code} stands among the mentions from index {@code first} up to {@code pos}. */
    private boolean namedBetween(String code, int first, int pos) {
        for (int i = first; i < mentions.size() && mentions.get(i).start() < pos; i++) {
            if (code.equals(mentions.get(i).code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 分别高于全国（5.9%）、全省（6.4%）, 比全国平均水平（54188元）低: a figure in parentheses right after a yardstick (and its
     * 平均水平) is the yardstick's own value, so it is about that place, not about the place the gap is measured for.
     */
    private static final java.util.regex.Pattern AVERAGE = java.util.regex.Pattern.compile("的?(?:平均水平|平均|水平|均值)");

    private String yardstickOwnValue(int pos, int paragraphStart) {
        String text = page.text;
        if (pos == 0 || !PlaceResolver.isOpeningParenthesis(text.charAt(pos - 1))) {
            return null;
        }
        for (Mention y : yardsticks) {
            if (y.end() == pos - 1 || y.end() < pos - 1 && AVERAGE.matcher(text).region(y.end(), pos - 1).matches()) {
                return y.scope() == Scope.NAME ? y.code() : scopeCode(y.scope(), nameFocusBefore(y.start(), paragraphStart));
            }
        }
        return null;
    }

    /** 其中工业项目58个（天元区21个），基础设施项目37个: a place inside parentheses closed before the figure stays inside. */
    /**
     * 在永丰县，新建改建农村公路126公里: a clause that holds nothing but 在 and a place sets the scene for the rest of its
     * sentence, unlike 在安远县投资建设的项目, where the place belongs to a noun.
     */
    private boolean setsTheScene(Mention m) {
        String text = page.text;
        int at = m.start() - 1;
        boolean opens = at == 0 || at > 0 && "，。；：\n".indexOf(text.charAt(at - 1)) >= 0;
        return opens && text.charAt(at) == '在' && m.end() < text.length() && text.charAt(m.end()) == '，';
    }

    private boolean closedAside(Mention m, int pos) {
        String text = page.text;
        int open = -1;
        for (int i = m.start() - 1; i >= Math.max(0, m.start() - 20); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                open = i;
                break;
            }
            if (c == '）' || c == ')' || c == '。') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = m.end(); i < pos; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * The place in focus before {@code pos}: the nearest name that counts in the paragraph; then, in an article
     * whose headline or dateline names no place, in the article; else the article's base.
     */
    private Found focusBefore(int pos, int paragraphStart) {
        int floor = region != null || page.defaultRegion() != null ? continuedFrom(paragraphStart) : Integer.MIN_VALUE;
        int from = firstAtOrAfter(pos) - 1;
        for (int i = from; i >= Math.max(0, from - PlaceResolver.MAX_LOOK) && mentions.get(i).start() >= floor; i--) {
            Mention m = mentions.get(i);
            if (!m.lead() || m.scope() == Scope.NATIONAL && localArticle()) {
                // 全国1%人口抽样调查高质量完成；13个…: in a local article 全国 speaks for its own sentence only
                continue;
            }
            if (m.scope() != Scope.NAME) {
                String scoped = scopeCode(m.scope(), nameFocusBefore(m.start(), paragraphStart));
                if (scoped != null) {
                    // 全市 in an earlier sentence: the whole city, not the county named before it
                    return new Found(scoped, scopeCarried(scoped));
                }
            } else if (!m.locative() && counts(m) && !(m.start() < paragraphStart && (opensProjectName(m) || !leadsItsParagraph(m)))
                    && !projectElsewhere(m, pos)) {
                // a name from an earlier paragraph (no headline place bounds the search): its story may be over; one that
                // opens a project's name (鄠邑区涝河…生态修复工程完工) told where that project is, not what the article is about
                return new Found(m.code(), m.start() < paragraphStart ? Reason.REGION_OTHER_PARAGRAPH : Reason.REGION_CARRIED);
            }
        }
        return headingOrBase(pos);
    }

    /** 按产业分：, 分行业看，, 其中： opening a paragraph: it breaks down what the paragraph before reported. */
    private static final java.util.regex.Pattern BREAKDOWN_OPENING = java.util.regex.Pattern.compile(
            "\\s*(?:其中|按[\\u4e00-\\u9fff]{1,6}分|分[\\u4e00-\\u9fff]{1,6}看|从[\\u4e00-\\u9fff]{1,6}看)[：:，,]");

    /**
     * Where the story of a paragraph starts: at its own start, or at that of the paragraph before when it opens by
     * breaking that one down (博乐市招商引资开工项目36个…\n按产业分：二产项目开工17个 is still about 博乐市).
     */
    private int continuedFrom(int paragraphStart) {
        String t = page.text;
        int start = paragraphStart;
        while (start > 0 && BREAKDOWN_OPENING.matcher(t).region(start, Math.min(t.length(), start + 12)).lookingAt()) {
            int prev = start - 1;
            while (prev > 0 && Character.isWhitespace(t.charAt(prev - 1))) {
                prev--; // the blank lines between the paragraphs
            }
            prev = t.lastIndexOf('\n', prev - 1) + 1;
            if (prev >= start) {
                break;
            }
            start = prev;
        }
        return start;
    }

    /**
     * 鄠邑区涝河渼陂湖水系生态修复工程: words running from a place to 工程 or 项目 name a project there (not 揭西县实施重点项目, where
     * a verb or a class of projects follows the place).
     */
    private static final java.util.regex.Pattern PROJECT_NAME = java.util.regex.Pattern.compile(
            "(?:(?!实施|安排|推进|开工|完成|新建|续建|谋划|储备|签约|引进|落地|共|有|重点|重大|等|各类|全部|的)"
                    + "[\\u4e00-\\u9fffA-Za-z\\d]){2,16}?" + PlaceRoles.PROJECT_WORDS);

    /**
     * 安义…产业园项目等12个计划新开工项目已全部开工；服务业项目33个: a place opening a project's name places that project's own
     * part of the sentence, not the part after a ； nor a count the project is an example of (…项目等12个).
     */
    private boolean projectElsewhere(Mention m, int pos) {
        return opensProjectName(m) && PART_BREAK.matcher(page.text).region(m.end(), pos).find();
    }

    /** What ends a project's part of a sentence: 等 (it was an example), ； (the next part is about something else). */
    private static final java.util.regex.Pattern PART_BREAK = java.util.regex.Pattern.compile("[等；;]");

    /**
     * Whether a place is named in the first sentence of its paragraph (阆中市…。全年…): a later paragraph may go on about it,
     * but not about a place a paragraph came to later (分区域看，…。从投资看，西安市…。\n省级新开工项目…).
     */
    private boolean leadsItsParagraph(Mention m) {
        String t = page.text;
        for (int i = m.start() - 1; i >= 0 && t.charAt(i) != '\n'; i--) {
            if ("。！？!?".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the place opens a project's name; asked for a place again and again (each figure after it), read once. */
    private boolean opensProjectName(Mention m) {
        return opensProjectName.computeIfAbsent(m, k -> PROJECT_NAME.matcher(page.text)
                .region(k.end(), Math.min(page.text.length(), k.end() + 20)).lookingAt());
    }

    /** Whether the article is about a place below the nation (its headline, dateline, page or default says so). */
    private boolean localArticle() {
        String b = base();
        return b != null && !Gazetteer.NATIONAL.equals(b);
    }

    /**
     * 茅箭区 alone on a line, then its schools line by line: the nearest place heading before {@code pos} holds for
     * the lines under it; else the article's base.
     */
    private Found headingOrBase(int pos) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            Mention h = headings.get(i);
            if (h.start() < pos && counts(h)) {
                return new Found(h.code(), Reason.REGION_FROM_HEADING);
            }
        }
        return new Found(base(), region != null ? Reason.REGION_FROM_DATELINE : Reason.REGION_FROM_PAGE);
    }

    /** The place a scope word refers to (全市 → the city of the nearest place named before it). */
    private String nameFocusBefore(int pos, int paragraphStart) {
        int floor = region != null ? paragraphStart : Integer.MIN_VALUE;
        int from = firstAtOrAfter(pos) - 1;
        for (int i = from; i >= Math.max(0, from - PlaceResolver.MAX_LOOK) && mentions.get(i).start() >= floor; i--) {
            Mention m = mentions.get(i);
            if (m.scope() == Scope.NAME && !m.locative() && counts(m)) {
                return m.code();
            }
        }
        return headingOrBase(pos).code();
    }

    private int firstAtOrAfter(int pos) {
        return PlacePage.firstAtOrAfter(mentions, Mention::start, pos);
    }

    /**
     * Whether a name may be what a figure is about: a place inside or beside the article's place; its ancestor
     * only when written in full (锡林郭勒盟, not 江西 of 江西东方数字产业园); a place in another province when it is a
     * city or county, or a province written in full.
     */
    private boolean counts(Mention m) {
        String ref = base();
        if (ref == null || Gazetteer.NATIONAL.equals(ref)) {
            return true;
        }
        if (gazetteer.contains(ref, m.code())) {
            return true;
        }
        if (gazetteer.contains(m.code(), ref)) {
            return m.full();
        }
        String p = gazetteer.provinceOf(ref);
        if (p != null && p.equals(gazetteer.provinceOf(m.code()))) {
            return true;
        }
        return gazetteer.levelOf(m.code()) >= 2 || m.full();
    }

    private String scopeCode(Scope s, String focus) {
        if (s == Scope.NATIONAL) {
            return Gazetteer.NATIONAL;
        }
        if (focus == null || Gazetteer.NATIONAL.equals(focus)) {
            return null;
        }
        Gazetteer.Region r = gazetteer.byCode(focus);
        if (r == null) {
            return null;
        }
        return switch (s) {
            case PROVINCE -> gazetteer.provinceOf(focus);
            case CITY -> r.level() == 3 && r.name().endsWith("市") ? focus
                    : r.level() >= 2 ? gazetteer.prefectureOf(focus) : null;
            case PREFECTURE -> r.level() >= 2 ? gazetteer.prefectureOf(focus) : null;
            case COUNTY -> r.level() == 3 ? focus : null;
            case DISTRICT -> r.level() == 3 ? focus
                    : r.level() == 1 && r.name().endsWith("自治区") ? focus
                    : r.level() == 2 && PlaceResolver.autonomousRegion(gazetteer, gazetteer.provinceOf(focus)) ? gazetteer.provinceOf(focus)
                    : null; // 本报南宁讯 …全区新签约项目: a city has no 全区, the autonomous region has
            default -> null;
        };
    }
}
