-- The change feed (/api/changes, /api/stream): one row per series (indicator, region, period type) whose
-- reports a committed ingest, deletion or re-extraction changed, written in that same transaction. The id
-- is the cursor clients hold, so it lives here rather than in memory: it survives restarts and is the same
-- on every replica. Writers take a transaction-level advisory lock before inserting (see ChangeLog), so
-- ids become visible in id order and a reader that has seen id N can never later meet a smaller one.
-- No foreign key to document: the changes of a deleted document are the record that it went.
CREATE TABLE series_change (
    id             bigserial PRIMARY KEY,
    indicator_code text NOT NULL,
    region_code    text NOT NULL,
    period_type    text NOT NULL,
    reason         text NOT NULL CHECK (reason IN ('ingest', 'delete', 'reextract')),
    document_id    bigint NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT now()
);
