-- Rankings and roll-ups of one period ask for every region's fact of an indicator, kind and period: with the period
-- before the region in the key they are one range of this index instead of a probe of the primary key per region
-- (2,846 for a ranking of every county of China).
CREATE INDEX fact_period_idx ON fact (indicator_code, kind, period_end, period_start, period_type, region_code)
    INCLUDE (unit_class, value, value_max, qualifier, unit, observation_id, reports);
