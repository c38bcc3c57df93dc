-- The value-bound functions of V100 again, without STRICT: a STRICT SQL function whose body is not itself strict is
-- never inlined, so every call went through the function executor (about 12 µs a call of value_low). Inlined they
-- cost under half that, and the checks call them for every report of every fact a change touches. Every argument
-- is a NOT NULL column (value, unit, qualifier), so the answers do not change; value_max stays nullable as before.
CREATE OR REPLACE FUNCTION written_scale(unit text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN unit LIKE '万亿%' THEN 1e12
        WHEN unit LIKE '亿%' THEN 1e8
        WHEN unit LIKE '万亩%' THEN 1e4 / 15.0
        WHEN unit LIKE '万%' THEN 1e4
        WHEN unit LIKE '千%' THEN 1e3
        WHEN unit LIKE '亩%' THEN 1 / 15.0
        ELSE 1
    END $$;

CREATE OR REPLACE FUNCTION rounding_half_unit(v numeric, unit text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT 0.5 * power(10::numeric, -scale(trim_scale(round(v / written_scale(unit), 6)))) * written_scale(unit) $$;

CREATE OR REPLACE FUNCTION as_written(v numeric, unit text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT trim_scale(round(v / written_scale(unit), 4)) || unit $$;
