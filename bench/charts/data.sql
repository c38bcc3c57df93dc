-- Bench data: one article's worth of loan figures for 鹰潭市 and its three county-level units, 2021-2025,
-- so the chart benches have series and comparison charts to serve. Idempotent (by the article's hash);
-- marked with the newest extractor version so start-up re-extraction leaves it alone.
-- Usage: psql -h 127.0.0.1 -U postgres -d <db> -f bench/charts/data.sql
WITH doc AS (
    INSERT INTO document (title, source, published, text, sha256, default_region, extractor_version)
    SELECT '鹰潭市2021-2025年贷款发放情况（基准测试数据）', '基准测试', DATE '2026-01-10', '基准测试数据', 'bench-charts-loans',
           '360600', coalesce((SELECT max(extractor_version) FROM document), 'bench')
    WHERE NOT EXISTS (SELECT 1 FROM document WHERE sha256 = 'bench-charts-loans')
    RETURNING id, extractor_version)
INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, period_type, value,
                         unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version)
SELECT doc.id, 'loans.issued', r.code, make_date(y, 1, 1), make_date(y, 12, 31), 'year',
       r.base * (1 + 0.08 * (y - 2021)), 'money_cny', '亿元', 'exact', 'actual', '基准测试数据', 0, 6,
       doc.extractor_version
FROM doc, generate_series(2021, 2025) y,
     (VALUES ('360600', 21000000000), ('360602', 7200000000), ('360603', 4100000000), ('360681', 6300000000)) r(code, base);
