-- A series never joins a January–September total to annual values: every observation says its period type.
-- Rows stored before this are typed from their dates; as-of stocks cannot be told from their dates, but the
-- extractor version changes with this migration, so those documents are re-extracted at start-up anyway.
ALTER TABLE observation ADD COLUMN period_type text;
UPDATE observation SET period_type = CASE
    WHEN extract(year FROM period_start) <> extract(year FROM period_end) THEN 'span'
    WHEN period_start = date_trunc('year', period_start)::date
         AND period_end = (date_trunc('year', period_start) + interval '1 year - 1 day')::date THEN 'year'
    WHEN date_trunc('month', period_start) = date_trunc('month', period_end) THEN 'month'
    WHEN extract(month FROM period_start) = 1 THEN 'ytd'
    ELSE 'span' END;
ALTER TABLE observation ALTER COLUMN period_type SET NOT NULL;
ALTER TABLE observation ADD CONSTRAINT observation_period_type_check
    CHECK (period_type IN ('year', 'quarter', 'month', 'ytd', 'span', 'asof'));
