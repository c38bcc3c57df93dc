/**
 * The dashboard read API: series, roll-ups, latest values, rankings and provenance, all jOOQ queries.
 *
 * <p>Rules every endpoint follows:
 * <ul>
 * <li><b>Newest publication wins.</b> When several documents report the same indicator, region,
 * period (start and end) and kind, the value of the document published last is used (tie: the
 * highest document id, then the first figure in it); {@code alternatives} says how many other
 * reports exist, and {@code /api/observations/{id}} lists them.</li>
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
 * </ul>
 * Caching (ETag, 304, Cache-Control, the in-memory answer cache) and CSV are in
 * {@code io.zhibiao.system.http} and apply to every GET under /api.
 */
package io.zhibiao.series;
