package io.zhibiao.extract;

import io.zhibiao.extract.PlaceResolver.Mention;
import io.zhibiao.extract.PlaceResolver.Scope;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places named in another role than the figures' subject: the city where a meeting is held (省人代会在昆明开幕), the group a
 * place is ranked in (全省8个市州中), a place inside a project's name (杭州湾跨海大桥, 郑州至新乡段).
 */
final class PlaceRoles {

    private PlaceRoles() {
    }

    /** 在昆明开幕, 于合肥隆重召开, 在安徽大剧院举行: what follows a venue, within a few characters and no punctuation. */
    private static final Pattern VENUE_AFTER = Pattern.compile(
            "[^，。；：、,;:\\n]{0,8}?(?:隆重|胜利|正式)?(?:开幕|召开|举行|举办|闭幕|开班|启幕)");

    /** 中, 里, 当中 closing a group (not 中小企业, 中心, 中部, 中等, 中型). */
    private static final String AMONG = "(?:中|里|之中|当中)(?![小心部等型])";
    /** Groups of places written with two or more characters (县区, 市州, 县（市、区）, 县域). */
    private static final String GROUPS = "县（市、区）|县\\(市、区\\)|县（区、市）|县（市）|县\\(市\\)|县市区|县区|区县|县市|市县|市州|州市"
            + "|市（州）|设区市|省辖市|地市|省份|省（区、市）|县域|乡镇|镇街|街镇|开发区|园区";
    /**
     * 全省8个市州中, 全市18个县（市、区）中, 全州12个县市里, 全市各县区中, 全省县域中: the places a subject is ranked among; what
     * follows the scope word (a group of one character needs its count: 全市市场主体中 is no group).
     */
    private static final Pattern RANKED_AMONG = Pattern.compile("^(?:(?:\\d{1,3}|[一二三四五六七八九十两]{1,3})个(?:" + GROUPS
            + "|城市|市|县|区|镇)[^，。；\\d]{0,3}?|各?(?:" + GROUPS + "))" + AMONG);
    /** 各县区中: a scope word of the places together, closed as a group. */
    private static final Pattern AMONG_AFTER = Pattern.compile("^" + AMONG);

    /**
     * The works a project's name may end in (杭州湾跨海大桥, 合江长江公路大桥, 鄂州花湖机场): a short place name right before one
     * begins the name and is dropped ({@link #dropProjectNames}).
     */
    private static final String WORKS = "大桥|桥|高速|高铁|铁路|城际|轻轨|地铁|轨道|公路|快速路|快速通道|绕城|连接线|接线|客专|外环|环线"
            + "|水库|枢纽|机场|码头|隧道|电站|电厂|灌区|航道|运河|铜矿|金矿|铁矿|煤矿|矿业|矿山"; // 多宝山铜矿 is no 宝山区
    /**
     * The words a project's name ends in, its kind (工程, 项目) or its works: a place opening such a name limits where it places
     * figures ({@link ArticlePlaces}). A kind alone does not drop a short name (奉节共新签约项目 is no project's name).
     */
    static final String PROJECT_WORDS = "(?:工程|项目|" + WORKS + ")";
    /** What a project's name ends in after the place it begins with. */
    private static final Pattern PROJECT_AFTER = Pattern.compile("[^，。；：、,;:（）()“”\\s\\d]{0,6}?(?:" + WORKS + ")");
    /** 武汉至宜昌段, 郑州—新乡: the ends of a route. */
    private static final Pattern ROUTE_JOIN = Pattern.compile("(?:至|到|—|－|-|～)");
    /** What follows a route's far end: a section (段), a line (线) or a project's word (长沙至赣州高铁). */
    private static final Pattern ROUTE_AFTER = Pattern.compile(
            "[^，。；：、,;:（）()“”\\s\\d]{0,8}?(?:段|线|大桥|高速|高铁|铁路|城际|公路|快速路|快速通道|轨道|航道|运河)");

    /** 杭州湾, 胶州湾: a short name run into 湾 names the sea, not the city; 海城 in 沿海城市 is no 海城市 either. */
    static boolean bayAfter(String text, Gazetteer.NameMatch nm) {
        return !nm.fullName() && nm.end() < text.length() && text.charAt(nm.end()) == '湾' || insideWord(text, nm);
    }

    /** Common words that hold a place's name (沿海城市 holds 海城市) and name no place. */
    private static final String[] WORDS_HOLDING_NAMES = {"沿海城市", "近海城市"};

    private static boolean insideWord(String text, Gazetteer.NameMatch nm) {
        if (nm.start() == 0 || text.charAt(nm.start() - 1) != '沿' && text.charAt(nm.start() - 1) != '近') {
            return false; // each word holds its name right after its first character
        }
        for (String w : WORDS_HOLDING_NAMES) {
            if (text.startsWith(w, nm.start() - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place (after 在, 于, or right after such a place: 在郑州市金水区) is where a meeting is held, not what the
     * meeting reports on.
     *
     * @param venueEnd where the last venue found ended, or -1
     */
    static boolean venue(String text, Mention m, int venueEnd) {
        return m.scope() == Scope.NAME && (m.locative() || m.start() == venueEnd)
                && VENUE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 14)).lookingAt();
    }

    /** Whether a scope word or place (全省, 全市, 各县区) opens or is the group a place is ranked in: 全省8个市州中. */
    static boolean rankedAmong(String text, int start, int end) {
        int to = Math.min(text.length(), end + 20);
        return text.charAt(start) == '各' && AMONG_AFTER.matcher(text).region(end, to).lookingAt()
                || RANKED_AMONG.matcher(text).region(end, to).lookingAt();
    }

    /**
     * Takes out the places that begin a project's name: both ends of a route (武汉至宜昌段), and, in an article that has a
     * place of its own, a short name before a bridge, road or reservoir (合江长江公路大桥, 昌吉赣客专): the figures are the
     * article's. A county written in full before a project's own name (大竹县土地滩水库) says where the project is and stays.
     *
     * @param home the article's place (headline, dateline or the caller's default), or null
     */
    static void dropProjectNames(Gazetteer gazetteer, String text, String home, List<Mention> mentions) {
        boolean[] drop = new boolean[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.scope() != Scope.NAME) {
                continue;
            }
            if (i + 1 < mentions.size() && mentions.get(i + 1).scope() == Scope.NAME
                    && ROUTE_JOIN.matcher(text).region(m.end(), mentions.get(i + 1).start()).matches()
                    && ROUTE_AFTER.matcher(text).region(mentions.get(i + 1).end(),
                    Math.min(text.length(), mentions.get(i + 1).end() + 12)).lookingAt()) {
                drop[i] = true;
                drop[i + 1] = true;
            } else if (!m.full() && home != null
                    && PROJECT_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt()) {
                drop[i] = true;
            }
        }
        int k = 0;
        for (java.util.Iterator<Mention> it = mentions.iterator(); it.hasNext(); k++) {
            it.next();
            if (drop[k]) {
                it.remove();
            }
        }
    }
}
