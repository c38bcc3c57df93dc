-- A deleted document goes to a trash first (issue 25): it keeps its row, its observations and their ids, so that a
-- deletion by mistake can be undone (POST /api/documents/{id}/restore) and as-of answers for days before the
-- deletion still see it. deleted_at says since when it is in the trash; a purge (after zhibiao.trash.retention, or
-- DELETE ...?purge=true) deletes the row for good, its observations by cascade.
--
-- Every answer of today leaves a trashed document at once: the reads over observations filter on deleted_at (one
-- rule, io.zhibiao.series.Selection.knownOn and Selection.notTrashed), and the fact table below keeps only reports
-- of documents not in the trash.
ALTER TABLE document ADD COLUMN deleted_at timestamptz;

-- The trash is small: the reads that have no join to document ask "is this document trashed?" of this index
-- (o.document_id NOT IN (the trashed ids) is one hashed sub-plan), and the purge finds what is due here.
CREATE INDEX document_trashed_idx ON document (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- V90's fact_recompute (the current one), with the reports of trashed documents left out. The rule is
-- io.zhibiao.series.Selection.NEWEST_PUBLICATION_FIRST (FactTableTest checks they agree).
CREATE OR REPLACE FUNCTION fact_recompute(keys fact_key[], indicators text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    reports text;
BEGIN
    IF indicators IS NOT NULL OR cardinality(keys) > 64 THEN
        PERFORM pg_advisory_xact_lock(7263001);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(7263001);
        PERFORM pg_advisory_xact_lock(7263002, h)
        FROM (SELECT DISTINCT hashtext(k::text) AS h FROM unnest(keys) k ORDER BY 1) locks;
    END IF;
    IF indicators IS NOT NULL THEN
        DELETE FROM fact WHERE indicator_code = ANY (indicators);
        reports := '(SELECT * FROM observation WHERE indicator_code = ANY ($2)) o';
    ELSE
        DELETE FROM fact f USING (SELECT DISTINCT * FROM unnest(keys)) k
        WHERE f.indicator_code = k.indicator_code AND f.region_code = k.region_code AND f.period_end = k.period_end
          AND f.kind = k.kind AND f.period_start = k.period_start AND f.period_type = k.period_type
          AND f.unit_class = k.unit_class AND f.breakdown = k.breakdown;
        reports := '(SELECT DISTINCT * FROM unnest($1)) k JOIN observation o USING (indicator_code, region_code, '
                || 'period_end, kind, period_start, period_type, unit_class, breakdown)';
    END IF;
    EXECUTE format($q$
        INSERT INTO fact (indicator_code, region_code, period_end, kind, period_start, period_type, unit_class,
                          breakdown, observation_id, value, value_max, qualifier, unit, reports)
        SELECT DISTINCT ON (o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
                            o.unit_class, o.breakdown)
               o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
               o.breakdown, o.id, o.value, o.value_max, o.qualifier, o.unit,
               count(*) OVER (PARTITION BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start,
                                           o.period_type, o.unit_class, o.breakdown)
        FROM %s
        JOIN document d ON d.id = o.document_id
        WHERE d.deleted_at IS NULL
        ORDER BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
                 o.breakdown, d.published DESC, d.id DESC, o.id ASC$q$, reports) USING keys, indicators;
END $$;

-- Moving a document into the trash or out of it changes which reports count: recompute the facts of its
-- observations in the same statement (as the triggers on observation do for writes of observations). A document
-- of more than 100,000 figures rebuilds the facts of its indicators in one pass instead.
CREATE FUNCTION fact_after_trash() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys fact_key[];
    indicators text[];
BEGIN
    IF (SELECT count(*) FROM observation WHERE document_id = NEW.id) > 100000 THEN
        indicators := ARRAY(SELECT DISTINCT indicator_code FROM observation WHERE document_id = NEW.id);
    ELSE
        keys := ARRAY(SELECT DISTINCT fact_key_of(o) FROM observation o WHERE o.document_id = NEW.id);
    END IF;
    PERFORM fact_recompute(keys, indicators);
    RETURN NULL;
END $$;

CREATE TRIGGER document_fact_trash AFTER UPDATE OF deleted_at ON document
    FOR EACH ROW WHEN (OLD.deleted_at IS DISTINCT FROM NEW.deleted_at) EXECUTE FUNCTION fact_after_trash();
