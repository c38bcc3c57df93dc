/**
 * Documents in: {@code POST /api/documents} ({@link io.zhibiao.ingest.DocumentResource}), the seeds at start-up
 * ({@link io.zhibiao.ingest.SeedLoader}), re-extraction after an extractor upgrade ({@link
 * io.zhibiao.ingest.Reextraction}, which applies the editors' reviews again: {@link io.zhibiao.ingest.FigureReviews})
 * and the trash ({@link io.zhibiao.ingest.Trash}: delete, restore, purge). {@link
 * io.zhibiao.ingest.Ingest} stores a document and its figures in one transaction, idempotent by the SHA-256 of the
 * text; {@link io.zhibiao.ingest.ObservationRows} is the one writer of observations (a statement per document, not
 * per figure; each figure with its breakdown as a canonical key, {@code io.zhibiao.extract.Breakdowns}, and a
 * re-extracted figure keeps its id where its offsets, indicator and breakdown are unchanged); every write ends with {@code io.zhibiao.changes.Changes.commit}, whose package comment follows one
 * ingest on to the chart pre-renderer and the Server-Sent Event.
 */
package io.zhibiao.ingest;
