-- Bumped in every transaction that changes documents or observations; read sides derive ETags from
-- it and chart rendering keys on it. A sequence, so replicas share one counter without locking.
CREATE SEQUENCE data_version_seq;
