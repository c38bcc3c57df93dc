-- The gazetteer: every province, prefecture and county-level unit, under one national root.
CREATE TABLE region (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        text NOT NULL,
    short_name  text NOT NULL,
    level       text NOT NULL CHECK (level IN ('country', 'province', 'prefecture', 'county')),
    parent_code text REFERENCES region (code)
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_level_idx ON region (level);

-- The indicator catalog; filled at start-up from the extractor's catalog.
CREATE TABLE indicator (
    code       text PRIMARY KEY,
    name       text NOT NULL,
    unit_class text NOT NULL,
    summable   boolean NOT NULL
);

CREATE SEQUENCE document_id_seq;
CREATE TABLE document (
    id                bigint PRIMARY KEY DEFAULT nextval('document_id_seq'),
    title             text NOT NULL,
    source            text NOT NULL,
    published         date NOT NULL,
    text              text NOT NULL,
    sha256            text NOT NULL UNIQUE,
    default_region    text REFERENCES region (code),
    extractor_version text NOT NULL,
    ingested_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_published_idx ON document (published DESC, id DESC);

-- A sequence stepping by 50 lets Hibernate batch observation inserts (IDENTITY would not).
CREATE SEQUENCE observation_id_seq INCREMENT BY 50;
CREATE TABLE observation (
    id                bigint PRIMARY KEY DEFAULT nextval('observation_id_seq'),
    document_id       bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    indicator_code    text NOT NULL REFERENCES indicator (code),
    region_code       text NOT NULL REFERENCES region (code),
    period_start      date NOT NULL,
    period_end        date NOT NULL CHECK (period_end >= period_start),
    value             numeric NOT NULL,
    value_max         numeric,
    unit_class        text NOT NULL,
    unit              text NOT NULL,
    qualifier         text NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range')),
    kind              text NOT NULL CHECK (kind IN ('actual', 'target')),
    topic             text NOT NULL DEFAULT '',
    quote             text NOT NULL,
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL,
    extractor_version text NOT NULL
);
-- Series and roll-ups select by indicator, then region, then period.
CREATE INDEX observation_series_idx ON observation (indicator_code, region_code, period_end, kind);
CREATE INDEX observation_region_idx ON observation (region_code);
CREATE INDEX observation_document_idx ON observation (document_id);
