-- The newest-publication rule reads document.published for every report it ranks (V11 made that an index-only
-- scan), and since the trash (V210) it also asks deleted_at: the fact recomputation of every write and the as-of
-- reads fetched each report's document from the heap again. The same index with deleted_at.
CREATE INDEX document_published_trash_by_id_idx ON document (id) INCLUDE (published, deleted_at);
DROP INDEX document_published_by_id_idx;
