-- The bulletin charts (issue 26): a level with its growth rate is a chart kind of its own, listed and filtered by
-- /api/charts?kind=level-growth. The kinds the other bulletin charts will add are allowed here too, so that adding
-- them later needs no migration of its own.
ALTER TABLE chart DROP CONSTRAINT chart_kind_check;
ALTER TABLE chart ADD CONSTRAINT chart_kind_check
    CHECK (kind IN ('series', 'compare', 'target-vs-actual', 'level-growth', 'ranking', 'structure', 'cumulative'));
