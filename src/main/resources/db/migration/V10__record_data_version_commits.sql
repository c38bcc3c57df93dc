-- One row per committed data change. The sequence alone cannot say what has committed: nextval is
-- taken inside a transaction that may still be open or roll back, and two ingests can commit out of
-- order. Replicas read max(version) and count(*) of this table (after a NOTIFY, or by polling) so
-- their ETag token changes exactly when a change has committed, and is the same on every replica.
CREATE TABLE data_version_commit (
    version      bigint PRIMARY KEY,
    committed_at timestamptz NOT NULL DEFAULT now()
);

-- Changes made before this table existed count as one commit of the sequence's current value.
INSERT INTO data_version_commit (version)
SELECT last_value FROM data_version_seq WHERE is_called;
