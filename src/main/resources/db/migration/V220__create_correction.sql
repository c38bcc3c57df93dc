-- Editors' reviews of figures (io.zhibiao.corrections, issue 24), kept apart from what the extractor derived so that
-- re-extraction by any later extractor version applies them again instead of undoing them.
--
-- A figure is found again by its place, not by its row id: the document, the offsets of the number in the text and
-- the number as written there (figure_text). derived_indicator/derived_breakdown are what the extractor read when
-- the figure was first reviewed: they only tell apart several figures the extractor reads at one place.
--
-- Every review is a row; the latest of a figure is the current one (current = true), the earlier ones are its
-- history. before is the observation row as it stood just before the review (to_jsonb of the row), so an answer
-- as of an earlier day (asOf, observation_as_of below) and the history can show the old attributes; after is what
-- the review says the figure is (null for a rejection).
CREATE TABLE correction (
    id                bigserial PRIMARY KEY,
    document_id       bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL,
    figure_text       text    NOT NULL,
    derived_indicator text    NOT NULL,
    derived_breakdown text    NOT NULL,
    observation_id    bigint,
    verdict           text    NOT NULL CHECK (verdict IN ('accept', 'correct', 'reject')),
    state             text    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'orphaned', 'redundant')),
    current           boolean NOT NULL DEFAULT true,
    before            jsonb   NOT NULL,
    after             jsonb,
    changes           jsonb   NOT NULL DEFAULT '{}',
    note              text    NOT NULL DEFAULT '',
    editor_subject    text    NOT NULL,
    editor_name       text    NOT NULL,
    region_code       text    NOT NULL,
    reviewed_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- One current review per figure: two editors can never both hold the last word.
CREATE UNIQUE INDEX correction_current_idx
    ON correction (document_id, start_offset, end_offset, figure_text, derived_indicator, derived_breakdown)
    WHERE current;
CREATE INDEX correction_observation_idx ON correction (observation_id);
CREATE INDEX correction_listing_idx ON correction (state, id) WHERE current;
CREATE INDEX correction_reviewed_at_idx ON correction (reviewed_at);

-- What a person said of the figure now stored: accepted, corrected, or null (nobody looked). Rejected figures are
-- not stored at all (the correction keeps them out at every re-extraction).
ALTER TABLE observation ADD COLUMN reviewed text CHECK (reviewed IN ('accepted', 'corrected'));

-- Series points carry reviewed: the covering index of the series lookups (V90) holds it, so they stay index-only.
CREATE INDEX observation_series_reviewed_idx
    ON observation (indicator_code, region_code, period_end, kind)
    INCLUDE (period_start, period_type, unit_class, value, value_max, qualifier, unit, document_id, id, breakdown,
             reviewed);
DROP INDEX observation_series_breakdown_idx;

-- The observations as they stood at the end of day d: a figure reviewed after d shows the attributes it had before
-- its first review after d (a rejected one comes back), every other figure as stored. The read queries use it in
-- place of the observation table when asked asOf= (io.zhibiao.series.Tables.observationsAsOf).
CREATE FUNCTION observation_as_of(d date) RETURNS SETOF observation LANGUAGE sql STABLE AS $$
    WITH later AS (
        SELECT DISTINCT ON ((c.before ->> 'id')::bigint) c.before
        FROM correction c
        WHERE c.reviewed_at >= (d + 1)::timestamptz
        ORDER BY (c.before ->> 'id')::bigint, c.id)
    SELECT o.* FROM observation o
    WHERE NOT EXISTS (SELECT 1 FROM later l WHERE (l.before ->> 'id')::bigint = o.id)
    UNION ALL
    SELECT (jsonb_populate_record(NULL::observation, l.before)).* FROM later l
$$;
