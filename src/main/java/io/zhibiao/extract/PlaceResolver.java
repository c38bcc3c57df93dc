package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles which place an article and each of its figures is about: gazetteer names (full, short, former),
 * the dateline, scope words (全省, 该市, 全国) and context for short names that several units share.
 */
final class PlaceResolver {

    /** A scope word or a resolved place name in an article. */
    private record Mention(int start, int end, String code, Scope scope) {
    }

    private enum Scope { NAME, NATIONAL, PROVINCE, CITY, COUNTY, DISTRICT }

    private static final String[] SCOPES = ("全国 我国 全省 我省 本省 该省 省内 全市 我市 本市 该市 市内 全区 我区 本区 "
            + "该区 辖区内 全县 我县 本县 该县 全州 全盟").split(" ");
    private static final String SCOPE_FIRST = "全我本该省市辖";

    private static final Pattern DATELINE = Pattern.compile("^(?:本报|新华社|中新社|中新网|人民网|新华网)([^讯电，。]{1,12}?)(?:讯|\\d{1,2}月\\d{1,2}日电|电)");

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The places of one article, ready to answer for each figure. */
    final class ArticlePlaces {
        private final List<Mention> mentions;
        private final String region;
        private final int[] nameSpans;

        ArticlePlaces(List<Mention> mentions, String region, int[] nameSpans) {
            this.mentions = mentions;
            this.region = region;
            this.nameSpans = nameSpans;
        }

        /** Every place name found, resolved or not, as sorted start/end pairs. */
        int[] nameSpans() {
            return nameSpans;
        }

        String articleRegion() {
            return region;
        }

        /** The most specific place a figure at {@code pos} is about. */
        String regionFor(int pos, int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd) {
            Mention best = null;
            int first = firstAtOrAfter(sentenceStart);
            for (int i = first; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.start >= pos) {
                    break;
                }
                if (m.scope != Scope.NAME) {
                    if (m.start >= clauseStart && scopeCode(m.scope) != null) {
                        best = m;
                    }
                } else if (narrows(m.code)) {
                    best = m;
                }
            }
            if (best != null) {
                return best.scope == Scope.NAME ? best.code : scopeCode(best.scope);
            }
            for (int i = first; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.start >= clauseEnd) {
                    break;
                }
                if (m.start > pos && m.scope == Scope.NAME && narrows(m.code)) {
                    return m.code;
                }
            }
            return region;
        }

        private int firstAtOrAfter(int pos) {
            int lo = 0;
            int hi = mentions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (mentions.get(mid).start < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** A place narrows the article's place when it lies inside it (or beside it, in the same province). */
        private boolean narrows(String code) {
            if (region == null) {
                return true;
            }
            if (gazetteer.contains(region, code)) {
                return true;
            }
            if (gazetteer.contains(code, region)) {
                return false; // an ancestor (江西 in 江西东方数字产业园) adds nothing
            }
            String p = gazetteer.provinceOf(region);
            return p != null && p.equals(gazetteer.provinceOf(code));
        }

        private String scopeCode(Scope s) {
            if (s == Scope.NATIONAL) {
                return Gazetteer.NATIONAL;
            }
            if (region == null || Gazetteer.NATIONAL.equals(region)) {
                return null;
            }
            Gazetteer.Region r = gazetteer.byCode(region);
            if (r == null) {
                return null;
            }
            return switch (s) {
                case PROVINCE -> gazetteer.provinceOf(region);
                case CITY -> r.level() == 3 && r.name().endsWith("市") ? region
                        : r.level() >= 2 ? gazetteer.prefectureOf(region) : null;
                case COUNTY -> r.level() == 3 ? region : null;
                case DISTRICT -> r.level() == 3 ? region
                        : r.level() == 1 && r.name().endsWith("自治区") ? region : null;
                default -> null;
            };
        }
    }

    /**
     * @param text      the normalised page
     * @param start     article start
     * @param bodyStart where the title block ends and the body begins
     * @param end       article end
     */
    ArticlePlaces resolve(String text, int start, int bodyStart, int end, String defaultRegion) {
        List<Gazetteer.NameMatch> raw = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Gazetteer.NameMatch nm = gazetteer.matchAt(text, i);
            if (nm != null && nm.end() <= end && !streetAfter(text, nm.end())) {
                raw.add(nm);
                i = nm.end() - 1;
            }
        }
        // anchors: provinces and prefectures named unambiguously
        Set<String> anchors = new HashSet<>();
        if (defaultRegion != null && gazetteer.byCode(defaultRegion) != null) {
            addAnchor(anchors, defaultRegion);
        }
        for (Gazetteer.NameMatch nm : raw) {
            if (nm.candidates().size() == 1) {
                Gazetteer.Region r = nm.candidates().get(0);
                if (nm.fullName() || r.level() <= 2) {
                    addAnchor(anchors, r.code());
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Gazetteer.NameMatch nm : raw) {
            String code = choose(nm, anchors);
            if (code != null) {
                mentions.add(new Mention(nm.start(), nm.end(), code, Scope.NAME));
            }
        }
        String region = articleRegion(text, start, bodyStart, mentions, defaultRegion);
        for (int i = start; i < end - 1; i++) {
            if (SCOPE_FIRST.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            for (String w : SCOPES) {
                if (text.startsWith(w, i) && i + w.length() <= end && !scopeVetoed(text, w, i + w.length())) {
                    mentions.add(new Mention(i, i + w.length(), null, scopeOf(w)));
                    i += w.length() - 1;
                    break;
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        int[] spans = new int[raw.size() * 2];
        for (int i = 0; i < raw.size(); i++) {
            spans[2 * i] = raw.get(i).start();
            spans[2 * i + 1] = raw.get(i).end();
        }
        return new ArticlePlaces(mentions, region, spans);
    }

    private static boolean streetAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '路' || c == '街' || c == '巷' || text.startsWith("大道", end) || text.startsWith("大街", end);
    }

    private void addAnchor(Set<String> anchors, String code) {
        anchors.add(code);
        String p = gazetteer.provinceOf(code);
        if (p != null) {
            anchors.add(p);
        }
        String c = gazetteer.prefectureOf(code);
        if (c != null) {
            anchors.add(c);
        }
    }

    private String choose(Gazetteer.NameMatch nm, Set<String> anchors) {
        List<Gazetteer.Region> cands = nm.candidates();
        if (cands.size() == 1) {
            Gazetteer.Region r = cands.get(0);
            if (nm.fullName() || r.level() <= 2) {
                return r.code();
            }
            // a county's short name (东方, 分宜) only counts where its province is in play
            return anchors.isEmpty() || anchors.contains(gazetteer.provinceOf(r.code())) ? r.code() : null;
        }
        String byCity = null;
        String byProvince = null;
        int cityHits = 0;
        int provinceHits = 0;
        for (Gazetteer.Region r : cands) {
            if (anchors.contains(r.parentCode()) || anchors.contains(r.code())) {
                byCity = r.code();
                cityHits++;
            }
            if (anchors.contains(gazetteer.provinceOf(r.code()))) {
                byProvince = r.code();
                provinceHits++;
            }
        }
        if (cityHits == 1) {
            return byCity;
        }
        if (provinceHits == 1) {
            return byProvince;
        }
        return null;
    }

    private String articleRegion(String text, int start, int bodyStart, List<Mention> mentions, String def) {
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
        }
        if (title != null && dateline != null) {
            return gazetteer.contains(title, dateline) ? dateline : title;
        }
        if (title != null) {
            return title;
        }
        if (dateline != null) {
            return dateline;
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Mention m : mentions) {
            int c = counts.merge(m.code, 1, Integer::sum);
            if (c > bestCount) {
                best = m.code;
                bestCount = c;
            }
        }
        if (best != null) {
            return best;
        }
        return def != null && !def.isBlank() ? def : null;
    }

    /** 省内外, 全市场, 全区域 are not scope words. */
    private static boolean scopeVetoed(String text, String w, int after) {
        if (after >= text.length()) {
            return false;
        }
        char n = text.charAt(after);
        return (w.equals("省内") && n == '外') || (w.equals("全市") && n == '场') || (w.equals("全区") && n == '域');
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
            case "全县", "我县", "本县", "该县" -> Scope.COUNTY;
            case "全州", "全盟" -> Scope.CITY;
            default -> Scope.DISTRICT;
        };
    }
}
