-- What the stored data says against itself (io.zhibiao.checks): one row per finding, naming the observations
-- involved and the evidence in words. Findings are recomputed in the writing transaction for the indicators and
-- regions a change touched, so the table never disagrees with the observations it names.
--
-- anchor: each finding belongs to one (indicator_code, region_code): the growth code for growth_mismatch, the
-- whole (the parent region, or the whole indicator of part_of) for parts_exceed_whole, else the figure's own.
CREATE TABLE check_finding (
    id              bigserial PRIMARY KEY,
    check_name      text     NOT NULL CHECK (check_name IN ('growth_mismatch', 'parts_exceed_whole',
                                                            'conflicting_reports', 'jump', 'target_as_actual')),
    indicator_code  text     NOT NULL,
    region_code     text     NOT NULL,
    period_start    date     NOT NULL,
    period_end      date     NOT NULL,
    period_type     text     NOT NULL,
    kind            text     NOT NULL,
    observation_ids bigint[] NOT NULL,
    detail          text     NOT NULL
);
CREATE INDEX check_finding_anchor_idx ON check_finding (indicator_code, region_code);
CREATE INDEX check_finding_region_idx ON check_finding (region_code);
-- "Which checks is this observation in?" (provenance, the review queue).
CREATE INDEX check_finding_observations_idx ON check_finding USING gin (observation_ids);

-- Which version of the rules computed the table: a new version rebuilds it at start-up.
CREATE TABLE check_rules (version text NOT NULL);
INSERT INTO check_rules VALUES ('');

-- How many base units one unit of the number as written is: 1792.61亿元 is written in 亿 (1e8), 1.5万人 in 万;
-- 亩 were turned into hectares (÷ 15).
CREATE FUNCTION written_scale(unit text) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE
        WHEN unit LIKE '万亿%' THEN 1e12
        WHEN unit LIKE '亿%' THEN 1e8
        WHEN unit LIKE '万亩%' THEN 1e4 / 15.0
        WHEN unit LIKE '万%' THEN 1e4
        WHEN unit LIKE '千%' THEN 1e3
        WHEN unit LIKE '亩%' THEN 1 / 15.0
        ELSE 1
    END $$;

-- Half a unit of the last digit of a figure as written, in base units: 1792.61亿元 → 0.005亿 (500000 yuan),
-- 7.5% → 0.05, 100亿元 → 0.5亿 (a whole number is taken as exact to its unit: 约, 超 and 左右 say otherwise).
CREATE FUNCTION rounding_half_unit(v numeric, unit text) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT 0.5 * power(10::numeric, -scale(trim_scale(round(v / written_scale(unit), 6)))) * written_scale(unit) $$;

-- A value as the text wrote it, for the evidence of a finding: 11200000000 in 亿元 → 112亿元.
CREATE FUNCTION as_written(v numeric, unit text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT trim_scale(round(v / written_scale(unit), 4)) || unit $$;

-- The least and the most a stated figure can mean, or null where the text sets no bound: exact ± rounding,
-- approx (约, 左右, 近) ± 10 % more, at_least (超, 余, 突破) has no upper bound, at_most no lower one, a range its ends.
CREATE FUNCTION value_low(v numeric, vmax numeric, q text, unit text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE q
        WHEN 'exact' THEN v - rounding_half_unit(v, unit)
        WHEN 'approx' THEN v - abs(v) * 0.1 - rounding_half_unit(v, unit)
        WHEN 'at_least' THEN v
        WHEN 'range' THEN v - rounding_half_unit(v, unit)
    END $$;
CREATE FUNCTION value_high(v numeric, vmax numeric, q text, unit text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE q
        WHEN 'exact' THEN v + rounding_half_unit(v, unit)
        WHEN 'approx' THEN v + abs(v) * 0.1 + rounding_half_unit(v, unit)
        WHEN 'at_most' THEN v
        WHEN 'range' THEN coalesce(vmax, v) + rounding_half_unit(coalesce(vmax, v), unit)
    END $$;

-- The end of the same period a year earlier: a month's last day stays a month's last day (2025-02-28 → 2024-02-29).
CREATE FUNCTION year_earlier_end(d date) RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE WHEN d = (date_trunc('month', d) + interval '1 month - 1 day')::date
                THEN (date_trunc('month', d) - interval '1 year' + interval '1 month - 1 day')::date
                ELSE (d - interval '1 year')::date END $$;
