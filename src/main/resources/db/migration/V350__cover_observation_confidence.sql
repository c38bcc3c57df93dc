-- Series points carry confidence (V101), which the covering index of the series lookups (V220) did not hold: every
-- series read fetched its reports from the table's heap, about twice the time of the index-only read it had before
-- (bench/api/scale.sh at 10,000,000 observations: series p50 21 ms against 11 ms). The same index with confidence.
CREATE INDEX observation_series_points_idx
    ON observation (indicator_code, region_code, period_end, kind)
    INCLUDE (period_start, period_type, unit_class, value, value_max, qualifier, unit, document_id, id, breakdown,
             reviewed, confidence);
DROP INDEX observation_series_reviewed_idx;
