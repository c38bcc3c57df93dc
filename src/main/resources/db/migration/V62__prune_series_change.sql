-- The change log is kept for a while (zhibiao.changes.keep), not forever: the oldest rows are deleted
-- (feed.ChangePruner). A cursor from before the deleted rows can no longer list every change after it, so
-- the highest deleted id is kept here and such a cursor answers 410 instead of silently missing changes.
CREATE TABLE series_change_pruned (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    up_to     bigint  NOT NULL
);
INSERT INTO series_change_pruned (up_to) VALUES (0);

-- Finds the newest row older than the retention without reading the whole log.
CREATE INDEX series_change_changed_at_idx ON series_change (changed_at);
