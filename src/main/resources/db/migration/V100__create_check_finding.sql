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

-- Half a unit of the last digit a value was written with: 1792.61亿元 (179261000000) → 500000, 7.5 → 0.05,
-- 1800亿元 → 5000000000 (a round figure may be rounded that far). Base units keep the digits as written.
CREATE FUNCTION rounding_half_unit(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE
        WHEN v = 0 THEN 0
        WHEN scale(trim_scale(v)) > 0 THEN 0.5 * power(10::numeric, -scale(trim_scale(v)))
        ELSE 0.5 * power(10::numeric, length(trim_scale(abs(v))::text) - length(rtrim(trim_scale(abs(v))::text, '0')))
    END $$;

-- The least and the most a stated figure can mean, or null where the text sets no bound: exact ± rounding,
-- approx (约, 左右, 近) ± 10 % more, at_least (超, 余, 突破) has no upper bound, at_most no lower one, a range its ends.
CREATE FUNCTION value_low(v numeric, vmax numeric, q text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE q
        WHEN 'exact' THEN v - rounding_half_unit(v)
        WHEN 'approx' THEN v - abs(v) * 0.1 - rounding_half_unit(v)
        WHEN 'at_least' THEN v
        WHEN 'range' THEN v - rounding_half_unit(v)
    END $$;
CREATE FUNCTION value_high(v numeric, vmax numeric, q text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE q
        WHEN 'exact' THEN v + rounding_half_unit(v)
        WHEN 'approx' THEN v + abs(v) * 0.1 + rounding_half_unit(v)
        WHEN 'at_most' THEN v
        WHEN 'range' THEN coalesce(vmax, v) + rounding_half_unit(coalesce(vmax, v))
    END $$;

-- The end of the same period a year earlier: a month's last day stays a month's last day (2025-02-28 → 2024-02-29).
CREATE FUNCTION year_earlier_end(d date) RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE WHEN d = (date_trunc('month', d) + interval '1 month - 1 day')::date
                THEN (date_trunc('month', d) - interval '1 year' + interval '1 month - 1 day')::date
                ELSE (d - interval '1 year')::date END $$;
