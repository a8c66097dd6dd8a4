-- dyadscope event store, schema version 1.
-- Run whole by dyadscope/store/db.py when it creates a store; a new version adds
-- a migration there and bumps SCHEMA_VERSION.

-- The version row: exactly one row, written when the schema is created.
CREATE TABLE schema_version (
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Key/value settings the store depends on (the dedup parameter fingerprint).
CREATE TABLE store_meta (
    key    VARCHAR NOT NULL,
    value  VARCHAR
);

-- One row per stored document (the contract's document record, plus store fields).
CREATE TABLE documents (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL,       -- sha256 hex of text: a re-sent text is skipped
    title         VARCHAR,
    date          DATE,                   -- publication date
    source        VARCHAR,                -- publisher
    url           VARCHAR,
    language      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    tone          DOUBLE,                 -- VADER mean sentence tone x 10 (-10..+10); stages/tone.py
    cluster_id    VARCHAR NOT NULL,       -- near-duplicate cluster: its smallest document id
    events        INTEGER NOT NULL,       -- events coded from this document
    ingested_at   TIMESTAMP NOT NULL
);
CREATE INDEX documents_content_hash ON documents (content_hash);

-- MinHash signature of each document (NUM_PERM little-endian uint32 values).
CREATE TABLE doc_signatures (
    doc_id   VARCHAR NOT NULL,
    minhash  BLOB NOT NULL
);

-- The persisted LSH index: one bucket key per band per document.
CREATE TABLE doc_lsh (
    band    SMALLINT NOT NULL,
    bucket  BIGINT NOT NULL,
    doc_id  VARCHAR NOT NULL
);

-- Event mentions: every field of the contract's event record, actors and place flattened.
CREATE TABLE events (
    event_id             VARCHAR NOT NULL,
    event_key            BIGINT NOT NULL,  -- 60 bits of sha256(event_id): a cheap, stable sort key
    doc_id               VARCHAR NOT NULL,
    sentence             INTEGER NOT NULL,
    evidence             VARCHAR NOT NULL,
    date                 DATE,             -- the event's date, or the publication date (see next)
    date_is_publication  BOOLEAN NOT NULL, -- true: the coder found no date; `date` is the publication date
    source_text          VARCHAR,          -- null: no source actor
    source_name          VARCHAR,
    source_code          VARCHAR,
    source_country       VARCHAR,
    source_sector        VARCHAR,
    source_start         INTEGER,
    source_end           INTEGER,
    target_text          VARCHAR,          -- null: no target actor
    target_name          VARCHAR,
    target_code          VARCHAR,
    target_country       VARCHAR,
    target_sector        VARCHAR,
    target_start         INTEGER,
    target_end           INTEGER,
    cameo                VARCHAR NOT NULL,
    plover               VARCHAR,
    plover_mode          VARCHAR,
    goldstein            DOUBLE NOT NULL,
    quad_class           TINYINT NOT NULL,
    status               VARCHAR NOT NULL,
    historical           BOOLEAN NOT NULL,
    location_name        VARCHAR,          -- null: no location
    location_country     VARCHAR,
    location_admin1      VARCHAR,
    location_lat         DOUBLE,
    location_lon         DOUBLE,
    location_geonameid   BIGINT,
    location_feature     VARCHAR,
    trigger_text         VARCHAR NOT NULL,
    trigger_start        INTEGER NOT NULL,
    trigger_end          INTEGER NOT NULL,
    attribution          VARCHAR[] NOT NULL,
    confidence           DOUBLE NOT NULL,
    rule                 VARCHAR NOT NULL,
    cluster_id           BIGINT            -- its merged event; null only inside a write transaction
);

-- Merged events: mentions of one event (see dyadscope/dedup.py), GDELT-style counts.
-- Actors and codes come from the representative mention (highest confidence), the
-- place from the most confident mention that names one. The id is a 60-bit number
-- (GDELT's GlobalEventID is this number); the API prints it as `ec-` + 15 hex digits.
CREATE TABLE event_clusters (
    cluster_id          BIGINT NOT NULL,
    date                DATE,              -- the earliest mention's date
    date_last           DATE,              -- the latest mention's date
    source_name         VARCHAR,
    source_code         VARCHAR,
    source_country      VARCHAR,
    source_sector       VARCHAR,
    target_name         VARCHAR,
    target_code         VARCHAR,
    target_country      VARCHAR,
    target_sector       VARCHAR,
    cameo               VARCHAR NOT NULL,
    plover              VARCHAR,
    plover_mode         VARCHAR,
    goldstein           DOUBLE NOT NULL,
    quad_class          TINYINT NOT NULL,
    status              VARCHAR NOT NULL,
    historical          BOOLEAN NOT NULL,
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_admin1     VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_geonameid  BIGINT,
    location_feature    VARCHAR,
    num_mentions        INTEGER NOT NULL,  -- mentions merged (GDELT NumMentions)
    num_sources         INTEGER NOT NULL,  -- distinct publishers (GDELT NumSources)
    num_articles        INTEGER NOT NULL,  -- distinct documents (GDELT NumArticles)
    num_stories         INTEGER NOT NULL,  -- distinct near-duplicate document clusters
    avg_tone            DOUBLE,            -- mean tone of the documents that report the event
    confidence          DOUBLE NOT NULL,   -- the highest mention confidence
    is_root             BOOLEAN NOT NULL,  -- some mention is a document's first sentence
    event_id            VARCHAR NOT NULL,  -- the representative mention
    doc_id              VARCHAR NOT NULL,  -- its document
    url                 VARCHAR,           -- the first member document's url
    date_added          TIMESTAMP NOT NULL -- when its first mention was stored
);

INSERT INTO schema_version (version) VALUES (1);
