-- Every chart also as SVG (for print and slides) and as the CSV of the points it draws, with its kind and
-- period range so /api/charts can filter by them. Stored charts are derived data: they are dropped here
-- and the start-up pass renders them again (the renderer version changed anyway).
DELETE FROM chart;
ALTER TABLE chart
    ADD COLUMN kind         text NOT NULL CHECK (kind IN ('series', 'compare', 'target-vs-actual')),
    ADD COLUMN period_start date NOT NULL,
    ADD COLUMN period_end   date NOT NULL,
    ADD COLUMN svg          bytea NOT NULL,
    ADD COLUMN csv          bytea NOT NULL;
CREATE INDEX chart_period_idx ON chart (period_end, period_start);
