/**
 * The one change path: what a write of observations means for readers, and how every instance hears of it.
 *
 * <p><b>One ingest, from the request to the SSE event</b> (each step names the class to read):
 * <ol>
 * <li>{@code POST /api/documents} reaches {@code ingest.DocumentResource}, which checks the input and calls
 * {@code ingest.Ingest.store}: one transaction for the document.</li>
 * <li>{@code Ingest} inserts the document row, has {@code extract} read its figures, refuses more than
 * {@code zhibiao.documents.max-figures} (422), and hands them to {@code ingest.ObservationRows}, the one writer of
 * the {@code observation} table: one statement for all the document's figures, so the fact table's trigger (V70)
 * recomputes the chosen report of each fact once. {@code ObservationRows} first calls {@link
 * io.zhibiao.changes.Changes#writing()}: the transaction will fail unless the change is committed.</li>
 * <li>Last in the transaction, {@code Ingest} calls {@link io.zhibiao.changes.Changes#commit} with the series
 * (indicator and breakdown, region, period type) the document has figures in. It writes one row per series to the change log
 * ({@code series_change}: the cursors of {@code /api/changes} and the event ids of {@code /api/stream}), takes a new
 * data version ({@code system.DataVersion}: the key of the answer caches) and sends a NOTIFY, which PostgreSQL
 * delivers at commit. Re-extraction ({@code Ingest.reextract}), the trash ({@code ingest.Trash}: delete, restore,
 * purge) and an editor's review ({@code corrections.Reviews}) take the same two calls with another {@link
 * io.zhibiao.changes.ChangeReason}. In the same transaction {@code commit} hands the series touched to the checks ({@code
 * checks.CheckRefresh}): it queues them for the background pass that recomputes their findings a moment later (or, with
 * {@code zhibiao.checks.refresh=in-transaction}, recomputes them before the commit).</li>
 * <li>After commit, on this instance, the {@link io.zhibiao.changes.Committed} event makes {@code
 * charts.Prerenderer} re-render the charts of exactly those series (one replica renders each chart).</li>
 * <li>On every instance, the one {@link io.zhibiao.changes.ChangeListener} thread hears the NOTIFY (or its poll
 * finds the change), moves the in-memory data version, so kept answers and ETags are recomputed on the next GET,
 * and hands the new change rows to each {@link io.zhibiao.changes.ChangeConsumer}.</li>
 * <li>{@code feed.StreamHub}, the consumer, writes one {@code change} event per series to every open stream that
 * wants it, with the series' new ETags from {@code series.SeriesAnswers} (the same answer GET /api/series gives).</li>
 * </ol>
 * A writer cannot skip a step: {@code ObservationWritersTest} fails when anything but {@code ObservationRows} writes
 * observations, and {@code ChangePathTest} shows that such a write without {@code commit} rolls back.
 *
 * <p><b>Epochs.</b> The change log's ids are cursors; a rewind of the database (a restore) would make them name other
 * changes. {@link io.zhibiao.changes.ChangeEpoch} keeps the epoch they belong to (change_epoch, V211) and begins a new
 * one when the database turns out to be rewound; the listener then drops the kept answers (a new data-version token)
 * and tells each consumer ({@link io.zhibiao.changes.ChangeConsumer#rewound}), and the stream sends a resync event.
 *
 * <p>This package sits below {@code feed}, {@code charts}, {@code ingest} and {@code corrections} and imports only
 * {@code system} and {@code checks} (CodeShapeTest holds the layers): it reaches its consumers through {@link io.zhibiao.changes.ChangeConsumer} and CDI events, never by name.
 */
package io.zhibiao.changes;
