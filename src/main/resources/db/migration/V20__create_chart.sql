-- Pre-rendered charts: one row per chart the specs in charts/ define, with the PNG every replica serves.
CREATE TABLE chart (
    key            text PRIMARY KEY,
    spec           text NOT NULL,
    title          text NOT NULL,
    indicator_code text NOT NULL,
    region_codes   text[] NOT NULL,
    file_name      text NOT NULL,
    png            bytea NOT NULL,
    etag           text NOT NULL,
    -- Hash of what the picture shows (spec, renderer version, points, sources); unchanged hash, no render.
    data_hash      text NOT NULL,
    rendered_at    timestamptz NOT NULL,
    -- How often this chart was rendered; lets tests and operators see that nothing re-rendered needlessly.
    render_count   integer NOT NULL DEFAULT 1
);
CREATE INDEX chart_indicator_idx ON chart (indicator_code);
CREATE INDEX chart_regions_idx ON chart USING gin (region_codes);
