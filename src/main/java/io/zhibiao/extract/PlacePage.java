package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/** The place names of a whole page, found once; articles resolve against it. */
final class PlacePage {

    private final Gazetteer gazetteer;
    final String text;
    final List<Gazetteer.NameMatch> names = new ArrayList<>();
    /** Positions and codes of places named unambiguously (provinces, cities, full county names). */
    final List<int[]> anchorPos = new ArrayList<>();
    final List<String> anchorCode = new ArrayList<>();
    private final String defaultRegion;
    private String pagePlace;

    PlacePage(Gazetteer gazetteer, String text, String defaultRegion) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.defaultRegion = defaultRegion != null && gazetteer.byCode(defaultRegion) != null ? defaultRegion : null;
        for (int i = 0; i < text.length(); i++) {
            Gazetteer.NameMatch nm = gazetteer.matchAt(text, i);
            if (nm != null && !PlaceResolver.streetAfter(text, nm.end()) && !PlaceResolver.otherDivisionAfter(text, nm)
                    && !PlaceResolver.scopeWordAsName(text, nm) && !PlaceRoles.bayAfter(text, nm)) {
                names.add(nm);
                if (nm.candidates().size() == 1 && PlaceResolver.selfEvident(nm)) {
                    anchorPos.add(new int[]{nm.start(), nm.end()});
                    anchorCode.add(nm.candidates().get(0).code());
                }
                i = nm.end() - 1;
            }
        }
    }

    /** The place of the page as a whole: the common ancestor of its articles' places, or the first of them. */
    void settle(List<ArticlePlaces> articles) {
        String common = null;
        String first = null;
        for (ArticlePlaces a : articles) {
            String r = a.articleRegion();
            if (r == null) {
                continue;
            }
            if (first == null) {
                first = r;
                common = r;
            } else {
                common = commonAncestor(common, r);
            }
        }
        pagePlace = common != null && !Gazetteer.NATIONAL.equals(common) ? common : first;
    }

    String pagePlace() {
        return pagePlace;
    }

    String defaultRegion() {
        return defaultRegion;
    }

    int firstNameAtOrAfter(int pos) {
        return firstAtOrAfter(names, Gazetteer.NameMatch::start, pos);
    }

    int firstAnchorAtOrAfter(int pos) {
        return firstAtOrAfter(anchorPos, a -> a[0], pos);
    }

    /** The index of the first of the items (sorted by start) that starts at or after {@code pos}; their size for none. */
    static <T> int firstAtOrAfter(List<T> items, java.util.function.ToIntFunction<T> start, int pos) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Which of several units a name means: the nearest province or city named around it settles it. */
    String choose(Gazetteer.NameMatch nm, int articleStart, int articleEnd, java.util.Set<String> inPlay,
                          java.util.Set<String> citiesInPlay) {
        List<Gazetteer.Region> cands = nm.candidates();
        int at = firstAnchorAtOrAfter(nm.start());
        if (cands.size() == 1) {
            Gazetteer.Region r = cands.get(0);
            if (PlaceResolver.selfEvident(nm)) {
                return r.code();
            }
            // a county's short name (东方, 分宜) or a two-character one (浚县 in 疏浚县乡河道) only counts where its
            // province is in play
            String p = gazetteer.provinceOf(r.code());
            if (!standsAlone(nm) && !citiesInPlay.contains(gazetteer.prefectureOf(r.code()))) {
                return null; // 整合资源 holds 资源(县): inside a word only its own city's text makes it a place
            }
            if (inPlay.contains(p)) {
                return r.code();
            }
            boolean anyAnchor = !inPlay.isEmpty() || defaultRegion != null;
            if (defaultRegion != null && p.equals(gazetteer.provinceOf(defaultRegion))) {
                return r.code();
            }
            return anyAnchor || !standsAlone(nm) ? null : r.code();
        }
        // 1. the nearest anchor before it in its article
        for (int k = at - 1; k >= Math.max(0, at - PlaceResolver.MAX_LOOK) && anchorPos.get(k)[0] >= articleStart; k--) {
            String c = match(cands, anchorCode.get(k));
            if (c != null) {
                return c;
            }
        }
        // 2. the caller's default region
        if (defaultRegion != null) {
            String c = match(cands, defaultRegion);
            if (c != null) {
                return c;
            }
        }
        // 3. an anchor shortly after it (鼓楼区（福州市）)
        for (int k = at; k < anchorPos.size() && anchorPos.get(k)[0] < Math.min(articleEnd, nm.end() + PlaceResolver.FOLLOWING_REACH); k++) {
            String c = match(cands, anchorCode.get(k));
            if (c != null) {
                return c;
            }
        }
        // 4. the nearest anchor earlier on the page
        int pageFrom = Math.min(at, firstAnchorAtOrAfter(articleStart));
        for (int k = pageFrom - 1; k >= Math.max(0, pageFrom - PlaceResolver.MAX_LOOK); k--) {
            String c = match(cands, anchorCode.get(k));
            if (c != null) {
                return c;
            }
        }
        // 5. any anchor later in its article
        for (int k = at; k < Math.min(anchorPos.size(), at + PlaceResolver.MAX_LOOK) && anchorPos.get(k)[0] < articleEnd; k++) {
            String c = match(cands, anchorCode.get(k));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * With nothing around to confirm it, a county's short name counts only where it starts a phrase
     * (分宜高标准农田, 在分宜), not inside a word: 新增城镇 holds 增城, 新增长点 holds 增长.
     */
    private boolean standsAlone(Gazetteer.NameMatch nm) {
        if (nm.start() == 0) {
            return true;
        }
        char before = text.charAt(nm.start() - 1);
        return !Character.isIdeographic(before) || "在于到赴进往和与及、".indexOf(before) >= 0;
    }

    /** The one candidate inside (or equal to) the anchor's city, else the one in its province; null if none or several. */
    private String match(List<Gazetteer.Region> cands, String anchor) {
        String city = gazetteer.levelOf(anchor) >= 2 ? gazetteer.prefectureOf(anchor) : anchor;
        String hit = null;
        int hits = 0;
        for (Gazetteer.Region r : cands) {
            if (r.code().equals(anchor) || gazetteer.contains(city, r.code()) || r.parentCode().equals(anchor)) {
                hit = r.code();
                hits++;
            }
        }
        if (hits == 1) {
            return hit;
        }
        if (hits > 1) {
            return null;
        }
        String prov = gazetteer.provinceOf(anchor);
        for (Gazetteer.Region r : cands) {
            if (prov != null && prov.equals(gazetteer.provinceOf(r.code()))) {
                hit = r.code();
                hits++;
            }
        }
        return hits == 1 ? hit : null;
    }

    String commonAncestor(String a, String b) {
        String x = a;
        while (x != null && !gazetteer.contains(x, b)) {
            Gazetteer.Region r = gazetteer.byCode(x);
            x = r == null || r.parentCode().isEmpty() ? Gazetteer.NATIONAL : r.parentCode();
            if (Gazetteer.NATIONAL.equals(x)) {
                return x;
            }
        }
        return x;
    }
}
