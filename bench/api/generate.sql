-- Generates :rows observations (psql -v rows=1000000) for the API benchmarks, on a database the
-- service has migrated: 25 indicators (bench.i01 … bench.i25; i21–i25 are rates, not summable) over
-- every county-level unit of 江西 (36), 湖北 (42), 湖南 (43) and 广东 (44), years 2016–2025, actual
-- and target, from 20,000 documents: about 4.5 reports per fact, so the newest-publication rule has
-- work to do. Idempotent: does nothing when bench data exists.
-- -v scope=all spreads them over every region of the gazetteer (provinces, prefectures, counties);
-- -v docs=200000 sets the number of documents (scale.sh: 10,000,000 observations, 200,000 documents).
\set ON_ERROR_STOP on
\if :{?scope}
\else
\set scope four
\endif
\if :{?docs}
\else
\set docs 20000
\endif
SELECT count(*) > 0 AS has_bench FROM indicator WHERE code = 'bench.i01' \gset
\if :has_bench
\echo 'bench data already present'
\else
BEGIN;
INSERT INTO indicator (code, name, unit_class, summable)
SELECT 'bench.i' || lpad(i::text, 2, '0'), '基准指标' || i, CASE WHEN i > 20 THEN 'percent' ELSE 'money_cny' END, i <= 20
FROM generate_series(1, 25) i;

INSERT INTO document (title, source, published, text, sha256, extractor_version)
SELECT '基准文档 ' || i, '基准日报', date '2016-01-01' + (i % 3650), 'bench ' || i, 'bench-' || i, 'bench'
FROM generate_series(0, :docs - 1) i;

CREATE TEMP TABLE bench_county AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS k
FROM region
WHERE CASE WHEN :'scope' = 'all' THEN level <> 'country'
           ELSE level = 'county' AND substr(code, 1, 2) IN ('36', '42', '43', '44') END;
CREATE TEMP TABLE bench_doc AS
SELECT id, substr(sha256, 7)::int AS k FROM document WHERE sha256 LIKE 'bench-%';

INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, period_type, value,
                         unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version)
SELECT d.id,
       'bench.i' || lpad(((g / n.c) % 25 + 1)::text, 2, '0'),
       c.code,
       make_date(2016 + ((g / (n.c * 25)) % 10)::int, 1, 1),
       make_date(2016 + ((g / (n.c * 25)) % 10)::int, 12, 31),
       'year',
       round((random() * 1e9)::numeric, 0),
       CASE WHEN (g / n.c) % 25 + 1 > 20 THEN 'percent' ELSE 'money_cny' END,
       CASE WHEN (g / n.c) % 25 + 1 > 20 THEN '%' ELSE '亿元' END, 'exact',
       CASE WHEN (g / (n.c * 250)) % 2 = 0 THEN 'actual' ELSE 'target' END,
       '基准', 0, 1, 'bench'
FROM generate_series(0::bigint, :rows - 1) g
CROSS JOIN (SELECT count(*)::bigint AS c FROM bench_county) n
JOIN bench_county c ON c.k = g % n.c
JOIN bench_doc d ON d.k = (g * 7919) % :docs;

-- Announce it as an ingest would, so running services move their ETags on.
INSERT INTO data_version_commit (version) SELECT nextval('data_version_seq');
SELECT pg_notify('zhibiao_data_version', 'bench');
COMMIT;
-- What autovacuum does to a live database: the visibility map lets index-only scans skip the heap.
VACUUM ANALYZE observation;
VACUUM ANALYZE document;
\endif
-- Also where the data was loaded before: autovacuum would have analysed the fact table the load filled (V61) and
-- the gazetteer; without statistics the planner takes either for a few rows and probes them one by one.
VACUUM ANALYZE fact;
ANALYZE region;
SELECT count(*) AS observations FROM observation;
