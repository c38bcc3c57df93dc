package io.zhibiao.extract;

import java.util.List;

/** Placeholder until the extraction issue lands its catalog. */
public final class IndicatorCatalog {

    public record IndicatorDef(String code, String name, String unitClass, boolean summable) {
    }

    public static final List<IndicatorDef> ALL = List.of(new IndicatorDef("other", "其他", "other", false));

    private IndicatorCatalog() {
    }
}
