-- A figure may be one item of a national classification (粗钢 of the products, 批发和零售业 of the sectors): the
-- extractor (1.5.0) says so in its breakdown, and the series key is indicator + breakdown. Without it stored,
-- 粗钢产量增长2.7% and 钢材产量增长5% were one fact of industrial_output.yoy and one (false) series.
--
-- The breakdown is kept as a canonical text key so it can be part of the fact's primary key and of plain equality
-- joins: the dimension=item pairs sorted by dimension and joined by ';' (product=粗钢), '' for none (the indicator's
-- total). Every stored figure so far is a total, which the default says.
ALTER TABLE observation ADD COLUMN breakdown text NOT NULL DEFAULT '';

-- The read queries look observations up by indicator, region, period end and kind and filter on the breakdown:
-- it joins the covering index (V31) so those lookups stay index-only scans.
CREATE INDEX observation_series_breakdown_idx
    ON observation (indicator_code, region_code, period_end, kind)
    INCLUDE (period_start, period_type, unit_class, value, value_max, qualifier, unit, document_id, id, breakdown);
DROP INDEX observation_series_covering_idx;

-- The fact (V61) is indicator + breakdown: one chosen report per breakdown item.
ALTER TABLE fact ADD COLUMN breakdown text NOT NULL DEFAULT '';
ALTER TABLE fact DROP CONSTRAINT fact_pkey;
ALTER TABLE fact ADD PRIMARY KEY (indicator_code, region_code, period_end, kind, period_start, period_type, unit_class,
                                  breakdown);
ALTER TYPE fact_key ADD ATTRIBUTE breakdown text;

CREATE OR REPLACE FUNCTION fact_key_of(o observation) RETURNS fact_key LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
               o.unit_class, o.breakdown)::fact_key
$$;

-- As V70's, with the breakdown in the key. The rule is io.zhibiao.series.Selection.NEWEST_PUBLICATION_FIRST
-- (FactTableTest checks they agree).
CREATE OR REPLACE FUNCTION fact_recompute(keys fact_key[], indicators text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    reports text;
BEGIN
    IF indicators IS NOT NULL OR cardinality(keys) > 64 THEN
        PERFORM pg_advisory_xact_lock(7263001);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(7263001);
        PERFORM pg_advisory_xact_lock(7263002, h)
        FROM (SELECT DISTINCT hashtext(k::text) AS h FROM unnest(keys) k ORDER BY 1) locks;
    END IF;
    IF indicators IS NOT NULL THEN
        DELETE FROM fact WHERE indicator_code = ANY (indicators);
        reports := '(SELECT * FROM observation WHERE indicator_code = ANY ($2)) o';
    ELSE
        DELETE FROM fact f USING (SELECT DISTINCT * FROM unnest(keys)) k
        WHERE f.indicator_code = k.indicator_code AND f.region_code = k.region_code AND f.period_end = k.period_end
          AND f.kind = k.kind AND f.period_start = k.period_start AND f.period_type = k.period_type
          AND f.unit_class = k.unit_class AND f.breakdown = k.breakdown;
        reports := '(SELECT DISTINCT * FROM unnest($1)) k JOIN observation o USING (indicator_code, region_code, '
                || 'period_end, kind, period_start, period_type, unit_class, breakdown)';
    END IF;
    EXECUTE format($q$
        INSERT INTO fact (indicator_code, region_code, period_end, kind, period_start, period_type, unit_class,
                          breakdown, observation_id, value, value_max, qualifier, unit, reports)
        SELECT DISTINCT ON (o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
                            o.unit_class, o.breakdown)
               o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
               o.breakdown, o.id, o.value, o.value_max, o.qualifier, o.unit,
               count(*) OVER (PARTITION BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start,
                                           o.period_type, o.unit_class, o.breakdown)
        FROM %s
        JOIN document d ON d.id = o.document_id
        ORDER BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
                 o.breakdown, d.published DESC, d.id DESC, o.id ASC$q$, reports) USING keys, indicators;
END $$;
