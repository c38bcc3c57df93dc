package io.zhibiao.ingest;

import java.time.LocalDate;

/** An article to store, checked: text non-empty, published known, region (if any) well formed. */
public record NewDocument(String title, String source, LocalDate published, String text, String defaultRegion) {
}
