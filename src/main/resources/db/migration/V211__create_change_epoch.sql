-- The change feed's cursors are ids of series_change. After a restore (a pg_dump of an earlier state, a
-- point-in-time recovery, any rewind of the database) the same ids would name different changes, and a client at
-- cursor 120 would silently skip or misread what happened since. Cursors therefore carry an epoch (a cursor is
-- "<epoch>.<id>"), and a rewind begins a new one: a cursor of another epoch answers 410 (/api/changes) or a resync
-- event (/api/stream), never a replay of the wrong changes.
--
-- A new epoch begins (feed and changes packages, io.zhibiao.changes.ChangeEpoch):
--  * when the service finds this row written for another database (database_oid: a dump restored into a new
--    database, a template copy);
--  * when a running instance finds the change log behind what it already saw (the newest id lower than one it
--    handed out or heard of);
--  * when the restore procedure calls change_epoch_renew() (k8s/README.md, "Backups and restore"): a
--    point-in-time recovery keeps the database's oid, and no instance may be running to notice.
-- generation counts the epochs: plain numeric cursors (from before epochs) are taken only in the first (0).
CREATE TABLE change_epoch (
    singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    epoch        text    NOT NULL,
    database_oid bigint  NOT NULL,
    generation   integer NOT NULL DEFAULT 0,
    began_at     timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION change_epoch_new() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT substr(md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text), 1, 8) $$;

INSERT INTO change_epoch (epoch, database_oid)
SELECT change_epoch_new(), oid FROM pg_database WHERE datname = current_database();

-- Begins a new epoch: every cursor handed out so far answers 410 (or a stream's resync). Returns the new epoch.
CREATE FUNCTION change_epoch_renew() RETURNS text LANGUAGE sql VOLATILE AS $$
    UPDATE change_epoch SET epoch = change_epoch_new(), generation = generation + 1, began_at = now(),
           database_oid = (SELECT oid FROM pg_database WHERE datname = current_database())
    RETURNING epoch $$;
