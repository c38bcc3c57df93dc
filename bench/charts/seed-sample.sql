-- Figures of the seed page (江西日报 2026-01-08) as the gold annotation (../shared/eval/seed.gold.jsonl
-- L36, L56-L58) reads them, under catalog-style codes, attached to the stored seed document. Used until
-- the new extractor stores them itself; only for the sample chart and the benchmark database.
INSERT INTO indicator (code, name, unit_class, summable) VALUES
    ('enrollment.target', '在读学生规模', 'person', true),
    ('investment.water', '全社会水利投入', 'money_cny', true)
ON CONFLICT (code) DO NOTHING;

DELETE FROM observation WHERE indicator_code IN ('enrollment.target', 'investment.water');

INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, value, value_max,
                         unit_class, unit, qualifier, kind, topic, quote, start_offset, end_offset, extractor_version)
SELECT d.id, v.indicator, v.region, v.period_start::date, v.period_end::date, v.value, v.value_max,
       v.unit_class, v.unit, v.qualifier, v.kind, v.topic, v.quote, strpos(d.text, v.quote) - 1,
       strpos(d.text, v.quote) - 1 + length(v.quote), 'gold'
FROM document d,
     (VALUES
        ('investment.water', '360000', '2025-01-01', '2025-12-31', 65700000000, NULL::numeric, 'money_cny', '亿元',
         'exact', 'actual', '全社会水利投入', '落实全社会水利投入657亿元'),
        ('enrollment.target', '360703', '2026-01-01', '2026-12-31', 300, 500, 'person', '名',
         'range', 'target', '低空经济现代产业学院首批选拔入驻学生数', '完成首批300名至500名学生选拔入驻'),
        ('enrollment.target', '360703', '2027-01-01', '2029-12-31', 1500, NULL, 'person', '人',
         'at_least', 'target', '低空经济现代产业学院在读学生规模', '在读规模达1500人以上'),
        ('enrollment.target', '360703', '2030-01-01', '2030-12-31', 2000, NULL, 'person', '人',
         'approx', 'target', '低空经济现代产业学院稳定在读学生规模', '2029年后稳定在2000人左右'))
     AS v(indicator, region, period_start, period_end, value, value_max, unit_class, unit, qualifier, kind, topic, quote)
WHERE d.published = '2026-01-08' AND d.source = '江西日报';
