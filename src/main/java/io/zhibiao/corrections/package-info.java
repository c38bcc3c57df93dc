/**
 * Editors' reviews of figures: {@code POST /api/observations/{id}/review} accepts, corrects or rejects one, guarded by
 * its ETag ({@code If-Match}). A review is stored apart from what the extractor derived ({@code correction}, V220),
 * keyed by the document, the figure's offsets and the number as written, so a re-extraction applies it again
 * ({@code io.zhibiao.ingest.FigureReviews}) or marks it orphaned or redundant. Every review goes through the change
 * path ({@code io.zhibiao.changes.Changes#commit}, reason {@code correction}); {@code /history}, {@code
 * /api/corrections} (also as TSV in the shape of the extractor's sentence table) and {@code asOf} show who changed
 * what, when, from what to what and why.
 */
package io.zhibiao.corrections;
