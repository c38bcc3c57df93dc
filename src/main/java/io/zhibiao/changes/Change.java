package io.zhibiao.changes;

/** One row of the change log: a series that a document's ingest, deletion or re-extraction changed. */
public record Change(long id, SeriesKey series, ChangeReason reason, long documentId) {
}
