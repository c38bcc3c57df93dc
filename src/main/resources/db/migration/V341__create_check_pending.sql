-- The series a write touched whose findings are not yet recomputed (io.zhibiao.checks.CheckRefresh): each writing
-- transaction appends its (indicator, region) pairs here, and one background pass per interval takes them all
-- (DELETE … RETURNING, under the checks' advisory lock) and refreshes the distinct set once. No key and no index, on
-- purpose: concurrent writers only append and never wait on each other; the pass reads the whole table every time.
-- The rows commit with the figures, so a crash loses nothing: the next pass (on any instance) takes them.
CREATE TABLE check_pending (
    indicator_code text NOT NULL,
    region_code    text NOT NULL
);
