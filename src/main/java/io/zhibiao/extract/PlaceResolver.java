package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles which place each figure is about: gazetteer names (full, short, former), the dateline, the headline,
 * scope words (全省, 该市, 全国) and, for short names that several units share (西湖区, 鼓楼区), the nearest
 * province or city named before them.
 *
 * <p>A figure takes the nearest place named before it in its sentence, else in its paragraph, else earlier in its
 * article, else the article's headline or dateline, else the page's place, else the caller's default region. A place
 * named later on the page never reaches back to earlier figures.
 */
final class PlaceResolver {

    /**
     * A scope word or a resolved place name in an article; {@code lead} when it is what its sentence is about (the first
     * place it names, not one of a list), so that later sentences may inherit it.
     */
    record Mention(int start, int end, String code, Scope scope, boolean full, boolean locative, boolean lead) {
        Mention asLead(boolean lead) {
            return new Mention(start, end, code, scope, full, locative, lead);
        }
    }

    /** PREFECTURE: 市本级, 市开发区, 城市四区 — always the prefecture, even after a county-level city (明光市). */
    enum Scope { NAME, NATIONAL, PROVINCE, CITY, PREFECTURE, COUNTY, DISTRICT }

    private static final String[] SCOPES = ("全国 我国 全省 我省 本省 该省 省内 全市 我市 本市 该市 市内 全区 我区 本区 "
            + "该区 辖区内 全县 我县 本县 该县 全州 全盟 全旗 该旗 该州 该盟 市本级 市直 市开发区 市经开区 市高新区 "
            + "市经济开发区 市经济技术开发区 主城区 中心城区 各县区 各县（市、区） 各县(市、区)").split(" ");
    private static final String SCOPE_FIRST = "全我本该省市辖主中各城";
    /** 城市四区, 主城九区: the urban districts together are the city's. */
    private static final Pattern URBAN_DISTRICTS = Pattern.compile("(?:城市|主城|中心城)?[两二三四五六七八九十]区");
    private static final String URBAN_FIRST = "城主中两二三四五六七八九十";
    private static final java.util.BitSet SCOPE_OR_URBAN_FIRST = new java.util.BitSet();

    static {
        (SCOPE_FIRST + URBAN_FIRST).chars().forEach(SCOPE_OR_URBAN_FIRST::set);
    }

    /**
     * 高于全省平均水平, 比全国高, 占全市的, 居全省第二, 保持全省前列: the place after such words (or before 前列, 第二) is the
     * yardstick a figure is measured against, not the place it is about; so is the place of a title or a first
     * (入选全国…项目库, 获评全国…示范县, 全省首推), and an edition of an event (第十四届全国运动会).
     */
    private static final String YARDSTICK_WORDS = "高于|高出|低于|快于|慢于|超过|超出|领先|领跑|落后|优于|跑赢|比|较|居|位居|位列"
            + "|排名|排|占|相当于|与|同|列|入选|获评|荣获|评为|列入|跻身|届";
    private static final Pattern YARDSTICK_BEFORE = Pattern.compile("(?:" + YARDSTICK_WORDS + ")(?:同期)?$");
    /**
     * The characters YARDSTICK_BEFORE's matches end with, and the line ends its $ may stand before: before most places
     * stands none of them, and no regex need run.
     */
    private static final java.util.BitSet YARDSTICK_LAST = new java.util.BitSet();

    static {
        for (String w : (YARDSTICK_WORDS + "|同期").split("\\|")) {
            YARDSTICK_LAST.set(w.charAt(w.length() - 1));
        }
        "\n\r\u0085\u2028\u2029".chars().forEach(YARDSTICK_LAST::set);
    }
    private static final Pattern COMPARED_AFTER = Pattern.compile("^[^，。；,;]{0,12}?(?:相比|比较|持平|相当|一致|同步|同期)");
    private static final Pattern YARDSTICK_AFTER = Pattern.compile(
            "^(?:的)?(?:平均|水平|均值|前列|首位|首推|首个|首家|首批|唯一|率先|第[一二三四五六七八九十\\d]{1,3}(?:个|家)"
                    + "|第[一二三四五六七八九十\\d]{1,3}(?:位|名)?(?=[，。；、,;）)]|$))");
    /** What may stand before a place heading on its line: space and a section number (二、 （三） 3.). */
    private static final Pattern HEADING_BEFORE = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．])?\\s*");
    /** How many characters a heading line may hold besides its place name. */
    private static final int HEADING_MARGIN = 8;
    /** What may follow it: a colon and space. */
    private static final Pattern HEADING_AFTER = Pattern.compile("[：:]?\\s*");
    /**
     * 等 closing a list of examples (not 等级, 等于, 等额…, nor 等地为 of places that each have the figure: 漯河、周口等地为5.6%),
     * perhaps after a short word of the item (永定土楼等) or the rest of a project's name (安义现代智慧针纺产业园项目等).
     */
    private static final Pattern EXAMPLES_CLOSE = Pattern.compile("(?:[^，。；：、,;:（）()\\s]{0,4}?|[^，。；：、,;:（）()\\s]{0,24}?(?:项目|工程))"
            + "等(?!级|待|同|于|额|候|量|到|地?[为均都])");
    /** A project's whole name in a list of examples (和静（巴音布鲁克）机场新建工程、准东开发区电厂项目、…等80个项目). */
    private static final String NAMED_WORKS = "[^，。；：、,;:\\s]{0,24}?(?:项目|工程|机场|公路|铁路|医院|水库|枢纽|电站)";
    /**
     * What joins two places of a list of examples: the rest of the first item (泰宁旅游区、, or a project's whole name) and
     * perhaps a few items that name no place (、太姥山、), then the words of the next item before its place (、中山大学附属喀什医院).
     */
    private static final Pattern EXAMPLE_JOIN = Pattern.compile("(?:(?:[^，。；：、,;:（）()\\s]{0,5}?|" + NAMED_WORKS + ")"
            + BareList.JOINER + "){1,6}[^，。；：、,;:（）()\\s]{0,8}");
    /** Between two listed yardsticks: the first one's own value in parentheses, then 、 or 和. */
    private static final Pattern YARDSTICK_LIST_GAP = Pattern.compile("(?:[（(][^（）()，。；]{0,12}[）)])?" + BareList.JOINER);
    /** A name within a few characters (no punctuation) of 公司/集团/中心…: the place begins an organisation's name. */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile(
            "[^，。；：、,;:（）()“”\\s]{0,12}?(?:有限公司|股份|公司|集团|商会|企业|科技|实业|工厂|中心|大学|学院|医院)");
    /** 北京市: where national papers and agencies dateline the country's news. */
    private static final String CAPITAL = "110000";
    /** Words of a lead that reports for the whole country: 全国, 我国, or a national body (国家统计局, 中国人民银行, 人社部…). */
    private static final Pattern NATIONAL_VOICE = Pattern.compile("全国|我国|国务院|中国人民银行|人民银行|央行|海关总署|国家(?:统计局|发展改革委|发改委"
            + "|税务总局|外汇管理局|能源局|邮政局|医保局|卫生健康委|卫健委|林草局|市场监管总局|金融监督管理总局)|金融监管总局|银保监会|银监会|证监会"
            + "|财政部|商务部|人社部|人力资源(?:和)?社会保障部|工业和信息化部|工信部|农业农村部|交通运输部|自然资源部|生态环境部"
            + "|住房和城乡建设部|水利部|教育部|科技部|民政部|文化和旅游部");
    /** Agencies whose datelines name the bureau's city while their story is often about the whole province. */
    private static final Pattern AGENCY = Pattern.compile("^(?:新华社|中新社|中新网|人民网|新华网|中广网|央广网|央视网|光明网|中国网)");
    /** Sentence ends for telling a sentence's lead place; a ；-list of places is one sentence listing them. */
    private static final String SENTENCE_ENDS = "。！？!?\n";

    private static final Pattern DATELINE = Pattern.compile("^(?:本报|新华社|中新社|中新网|人民网|新华网|中广网|央广网|央视网|光明网"
            + "|中国网)([^讯电，。]{1,12}?)(?:讯|\\d{1,2}月\\d{1,2}日(?:电|消息)|电)");

    /** How far after a name an ambiguous name may still look for its province or city. */
    static final int FOLLOWING_REACH = 100;
    /** How many anchors or mentions a lookup inspects at most, so that long texts stay linear. */
    static final int MAX_LOOK = 32;

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * 本报南宁讯 …全区新签约项目: a provincial paper datelines its stories in the capital; when the lead sentence speaks for
     * the whole province (全省, 我省, 全区 of an autonomous region, or the province's full name: 湖南省…会议今天开幕), the
     * dateline city is only where the bureau sits.
     */
    private boolean provincialPaper(String text, int bodyFrom, String dateline) {
        String province = gazetteer.provinceOf(dateline);
        String lead = text.substring(bodyFrom, leadEnd(text, bodyFrom));
        Gazetteer.Region p = gazetteer.byCode(province);
        return lead.contains("全省") || lead.contains("我省") || p != null && lead.contains(p.name())
                || autonomousRegion(gazetteer, province) && (lead.contains("全区") || lead.contains("我区"));
    }

    /**
     * 本报吉林讯: a dateline names a city, so a province's short name that is also a city's (吉林, 吉林市) is the city there.
     */
    private String cityOfTheSameName(String dateline) {
        Gazetteer.Region r = gazetteer.byCode(dateline);
        if (r == null || r.level() != 1) {
            return dateline;
        }
        String city = r.shortName() + "市";
        Gazetteer.NameMatch nm = gazetteer.matchAt(city, 0);
        if (nm != null && nm.end() == city.length()) {
            for (Gazetteer.Region c : nm.candidates()) {
                if (c.level() == 2 && c.parentCode().equals(r.code())) {
                    return c.code();
                }
            }
        }
        return dateline;
    }

    /** Whether the lead sentence after a dateline speaks for the whole country (全国, 我国) or a national body reports. */
    private static boolean nationalLead(String text, int bodyFrom) {
        return NATIONAL_VOICE.matcher(text).region(bodyFrom, leadEnd(text, bodyFrom)).find();
    }

    /** Where the lead sentence after a dateline ends: its first sentence end, at most 200 characters on. */
    private static int leadEnd(String text, int bodyFrom) {
        int end = bodyFrom;
        while (end < text.length() && end - bodyFrom < 200 && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    static boolean autonomousRegion(Gazetteer gazetteer, String province) {
        Gazetteer.Region p = gazetteer.byCode(province);
        return p != null && p.name().endsWith("自治区");
    }

    /** A province or city, or a county written in full with more than two characters (浚县 may be 疏浚县乡). */
    static boolean selfEvident(Gazetteer.NameMatch nm) {
        Gazetteer.Region r = nm.candidates().get(0);
        return r.level() <= 2 || nm.fullName() && nm.end() - nm.start() > 2;
    }

    PlacePage page(String text, String defaultRegion) {
        return new PlacePage(gazetteer, text, defaultRegion);
    }

    /**
     * @param page      the page's names
     * @param start     article start
     * @param bodyStart where the title block ends and the body begins
     * @param end       article end
     */
    ArticlePlaces resolve(PlacePage page, int start, int bodyStart, int end) {
        String text = page.text;
        List<Mention> mentions = new ArrayList<>();
        int from = page.firstNameAtOrAfter(start);
        int to = from;
        while (to < page.names.size() && page.names.get(to).end() <= end) {
            to++;
        }
        // the provinces the article names unambiguously: a county's short name counts only in one of them
        java.util.Set<String> inPlay = new java.util.HashSet<>();
        java.util.Set<String> citiesInPlay = new java.util.HashSet<>();
        for (int k = page.firstAnchorAtOrAfter(start); k < page.anchorPos.size() && page.anchorPos.get(k)[0] < end; k++) {
            inPlay.add(gazetteer.provinceOf(page.anchorCode.get(k)));
            citiesInPlay.add(gazetteer.prefectureOf(page.anchorCode.get(k)));
        }
        if (page.defaultRegion() != null) {
            citiesInPlay.add(gazetteer.prefectureOf(page.defaultRegion()));
        }
        List<Mention> yardsticks = new ArrayList<>();
        int venueEnd = -1;
        for (int k = from; k < to; k++) {
            Gazetteer.NameMatch nm = page.names.get(k);
            String code = page.choose(nm, start, end, inPlay, citiesInPlay);
            if (code != null) {
                Mention m = new Mention(nm.start(), nm.end(), code, Scope.NAME, nm.fullName(), locative(text, nm.start()),
                        false);
                if (PlaceRoles.venue(text, m, venueEnd)) {
                    venueEnd = m.end();
                    continue; // 在昆明开幕, 在郑州市金水区召开: where the meeting is held, not what it reports on
                }
                (yardstick(text, nm.start(), nm.end(), start) || PlaceRoles.rankedAmong(text, nm.start(), nm.end()) ? yardsticks
                        : mentions).add(m);
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        PlaceRoles.dropProjectNames(gazetteer, text, page.defaultRegion(), mentions);
        String region = articleRegion(text, bodyStart, mentions);
        dropOrganisationOrigins(text, region != null ? region : page.defaultRegion(), mentions);
        int nameIdx = from;
        for (int i = start; i < end - 1; i++) {
            while (nameIdx < to && page.names.get(nameIdx).end() <= i) {
                nameIdx++;
            }
            if (nameIdx < to && page.names.get(nameIdx).start() <= i) {
                continue; // 市 of 六安市开发区 belongs to the name
            }
            char c = text.charAt(i);
            if (!SCOPE_OR_URBAN_FIRST.get(c)) {
                continue; // most characters start no scope word: one look-up, not two string searches
            }
            boolean urbanStart = URBAN_FIRST.indexOf(c) >= 0;
            String w = null;
            for (String candidate : SCOPES) {
                if (text.startsWith(candidate, i) && i + candidate.length() <= end) {
                    w = candidate;
                    break;
                }
            }
            int wEnd = w != null ? i + w.length() : urbanStart ? urbanEnd(text, i, end) : -1;
            if (wEnd < 0 || w != null && scopeVetoed(text, w, wEnd)) {
                continue;
            }
            Scope scope = w != null ? scopeOf(w) : Scope.PREFECTURE;
            Mention m = new Mention(i, wEnd, null, scope, false, false, false);
            (yardstick(text, i, wEnd, start) || PlaceRoles.rankedAmong(text, i, wEnd) ? yardsticks : mentions).add(m);
            i = wEnd - 1;
        }
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        yardsticks.sort((a, b) -> Integer.compare(a.start, b.start));
        moveListedYardsticks(text, mentions, yardsticks);
        List<Mention> examples = takeExamples(text, mentions);
        markLeads(text, start, mentions);
        int[] spans = new int[(to - from) * 2];
        for (int k = from; k < to; k++) {
            spans[2 * (k - from)] = page.names.get(k).start();
            spans[2 * (k - from) + 1] = page.names.get(k).end();
        }
        return new ArticlePlaces(gazetteer, page, mentions, yardsticks, examples, region, spans);
    }

    /**
     * Whether a 等 follows within EXAMPLES_CLOSE's reach (26 characters) with none of its stops before it: most places are
     * followed by no 等, and this look saves a regex.
     */
    private static boolean closesSoon(String text, int from) {
        for (int j = from; j < Math.min(text.length(), from + 27); j++) {
            char c = text.charAt(j);
            if (c == '等') {
                return true;
            }
            if ("，。；：、,;:（）() \t\n\u000B\f\r".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** The end of 城市四区, 主城九区 … starting at i, or -1. */
    private static int urbanEnd(String text, int i, int end) {
        Matcher urban = URBAN_DISTRICTS.matcher(text).region(i, Math.min(end, i + 4));
        return urban.lookingAt() ? urban.end() : -1;
    }

    /**
     * 高于全国（5.9%）、全省（6.4%）平均水平: a place listed right after a yardstick (its own value in parentheses between
     * them) is a yardstick too, not the place the figures after it are about.
     */
    private static void moveListedYardsticks(String text, List<Mention> mentions, List<Mention> yardsticks) {
        int y = 0;
        for (Iterator<Mention> it = mentions.iterator(); it.hasNext(); ) {
            Mention m = it.next();
            while (y + 1 < yardsticks.size() && yardsticks.get(y + 1).end <= m.start) {
                y++;
            }
            if (y < yardsticks.size() && yardsticks.get(y).end <= m.start
                    && YARDSTICK_LIST_GAP.matcher(text).region(yardsticks.get(y).end, m.start).matches()) {
                it.remove();
                yardsticks.add(y + 1, m);
                y++;
            }
        }
    }

    /**
     * 岳塘区、雨湖区等城区签约32个: places given as examples of a group (a list closed by 等) do not say where the group's
     * figure is; it stays with the place in focus. Returns them, taken out of {@code mentions}.
     */
    private static List<Mention> takeExamples(String text, List<Mention> mentions) {
        boolean[] example = new boolean[mentions.size()];
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.scope != Scope.NAME) {
                continue;
            }
            example[i] = closesSoon(text, m.end) && EXAMPLES_CLOSE.matcher(text).region(m.end, text.length()).lookingAt()
                    || i + 1 < mentions.size() && example[i + 1] && (mentions.get(i + 1).start == m.end // 博州博乐市…项目
                    || mentions.get(i + 1).start > m.end
                    && EXAMPLE_JOIN.matcher(text).region(m.end, mentions.get(i + 1).start).matches());
        }
        List<Mention> taken = new ArrayList<>();
        int k = 0;
        for (Iterator<Mention> it = mentions.iterator(); it.hasNext(); k++) {
            Mention m = it.next();
            if (example[k]) {
                taken.add(m);
                it.remove();
            }
        }
        return taken;
    }

    /**
     * 温州某某眼镜有限公司 investing in 奉节: a place from another province that begins an organisation's name says where
     * the investor comes from, not where the figures are.
     */
    private void dropOrganisationOrigins(String text, String home, List<Mention> mentions) {
        String homeProvince = home == null ? null : gazetteer.provinceOf(home);
        if (homeProvince == null) {
            // no headline, dateline or default: the province of the first place that is not an investor's origin
            for (Mention m : mentions) {
                if (m.scope == Scope.NAME && !ORGANISATION_AFTER.matcher(text).region(m.end, Math.min(text.length(), m.end + 16))
                        .lookingAt()) {
                    homeProvince = gazetteer.provinceOf(m.code);
                    break;
                }
            }
        }
        if (homeProvince == null) {
            return;
        }
        String province = homeProvince;
        mentions.removeIf(m -> m.scope == Scope.NAME && !province.equals(gazetteer.provinceOf(m.code))
                && ORGANISATION_AFTER.matcher(text).region(m.end, Math.min(text.length(), m.end + 16)).lookingAt());
    }

    /**
     * Marks the mentions later sentences may inherit: the first place of a sentence, unless the sentence lists places
     * side by side (甲县…、乙县…), and any scope word (全市 sets the scene until another place does).
     */
    private void markLeads(String text, int articleStart, List<Mention> mentions) {
        int[] sentenceOf = new int[mentions.size()];
        for (int k = 0; k < sentenceOf.length; k++) {
            sentenceOf[k] = sentenceStart(text, mentions.get(k).start, articleStart);
        }
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j < mentions.size() && sentenceOf[j] == sentenceOf[i]) {
                j++;
            }
            int firstName = -1;
            boolean list = false;
            for (int k = i; k < j; k++) {
                Mention m = mentions.get(k);
                if (m.scope != Scope.NAME) {
                    mentions.set(k, m.asLead(true));
                } else if (firstName < 0) {
                    firstName = k;
                } else {
                    String lead = mentions.get(firstName).code;
                    list |= !gazetteer.contains(lead, m.code) && !gazetteer.contains(m.code, lead);
                }
            }
            if (firstName >= 0 && !list) {
                // 宁夏银川市, 河北省邢台市: a place written right after the province or city it lies in is the lead
                while (firstName + 1 < j && mentions.get(firstName + 1).scope == Scope.NAME
                        && mentions.get(firstName + 1).start == mentions.get(firstName).end
                        && gazetteer.contains(mentions.get(firstName).code, mentions.get(firstName + 1).code)) {
                    firstName++;
                }
                mentions.set(firstName, mentions.get(firstName).asLead(true));
            }
            i = j;
        }
    }

    private static int sentenceStart(String text, int pos, int floor) {
        for (int i = pos - 1; i >= Math.max(floor, pos - 400); i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Math.max(floor, pos - 400);
    }

    /** A place right after 高于/比/占/居 or right before 平均/水平 is a yardstick, not the figure's place. */
    private static boolean yardstick(String text, int start, int end, int floor) {
        int from = Math.max(floor, start - 6);
        Matcher before = YARDSTICK_BEFORE.matcher(text.substring(from, start));
        if (start > from && YARDSTICK_LAST.get(text.charAt(start - 1)) && before.find()) {
            // 与全省持平 compares, 与崇左市签订 names a party: 与/同 measure only when a comparison follows
            String w = before.group();
            return !(w.startsWith("与") || w.startsWith("同"))
                    || COMPARED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 14)).lookingAt();
        }
        return YARDSTICK_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find();
    }

    /** 在姜堰区新设…: a place after 在/于/赴 locates its own clause only. */
    private static boolean locative(String text, int s) {
        if (s == 0) {
            return false;
        }
        char c = text.charAt(s - 1);
        if (c == '于' && s >= 2 && text.charAt(s - 2) == '位') {
            return false; // 位于叙州区的企业: where the subject is, not where something happened
        }
        return c == '在' || c == '于' || c == '赴' || c == '往' || c == '到';
    }


    /**
     * A county's short name followed by another kind of division than its own is part of a longer name (安新 in 雄安新区
     * is not 安新县), and so is one run into a lower-case Latin letter (惠农e贷).
     */
    static boolean otherDivisionAfter(String text, Gazetteer.NameMatch nm) {
        if (nm.fullName() || nm.end() >= text.length()) {
            return false;
        }
        char next = text.charAt(nm.end());
        if (next >= 'a' && next <= 'z') {
            return true; // “惠农e贷”: a short name run into a lower-case Latin letter names a product (长春GDP, 宜宾2023 do not)
        }
        if ("区县市旗".indexOf(next) < 0) {
            return false;
        }
        String written = text.substring(nm.start(), nm.end() + 1);
        for (Gazetteer.Region r : nm.candidates()) {
            if (r.level() < 3 || r.name().equals(written)) {
                return false;
            }
        }
        return true;
    }

    /** 全州 of a 州's own bulletin is the prefecture, a scope word, not the short name of 全州县 (written in full when meant). */
    static boolean scopeWordAsName(String text, Gazetteer.NameMatch nm) {
        return !nm.fullName() && java.util.Arrays.asList(SCOPES).contains(text.substring(nm.start(), nm.end()));
    }

    /** A section heading: the line holds the place name only, perhaps numbered (二、 or （三）) and followed by ：. */
    static boolean aloneOnItsLine(String text, Mention m) {
        int a = m.start;
        while (a > 0 && text.charAt(a - 1) != '\n') {
            a--;
            if (m.start - a > HEADING_MARGIN) {
                return false;
            }
        }
        int b = m.end;
        while (b < text.length() && text.charAt(b) != '\n') {
            b++;
            if (b - m.end > HEADING_MARGIN) {
                return false;
            }
        }
        return HEADING_BEFORE.matcher(text).region(a, m.start).matches()
                && HEADING_AFTER.matcher(text).region(m.end, b).matches();
    }

    static boolean isOpeningParenthesis(char c) {
        return c == '（' || c == '(';
    }

    static boolean streetAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '路' || c == '街' || c == '巷' || text.startsWith("大道", end) || text.startsWith("大街", end);
    }

    private String articleRegion(String text, int bodyStart, List<Mention> mentions) {
        String title = null;
        for (Mention m : mentions) {
            if (m.start >= bodyStart) {
                break;
            }
            if (title == null || gazetteer.levelOf(m.code) > gazetteer.levelOf(title)) {
                title = m.code;
            }
        }
        String dateline = null;
        int ds = skipSpace(text, bodyStart);
        Matcher dm = DATELINE.matcher(text).region(ds, Math.min(text.length(), ds + 40));
        if (dm.lookingAt()) {
            for (Mention m : mentions) {
                if (m.start >= dm.start(1) && m.end <= dm.end(1)) {
                    dateline = m.code;
                    break;
                }
            }
            dateline = cityOfTheSameName(dateline);
            if (dateline != null && CAPITAL.equals(gazetteer.provinceOf(dateline)) && nationalLead(text, dm.end())) {
                // 本报北京11月1日电 中国人民银行发布…: a national paper datelines the country's figures in the capital
                dateline = Gazetteer.NATIONAL;
                int from = dm.start(1);
                int to = dm.end(1);
                mentions.removeIf(m -> m.start >= from && m.end <= to);
            } else if (dateline != null && (AGENCY.matcher(text).region(ds, dm.end()).lookingAt() && !cityLead(text, dm.end())
                    || provincialPaper(text, dm.end(), dateline))) {
                dateline = gazetteer.provinceOf(dateline); // 新华社贵阳电 reports on 贵州 unless the text narrows it
                int from = dm.start(1);
                int to = dm.end(1);
                mentions.removeIf(m -> m.start >= from && m.end <= to); // the bureau's city is nobody's focus
            }
        }
        if (title != null && dateline != null) {
            // 福建省政府工作报告 over 本报福州讯: a headline naming the province speaks for it, the city is the bureau's
            if (gazetteer.contains(title, dateline) && gazetteer.levelOf(title) > 1) {
                return dateline;
            }
            if (gazetteer.levelOf(title) == 1 && dm.lookingAt()) {
                int from = dm.start(1);
                int to = dm.end(1);
                mentions.removeIf(m -> m.start >= from && m.end <= to);
            }
            return title;
        }
        return title != null ? title : dateline;
    }

    /** 全国运动会, 全国人大, 全国文明城市: 全国 in the name of a national event, body or title. */
    private static final Pattern NATIONAL_TITLE = Pattern.compile("运动会|人大|人民代表大会|政协|文明城市|文明单位|劳动模范|劳模|两会"
            + "|党代会|工商联|妇联|总工会|道德模范|五一劳动奖"
            // 新增全国重点实验室5家: a class of institution the nation names, not the nation's count
            + "|重点实验室|工程(?:技术)?研究中心|(?:技术)?创新中心|企业技术中心|示范|百强|先进|重点镇|特色小镇");

    /** 省内外, 全市场, 全区域 are not scope words, nor 全国 opening a name (全国运动会). */
    private static boolean scopeVetoed(String text, String w, int after) {
        if (after >= text.length()) {
            return false;
        }
        char n = text.charAt(after);
        return (w.equals("省内") && n == '外') || (w.equals("全市") && n == '场') || (w.equals("全区") && n == '域')
                || w.equals("全国") && NATIONAL_TITLE.matcher(text).region(after, text.length()).lookingAt();
    }

    /** 全市, 我市, 本市 in the lead sentence of an agency's story: 新华社大同电 …全市新开工项目… is about the dateline's city. */
    private static final Pattern CITY_LEAD = Pattern.compile("[^。！？\\n]{0,60}?(?:全市|我市|本市)");

    private static boolean cityLead(String text, int bodyFrom) {
        return CITY_LEAD.matcher(text).region(bodyFrom, Math.min(text.length(), bodyFrom + 64)).lookingAt();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Scope scopeOf(String w) {
        return switch (w) {
            case "全国", "我国" -> Scope.NATIONAL;
            case "全省", "我省", "本省", "该省", "省内" -> Scope.PROVINCE;
            case "全市", "我市", "本市", "该市", "市内" -> Scope.CITY;
            case "全县", "我县", "本县", "该县", "全旗", "该旗" -> Scope.COUNTY;
            case "全州", "全盟", "该州", "该盟" -> Scope.CITY;
            case "市本级", "市直", "市开发区", "市经开区", "市高新区", "市经济开发区", "市经济技术开发区", "主城区", "中心城区",
                 "各县区", "各县（市、区）", "各县(市、区)" -> Scope.PREFECTURE;
            default -> Scope.DISTRICT;
        };
    }
}
