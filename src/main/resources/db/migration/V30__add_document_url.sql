-- Where an article was read: clients send the URL with the text and get it back, so a figure's
-- provenance leads to the page as well as to the stored text. Optional; older documents have none.
ALTER TABLE document ADD COLUMN url text CHECK (url IS NULL OR length(url) <= 2048);
-- The document list filters by outlet and publication date.
CREATE INDEX document_source_published_idx ON document (source, published DESC, id DESC);
