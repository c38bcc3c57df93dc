-- A series is indicator + breakdown (V90): 粗钢产量 of output.mass.yoy is a series of its own, apart from the
-- indicator's total. The change log keyed only indicator, region and period type, so a change to 粗钢's series was
-- logged (and streamed) as a change of the total: a dashboard showing 粗钢 never heard of it, and one showing the
-- total was told of a change that was not there. The breakdown's canonical key (extract.Breakdowns: product=粗钢,
-- '' for the total) joins the key. Rows logged before this migration were logged as totals and stay so.
ALTER TABLE series_change ADD COLUMN breakdown text NOT NULL DEFAULT '';
