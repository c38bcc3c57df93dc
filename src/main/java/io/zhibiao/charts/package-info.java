/**
 * Charts officials download: the specs in {@code charts/} ({@link io.zhibiao.charts.ChartSpecs}) name families of
 * charts (a line per series, bars comparing regions, targets against actuals, and the bulletin charts: level with
 * its growth, ranking, structure, monthly cumulative); {@link io.zhibiao.charts.Prerenderer} draws every chart the
 * data suffice for after each committed change ({@code io.zhibiao.changes.Committed}: only the changed series'
 * charts) and stores PNG and CSV in PostgreSQL ({@link io.zhibiao.charts.ChartStore}; the SVG is drawn on its first
 * request and stored then, {@link io.zhibiao.charts.StoredSvgs}), so every replica serves
 * them ({@link io.zhibiao.charts.ChartFileRoute} from memory, {@link io.zhibiao.charts.ChartResource} otherwise);
 * {@code /api/charts/render.*} draws one on demand. Every chart reads the same answers as the JSON
 * ({@code io.zhibiao.series}) and says its source and as-of date under the plot.
 */
package io.zhibiao.charts;
