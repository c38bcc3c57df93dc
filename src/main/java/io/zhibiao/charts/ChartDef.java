package io.zhibiao.charts;

/**
 * A chart that a spec defines for the stored data: its family applied to one indicator and one region
 * (the region itself, or the parent whose children are compared).
 */
record ChartDef(ChartSpec spec, String key, String indicator, String region) {

    static ChartDef of(ChartSpec spec, String indicator, String region) {
        String key = ChartSpec.fill(spec.key(), java.util.Map.of("indicator", indicator, "region", region));
        return new ChartDef(spec, key, indicator, region);
    }
}
