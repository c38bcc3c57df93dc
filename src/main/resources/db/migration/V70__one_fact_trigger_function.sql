-- V61 kept the fact table with four trigger functions that repeated one another and two functions that
-- repeated the selection rule's query. One function now recomputes facts (by keys, or by indicators for a bulk
-- load) and one trigger function serves inserts, updates and deletes.
--
-- Why it matters for writes (issue 22): a statement-level trigger costs one recompute per statement, and each
-- recompute took one advisory lock per fact it touched, held until commit. Written one row per statement, a
-- document of 2,000 reports of one fact recomputed that fact 2,000 times over a growing set (35 s), and one of
-- 20,000 distinct facts ran out of PostgreSQL's lock table ("out of shared memory", 500 after 40 s). Ingest and
-- re-extraction now write a document's observations in one statement each (ingest.ObservationRows), so the
-- trigger runs once per document; and a recompute of more than 64 facts takes the one exclusive lock instead of
-- a lock per fact, so no writer holds more than 64 fact locks (the default lock table holds 64 per connection).

CREATE FUNCTION fact_key_of(o observation) RETURNS fact_key LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
               o.unit_class)::fact_key
$$;

-- Recomputes the given facts from their reports, or (indicators not null) every fact of those indicators.
-- The rule is io.zhibiao.series.Selection.NEWEST_PUBLICATION_FIRST (FactTableTest checks they agree).
CREATE FUNCTION fact_recompute(keys fact_key[], indicators text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    reports text;
BEGIN
    -- Writers of the same facts take turns (until commit), and each statement below takes a new snapshot, so a
    -- recompute sees the reports another transaction committed meanwhile (READ COMMITTED).
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
          AND f.unit_class = k.unit_class;
        reports := '(SELECT DISTINCT * FROM unnest($1)) k JOIN observation o USING (indicator_code, region_code, '
                || 'period_end, kind, period_start, period_type, unit_class)';
    END IF;
    EXECUTE format($q$
        INSERT INTO fact
        SELECT DISTINCT ON (o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
                            o.unit_class)
               o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
               o.id, o.value, o.value_max, o.qualifier, o.unit,
               count(*) OVER (PARTITION BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start,
                                           o.period_type, o.unit_class)
        FROM %s
        JOIN document d ON d.id = o.document_id
        ORDER BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
                 d.published DESC, d.id DESC, o.id ASC$q$, reports) USING keys, indicators;
END $$;

-- A statement that wrote more than 100,000 reports (a bulk load) rebuilds the facts of its indicators in one
-- pass; any other recomputes the facts it touched (before and after an update).
-- (Each branch names only the transition tables its operation has: an INSERT trigger has no old_rows.)
CREATE FUNCTION fact_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys fact_key[];
    indicators text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF (SELECT count(*) FROM new_rows) > 100000 THEN
            indicators := ARRAY(SELECT DISTINCT indicator_code FROM new_rows);
        ELSE
            keys := ARRAY(SELECT DISTINCT fact_key_of(n) FROM new_rows n);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF (SELECT count(*) FROM old_rows) > 100000 THEN
            indicators := ARRAY(SELECT DISTINCT indicator_code FROM old_rows);
        ELSE
            keys := ARRAY(SELECT DISTINCT fact_key_of(o) FROM old_rows o);
        END IF;
    ELSIF (SELECT count(*) FROM new_rows) > 100000 THEN
        indicators := ARRAY(SELECT indicator_code FROM new_rows UNION SELECT indicator_code FROM old_rows);
    ELSE
        keys := ARRAY(SELECT fact_key_of(n) FROM new_rows n UNION SELECT fact_key_of(o) FROM old_rows o);
    END IF;
    PERFORM fact_recompute(keys, indicators);
    RETURN NULL;
END $$;

DROP TRIGGER observation_fact_insert ON observation;
DROP TRIGGER observation_fact_delete ON observation;
DROP TRIGGER observation_fact_update ON observation;
CREATE TRIGGER observation_fact_insert AFTER INSERT ON observation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_write();
CREATE TRIGGER observation_fact_delete AFTER DELETE ON observation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_write();
CREATE TRIGGER observation_fact_update AFTER UPDATE ON observation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_write();

DROP FUNCTION fact_after_insert();
DROP FUNCTION fact_after_delete();
DROP FUNCTION fact_after_update();
DROP FUNCTION fact_refresh(fact_key[]);
DROP FUNCTION fact_rebuild(text[]);
