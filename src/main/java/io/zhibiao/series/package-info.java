/**
 * The dashboard read API: series, roll-ups, latest values, rankings and provenance, all jOOQ queries.
 *
 * <p>Rules every endpoint follows:
 * <ul>
 * <li><b>One selection rule.</b> When several documents report the same indicator and breakdown, region,
 * period (start, end and period type) and kind, {@link io.zhibiao.series.Selection} picks the value
 * of the document published last (tie: the highest document id, then the first figure in it); series,
 * roll-ups, latest values, rankings, provenance, CSV and the chart queries all use its one
 * {@code SortField[]}. {@code alternatives} says how many other reports exist, and
 * {@code /api/observations/{id}} lists them. Only figures in the indicator's unit class count.</li>
 * <li><b>Breakdowns are series of their own.</b> A figure about one item of a national classification (粗钢 of the
 * products) is its own fact: the selection rule and the {@code fact} table key by indicator and breakdown (V90).
 * {@code breakdown=product:粗钢} asks for an item ({@link io.zhibiao.series.BreakdownParam}); absent, every answer is
 * the indicator's total, never mixed with its items, and answers about an item name it.</li>
 * <li><b>Period types never mix.</b> {@code /api/series} answers one series per region and period
 * type ({@code year, quarter, month, ytd, span, asof}); {@code periodType=} picks one. Roll-ups,
 * latest values and rankings answer one type: the one asked, else the one most regions report.</li>
 * <li><b>Units.</b> Values are in base units; {@code display} gives the unit to print and its scale
 * (亿 from 1e8, 万 from 1e4), one per series or answer, as the chart axes choose it.</li>
 * <li><b>Periods.</b> {@code period=2025} is the year (2025-01-01..2025-12-31);
 * {@code 2021/2025} is 2021-01-01..2025-12-31 (十四五); {@code 2025-01-01/2025-06-30} is that
 * interval; {@code 2025-11-30} is an as-of date: any period ending that day, the shortest one
 * winning per region. {@code from}/{@code to} of series take {@code YYYY} or {@code YYYY-MM-DD}.</li>
 * <li><b>Regions below a parent</b> are found by a recursive CTE over {@code region.parent_code}
 * that stops at the level asked, so {@code level=county} under a province takes the county-level
 * units under its prefectures and those governed by the province directly.</li>
 * <li><b>Coverage.</b> A roll-up lists every child that exists, null where none reported, and
 * says how many reported; it is {@code complete} only when all did. {@code fn=sum} of an indicator
 * that is not summable answers 422.</li>
 * <li><b>Limits</b> ({@code zhibiao.api.*}): 50 regions per series call, 10,000 points per answer,
 * 1,000 ranking places; beyond them 400 naming the parameter and the limit.</li>
 * <li><b>Types from the row.</b> Period type, kind, qualifier, unit class (the extractor's enums), region
 * {@link io.zhibiao.regions.Level} and {@link io.zhibiao.series.RollupFn} are enums from the column (jOOQ converters in
 * {@code Tables}, by {@link io.zhibiao.system.Codes}) through the parameters to the JSON and the OpenAPI schema, where
 * they travel as today's lowercase codes. Days in parameters are read by {@link io.zhibiao.system.Inputs#readDay};
 * Chinese period labels ({@link io.zhibiao.series.PeriodLabels}) live here for JSON-stat and the charts alike.</li>
 * </ul>
 * Caching and CSV are in {@code io.zhibiao.system.http} and apply to every GET under /api: the
 * ETag is a hash of the answer's bytes per representation, so its granularity is the resource itself
 * (an ingest moves the ETags of the answers it changed and no other); the data version only decides
 * when kept answers must be recomputed (once per URL and replica after a change).
 */
package io.zhibiao.series;
