-- The newest-publication rule reads document.published for every candidate observation; with the
-- date in the index the lookup is an index-only scan instead of a heap visit (or a hash join over
-- every document). On 1,000,000 observations it took the 10-region series query from ~36 ms to ~10 ms.
CREATE INDEX document_published_by_id_idx ON document (id) INCLUDE (published);
