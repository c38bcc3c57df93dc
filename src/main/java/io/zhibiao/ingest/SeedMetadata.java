package io.zhibiao.ingest;

/**
 * The sidecar {@code NAME.json} of a seed text {@code NAME.txt}: published as YYYY-MM-DD, region optional.
 */
record SeedMetadata(String title, String source, String published, String region) {
}
