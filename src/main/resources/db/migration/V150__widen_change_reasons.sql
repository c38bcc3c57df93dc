-- The change feed names every way a series can change: besides ingest, deletion and re-extraction, a document
-- restored from the trash or purged from it (issue 25) and a figure corrected by an editor (issue 24).
ALTER TABLE series_change DROP CONSTRAINT series_change_reason_check;
ALTER TABLE series_change ADD CONSTRAINT series_change_reason_check
    CHECK (reason IN ('ingest', 'delete', 'reextract', 'restore', 'purge', 'correction'));
