package io.zhibiao.extract;

/** How exact a figure is as written (约 → approx, 余/超 → at_least, 不超过 → at_most, 至 → range). */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, AT_MOST, RANGE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
