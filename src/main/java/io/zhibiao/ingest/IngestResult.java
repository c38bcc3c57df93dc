package io.zhibiao.ingest;

/** What storing a document did: {@code created} is false when the same text was already stored. */
public record IngestResult(Document document, boolean created, long observationCount) {
}
