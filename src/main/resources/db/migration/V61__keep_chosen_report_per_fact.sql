-- One row per fact (indicator, region, period start, end and type, kind, unit class) with the report the
-- selection rule picks and how many reports there are. Latest values, roll-ups and rankings read these rows
-- instead of every report of every region and a join to its document: on 10,000,000 observations (7 reports
-- per fact) the nationwide rankings read 2,846 rows instead of 17,076 index entries and document probes.
--
-- The rule is io.zhibiao.series.Selection.NEWEST_PUBLICATION_FIRST: the newest publication, then the highest
-- document id, then the lowest observation id. FactTableTest checks that this table and that rule agree.
--
-- Triggers on observation keep it in the same transaction as every write (ingest, re-extraction, a document's
-- deletion by cascade, bulk loads, test fixtures), so it is never behind what the observations say.
CREATE TABLE fact (
    indicator_code text    NOT NULL,
    region_code    text    NOT NULL,
    period_end     date    NOT NULL,
    kind           text    NOT NULL,
    period_start   date    NOT NULL,
    period_type    text    NOT NULL,
    unit_class     text    NOT NULL,
    observation_id bigint  NOT NULL,
    value          numeric NOT NULL,
    value_max      numeric,
    qualifier      text    NOT NULL,
    unit           text    NOT NULL,
    reports        integer NOT NULL,
    PRIMARY KEY (indicator_code, region_code, period_end, kind, period_start, period_type, unit_class)
);

CREATE TYPE fact_key AS (indicator_code text, region_code text, period_end date, kind text, period_start date,
                         period_type text, unit_class text);

-- Recomputes the given facts from their reports.
CREATE FUNCTION fact_refresh(keys fact_key[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- Writers of the same facts take turns (until commit), and each statement below takes a new snapshot, so a
    -- recompute sees the reports another transaction committed meanwhile (READ COMMITTED). A bulk write takes
    -- one lock for all instead of one per fact (advisory locks share a bounded lock table).
    IF cardinality(keys) > 1000 THEN
        PERFORM pg_advisory_xact_lock(7263001);
    ELSE
        PERFORM pg_advisory_xact_lock_shared(7263001);
        PERFORM pg_advisory_xact_lock(7263002, h)
        FROM (SELECT DISTINCT hashtext(k::text) AS h FROM unnest(keys) k ORDER BY 1) locks;
    END IF;
    DELETE FROM fact f USING unnest(keys) k
    WHERE f.indicator_code = k.indicator_code AND f.region_code = k.region_code AND f.period_end = k.period_end
      AND f.kind = k.kind AND f.period_start = k.period_start AND f.period_type = k.period_type
      AND f.unit_class = k.unit_class;
    INSERT INTO fact
    SELECT DISTINCT ON (o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
                        o.unit_class)
           o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
           o.id, o.value, o.value_max, o.qualifier, o.unit,
           count(*) OVER (PARTITION BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start,
                                       o.period_type, o.unit_class)
    FROM (SELECT DISTINCT * FROM unnest(keys)) k
    JOIN observation o ON o.indicator_code = k.indicator_code AND o.region_code = k.region_code
                      AND o.period_end = k.period_end AND o.kind = k.kind AND o.period_start = k.period_start
                      AND o.period_type = k.period_type AND o.unit_class = k.unit_class
    JOIN document d ON d.id = o.document_id
    ORDER BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
             d.published DESC, d.id DESC, o.id ASC;
END $$;

-- Recomputes every fact of the given indicators: for bulk loads, where one pass beats a lookup per fact.
CREATE FUNCTION fact_rebuild(indicators text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7263001);
    DELETE FROM fact WHERE indicator_code = ANY (indicators);
    INSERT INTO fact
    SELECT DISTINCT ON (o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type,
                        o.unit_class)
           o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
           o.id, o.value, o.value_max, o.qualifier, o.unit,
           count(*) OVER (PARTITION BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start,
                                       o.period_type, o.unit_class)
    FROM observation o
    JOIN document d ON d.id = o.document_id
    WHERE o.indicator_code = ANY (indicators)
    ORDER BY o.indicator_code, o.region_code, o.period_end, o.kind, o.period_start, o.period_type, o.unit_class,
             d.published DESC, d.id DESC, o.id ASC;
END $$;

-- A statement that wrote more than 100,000 reports (a bulk load) rebuilds the facts of its indicators in one pass;
-- any other recomputes the facts it touched.
CREATE FUNCTION fact_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM new_rows) > 100000 THEN
        PERFORM fact_rebuild(ARRAY(SELECT DISTINCT indicator_code FROM new_rows));
    ELSE
        PERFORM fact_refresh(ARRAY(SELECT DISTINCT ROW(indicator_code, region_code, period_end, kind, period_start,
                                                       period_type, unit_class)::fact_key FROM new_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION fact_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM old_rows) > 100000 THEN
        PERFORM fact_rebuild(ARRAY(SELECT DISTINCT indicator_code FROM old_rows));
    ELSE
        PERFORM fact_refresh(ARRAY(SELECT DISTINCT ROW(indicator_code, region_code, period_end, kind, period_start,
                                                       period_type, unit_class)::fact_key FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION fact_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM new_rows) > 100000 THEN
        PERFORM fact_rebuild(ARRAY(SELECT indicator_code FROM new_rows UNION SELECT indicator_code FROM old_rows));
    ELSE
        PERFORM fact_refresh(ARRAY(SELECT ROW(indicator_code, region_code, period_end, kind, period_start,
                                              period_type, unit_class)::fact_key FROM new_rows
                                   UNION
                                   SELECT ROW(indicator_code, region_code, period_end, kind, period_start,
                                              period_type, unit_class)::fact_key FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION fact_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE fact;
    RETURN NULL;
END $$;

CREATE TRIGGER observation_fact_insert AFTER INSERT ON observation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_insert();
CREATE TRIGGER observation_fact_delete AFTER DELETE ON observation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_delete();
CREATE TRIGGER observation_fact_update AFTER UPDATE ON observation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fact_after_update();
CREATE TRIGGER observation_fact_truncate AFTER TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION fact_after_truncate();

SELECT fact_rebuild(ARRAY(SELECT DISTINCT indicator_code FROM observation));
