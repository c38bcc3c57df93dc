package io.zhibiao.charts;

import java.nio.file.Path;
import java.util.List;

/** The default chart settings, for tests that build the renderer without Quarkus. */
record TestChartsConfig(List<String> fontFamily, List<String> fontFiles) implements ChartsConfig {

    static TestChartsConfig defaults() {
        return new TestChartsConfig(List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei"),
                List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    }

    @Override
    public Path specsDir() {
        return Path.of("charts");
    }

    @Override
    public boolean prerenderAtStart() {
        return false;
    }

    @Override
    public int maxAgeSeconds() {
        return 300;
    }

    @Override
    public long serveCacheMillis() {
        return 1000;
    }

    @Override
    public int onDemandCacheSize() {
        return 16;
    }

    @Override
    public int lockRetries() {
        return 0;
    }
}
