package io.zhibiao.feed;

/** One row of the change log: a series that a document's ingest, deletion or re-extraction changed. */
record Change(long id, SeriesKey series, ChangeReason reason, long documentId) {
}
