package io.zhibiao.ingest;

import java.time.LocalDate;

/** An article to store, checked: text non-empty, published known, region and URL (if any) well formed. */
public record NewDocument(String title, String source, LocalDate published, String text, String defaultRegion,
        String url) {

    /** An article without a URL. */
    public NewDocument(String title, String source, LocalDate published, String text, String defaultRegion) {
        this(title, source, published, text, defaultRegion, null);
    }
}
