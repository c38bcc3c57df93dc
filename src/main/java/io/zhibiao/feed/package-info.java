/**
 * What changed and when, for readers: the cursor-based change list ({@code /api/changes}, {@link
 * io.zhibiao.feed.ChangeFeed}) and its push over Server-Sent Events ({@code /api/stream}, {@link
 * io.zhibiao.feed.StreamRoute} and {@link io.zhibiao.feed.StreamHub}), both read from the change log that every
 * write commits through {@code io.zhibiao.changes} (see its package comment for one ingest from the request to the
 * event); and the pruning of that log ({@link io.zhibiao.feed.ChangePruner}).
 */
package io.zhibiao.feed;
