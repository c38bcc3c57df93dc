package io.zhibiao.extract;

/** Whether a figure reports what happened or what is planned (计划/预计/将/力争/目标). */
public enum Kind {
    ACTUAL, TARGET;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
