-- Named statements of the dyadscope store. `-- name: NAME` starts a statement;
-- db.sql(NAME) returns it. Every value comes in through a `?` parameter or
-- through a table the writer registers (new_documents, new_events, new_lsh,
-- relabel, labels); no statement is built from user text.

-- name: has_schema_version
SELECT count(*) FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'schema_version'

-- name: schema_version
SELECT max(version) FROM schema_version

-- name: user_tables
SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND NOT internal

-- name: meta_get
SELECT value FROM store_meta WHERE key = ?

-- name: meta_delete
DELETE FROM store_meta WHERE key = ?

-- name: meta_insert
INSERT INTO store_meta (key, value) VALUES (?, ?)

-- name: stored_documents
SELECT id, content_hash FROM documents
WHERE id IN (SELECT unnest(?::VARCHAR[])) OR content_hash IN (SELECT unnest(?::VARCHAR[]))

-- name: count_documents
SELECT count(*) FROM documents

-- name: insert_lsh
INSERT INTO doc_lsh (band, bucket, doc_id) SELECT band, bucket, doc_id FROM new_lsh

-- name: lsh_candidates
SELECT DISTINCT n.doc_id, l.doc_id
FROM new_lsh n JOIN doc_lsh l ON l.band = n.band AND l.bucket = n.bucket AND l.doc_id <> n.doc_id

-- name: stored_signatures
SELECT s.doc_id, s.minhash, d.cluster_id
FROM doc_signatures s JOIN documents d ON d.id = s.doc_id
WHERE s.doc_id IN (SELECT unnest(?::VARCHAR[]))

-- name: insert_documents
INSERT INTO documents (id, content_hash, title, date, source, url, language, text, tone, cluster_id, events,
                       ingested_at)
SELECT id, content_hash, title, CAST(date AS DATE), source, url, language, text, CAST(tone AS DOUBLE), cluster_id,
       CAST(events AS INTEGER), CAST(? AS TIMESTAMP)
FROM new_documents

-- name: insert_signatures
INSERT INTO doc_signatures (doc_id, minhash) SELECT doc_id, CAST(minhash AS BLOB) FROM new_signatures

-- name: relabel_events
-- The merged event clusters of relabelled documents count stories anew.
UPDATE events SET cluster_id = NULL
WHERE doc_id IN (SELECT id FROM documents WHERE cluster_id IN (SELECT old_label FROM relabel))

-- name: relabel_documents
UPDATE documents SET cluster_id = r.new_label FROM relabel r WHERE documents.cluster_id = r.old_label

-- name: event_key_clash
-- Event keys stand in for event ids inside the store; two ids must never share one.
SELECT count(*) FROM events WHERE event_key IN (SELECT event_key FROM new_events)

-- name: insert_events
INSERT INTO events (event_id, event_key, doc_id, sentence, evidence, date, date_is_publication,
    source_text, source_name, source_code, source_country, source_sector, source_start, source_end,
    target_text, target_name, target_code, target_country, target_sector, target_start, target_end,
    cameo, plover, plover_mode, goldstein, quad_class, status, historical,
    location_name, location_country, location_admin1, location_lat, location_lon, location_geonameid,
    location_feature, trigger_text, trigger_start, trigger_end, attribution, confidence, rule, cluster_id)
SELECT event_id, CAST(event_key AS BIGINT), doc_id, CAST(sentence AS INTEGER), evidence, CAST(date AS DATE), CAST(date_is_publication AS BOOLEAN),
    CAST(source_text AS VARCHAR), CAST(source_name AS VARCHAR), CAST(source_code AS VARCHAR),
    CAST(source_country AS VARCHAR), CAST(source_sector AS VARCHAR), CAST(source_start AS INTEGER),
    CAST(source_end AS INTEGER),
    CAST(target_text AS VARCHAR), CAST(target_name AS VARCHAR), CAST(target_code AS VARCHAR),
    CAST(target_country AS VARCHAR), CAST(target_sector AS VARCHAR), CAST(target_start AS INTEGER),
    CAST(target_end AS INTEGER),
    cameo, CAST(plover AS VARCHAR), CAST(plover_mode AS VARCHAR), CAST(goldstein AS DOUBLE),
    CAST(quad_class AS TINYINT), status, CAST(historical AS BOOLEAN),
    CAST(location_name AS VARCHAR), CAST(location_country AS VARCHAR), CAST(location_admin1 AS VARCHAR),
    CAST(location_lat AS DOUBLE), CAST(location_lon AS DOUBLE), CAST(location_geonameid AS BIGINT),
    CAST(location_feature AS VARCHAR), trigger_text, CAST(trigger_start AS INTEGER), CAST(trigger_end AS INTEGER),
    CAST(attribution AS VARCHAR[]), CAST(confidence AS DOUBLE), rule, NULL
FROM new_events

-- name: recluster_touched
-- Stored event clusters that a pending mention (cluster_id NULL) falls next to:
-- same merge key, date within the window of the cluster's first..last date.
CREATE OR REPLACE TEMP TABLE touched AS
SELECT DISTINCT c.cluster_id
FROM event_clusters c
JOIN (SELECT DISTINCT source_code, target_code, cameo, status, historical, date
      FROM events WHERE cluster_id IS NULL AND date IS NOT NULL) n
  ON c.source_code IS NOT DISTINCT FROM n.source_code
 AND c.target_code IS NOT DISTINCT FROM n.target_code
 AND c.cameo = n.cameo AND c.status = n.status AND c.historical = n.historical
 AND n.date BETWEEN c.date - CAST(? AS INTEGER) AND c.date_last + CAST(? AS INTEGER)

-- name: recluster_assign
-- Single-linkage merge of the pending mentions and the touched clusters' members
-- (the SQL twin of dedup.event_clusters): sorted by date within a key, a gap
-- larger than the window, or a missing date, starts a new cluster.
CREATE OR REPLACE TEMP TABLE assign AS
WITH work AS (
    SELECT event_id, event_key, source_code, target_code, cameo, status, historical, date FROM events
    WHERE cluster_id IS NULL OR cluster_id IN (SELECT cluster_id FROM touched)
), marked AS (
    SELECT *, CASE WHEN date IS NULL OR lag(date) OVER w IS NULL OR date - lag(date) OVER w > CAST(? AS INTEGER)
                   THEN 1 ELSE 0 END AS brk
    FROM work
    WINDOW w AS (PARTITION BY source_code, target_code, cameo, status, historical
                 ORDER BY date ASC NULLS LAST, event_id)
), grouped AS (
    SELECT *, sum(brk) OVER (PARTITION BY source_code, target_code, cameo, status, historical
                             ORDER BY date ASC NULLS LAST, event_id ROWS UNBOUNDED PRECEDING) AS grp
    FROM marked
)
SELECT event_key,
       CAST('0x' || left(sha256(min(event_id) OVER (PARTITION BY source_code, target_code, cameo, status, historical,
                                                    grp)), 15) AS BIGINT) AS cluster_id
FROM grouped

-- name: recluster_update
UPDATE events SET cluster_id = a.cluster_id FROM assign a WHERE events.event_key = a.event_key

-- name: recluster_delete
DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM touched)

-- name: recluster_insert
INSERT INTO event_clusters
WITH members AS (
    SELECT e.event_id, e.event_key, e.doc_id, e.sentence, e.date, e.cluster_id, e.confidence,
           e.source_name, e.source_code, e.source_country, e.source_sector,
           e.target_name, e.target_code, e.target_country, e.target_sector,
           e.cameo, e.plover, e.plover_mode, e.goldstein, e.quad_class, e.status, e.historical,
           e.location_name, e.location_country, e.location_admin1, e.location_lat, e.location_lon,
           e.location_geonameid, e.location_feature,
           d.source AS publisher, d.cluster_id AS story, d.tone, d.url AS doc_url, d.ingested_at
    FROM events e JOIN documents d ON d.id = e.doc_id
    WHERE e.event_key IN (SELECT event_key FROM assign)
), stats AS (
    SELECT cluster_id, min(date) AS date, max(date) AS date_last, count(*) AS num_mentions,
           count(DISTINCT publisher) AS num_sources, count(DISTINCT doc_id) AS num_articles,
           count(DISTINCT story) AS num_stories, avg(tone) AS avg_tone, max(confidence) AS confidence,
           bool_or(sentence = 0) AS is_root,
           arg_min(doc_url, doc_id) FILTER (WHERE doc_url IS NOT NULL) AS url,
           min(ingested_at) AS date_added
    FROM members GROUP BY cluster_id
), rep AS (
    SELECT DISTINCT ON (cluster_id) * FROM members ORDER BY cluster_id, confidence DESC, event_id
), place AS (
    -- the place of the most confident mention that names one
    SELECT DISTINCT ON (cluster_id) * FROM members WHERE location_name IS NOT NULL
    ORDER BY cluster_id, confidence DESC, event_id
)
SELECT s.cluster_id, s.date, s.date_last,
       r.source_name, r.source_code, r.source_country, r.source_sector,
       r.target_name, r.target_code, r.target_country, r.target_sector,
       r.cameo, r.plover, r.plover_mode, r.goldstein, r.quad_class, r.status, r.historical,
       p.location_name, p.location_country, p.location_admin1, p.location_lat, p.location_lon,
       p.location_geonameid, p.location_feature,
       s.num_mentions, s.num_sources, s.num_articles, s.num_stories, s.avg_tone, s.confidence, s.is_root,
       r.event_id, r.doc_id, s.url, s.date_added
FROM stats s JOIN rep r ON r.cluster_id = s.cluster_id LEFT JOIN place p ON p.cluster_id = s.cluster_id

-- name: recluster_cleanup
DROP TABLE IF EXISTS touched;
DROP TABLE IF EXISTS assign

-- name: reset_dedup
DELETE FROM doc_signatures;
DELETE FROM doc_lsh;
UPDATE documents SET cluster_id = id;
UPDATE events SET cluster_id = NULL;
DELETE FROM event_clusters

-- name: documents_text
SELECT id, text FROM documents ORDER BY id LIMIT ? OFFSET ?

-- name: all_lsh_pairs
SELECT DISTINCT a.doc_id, b.doc_id
FROM doc_lsh a JOIN doc_lsh b ON a.band = b.band AND a.bucket = b.bucket AND a.doc_id < b.doc_id

-- name: signatures_of
SELECT doc_id, minhash FROM doc_signatures WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))

-- name: set_labels
UPDATE documents SET cluster_id = l.label FROM labels l WHERE documents.id = l.doc_id

-- name: export_events
-- Every mention with its document's publication fields and its merged event's counts.
SELECT e.* EXCLUDE (attribution), array_to_string(e.attribution, '; ') AS attribution,
       d.date AS publication_date, d.source AS publisher, d.url, d.title, d.cluster_id AS story_cluster,
       c.num_mentions, c.num_sources, c.num_articles,
       coalesce(strftime(e.date, '%Y-%m'), 'undated') AS year_month
FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
WHERE (CAST(? AS DATE) IS NULL OR e.date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR e.date <= CAST(? AS DATE))
ORDER BY e.date, e.event_id

-- name: export_clusters
SELECT c.*, coalesce(strftime(c.date, '%Y-%m'), 'undated') AS year_month
FROM event_clusters c
WHERE (CAST(? AS DATE) IS NULL OR c.date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR c.date <= CAST(? AS DATE))
ORDER BY c.date, c.cluster_id

-- name: export_gdelt
-- GDELT 2.0 event table, 61 columns in the codebook's order. Country codes are
-- CAMEO/ISO3 (GDELT's geo country codes are FIPS 10-4; we have no FIPS table, so
-- the ActionGeo country is ISO3 too). Actor geography is not coded (type 0).
SELECT
    cluster_id AS GlobalEventID,
    CAST(strftime(date, '%Y%m%d') AS INTEGER) AS Day,
    CAST(strftime(date, '%Y%m') AS INTEGER) AS MonthYear,
    year(date) AS Year,
    round(year(date) + (month(date) * 30 + day(date)) / 365.0, 4) AS FractionDate,
    coalesce(source_code, '') AS Actor1Code,
    regexp_replace(upper(source_name), '[\t\r\n]', ' ', 'g') AS Actor1Name,
    source_country AS Actor1CountryCode,
    CASE WHEN starts_with(source_code, 'IGO') THEN substr(source_code, 4, 3) END AS Actor1KnownGroupCode,
    NULL AS Actor1EthnicCode, NULL AS Actor1Religion1Code, NULL AS Actor1Religion2Code,
    source_sector AS Actor1Type1Code, NULL AS Actor1Type2Code, NULL AS Actor1Type3Code,
    coalesce(target_code, '') AS Actor2Code,
    regexp_replace(upper(target_name), '[\t\r\n]', ' ', 'g') AS Actor2Name,
    target_country AS Actor2CountryCode,
    CASE WHEN starts_with(target_code, 'IGO') THEN substr(target_code, 4, 3) END AS Actor2KnownGroupCode,
    NULL AS Actor2EthnicCode, NULL AS Actor2Religion1Code, NULL AS Actor2Religion2Code,
    target_sector AS Actor2Type1Code, NULL AS Actor2Type2Code, NULL AS Actor2Type3Code,
    CASE WHEN is_root THEN 1 ELSE 0 END AS IsRootEvent,
    cameo AS EventCode, left(cameo, 3) AS EventBaseCode, left(cameo, 2) AS EventRootCode,
    quad_class AS QuadClass, goldstein AS GoldsteinScale,
    num_mentions AS NumMentions, num_sources AS NumSources, num_articles AS NumArticles,
    avg_tone AS AvgTone,
    0 AS Actor1Geo_Type, NULL AS Actor1Geo_FullName, NULL AS Actor1Geo_CountryCode, NULL AS Actor1Geo_ADM1Code,
    NULL AS Actor1Geo_ADM2Code, NULL AS Actor1Geo_Lat, NULL AS Actor1Geo_Long, NULL AS Actor1Geo_FeatureID,
    0 AS Actor2Geo_Type, NULL AS Actor2Geo_FullName, NULL AS Actor2Geo_CountryCode, NULL AS Actor2Geo_ADM1Code,
    NULL AS Actor2Geo_ADM2Code, NULL AS Actor2Geo_Lat, NULL AS Actor2Geo_Long, NULL AS Actor2Geo_FeatureID,
    CASE WHEN location_name IS NULL THEN 0
         WHEN location_feature = 'country' OR starts_with(location_feature, 'PCL') THEN 1
         WHEN location_feature IN ('admin1', 'ADM1') THEN 5
         ELSE 4 END AS ActionGeo_Type,
    regexp_replace(concat_ws(', ', location_name, location_admin1), '[\t\r\n]', ' ', 'g') AS ActionGeo_FullName,
    location_country AS ActionGeo_CountryCode,
    location_admin1 AS ActionGeo_ADM1Code,
    NULL AS ActionGeo_ADM2Code,
    location_lat AS ActionGeo_Lat, location_lon AS ActionGeo_Long,
    location_geonameid AS ActionGeo_FeatureID,
    CAST(strftime(date_added, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
    regexp_replace(coalesce(url, doc_id), '[\t\r\n]', ' ', 'g') AS SOURCEURL
FROM event_clusters
WHERE date IS NOT NULL
  AND (CAST(? AS DATE) IS NULL OR date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR date <= CAST(? AS DATE))
ORDER BY date, cluster_id

-- name: export_polecat
-- POLECAT-style event records, one per mention.
SELECT e.event_id, e.doc_id AS story_id, d.date AS story_date, e.date AS event_date, e.date_is_publication,
       d.source AS publisher, d.url,
       e.source_text AS source, e.source_name AS source_actor, e.source_sector AS source_agent,
       e.source_country, e.source_code,
       e.target_text AS target, e.target_name AS target_actor, e.target_sector AS target_agent,
       e.target_country, e.target_code,
       e.plover AS event_type, e.plover_mode AS mode, NULL AS context,
       e.cameo, e.quad_class, e.goldstein AS intensity, e.status, e.historical,
       e.location_name AS placename, e.location_admin1 AS province, e.location_country AS country,
       e.location_lat AS latitude, e.location_lon AS longitude, e.location_geonameid AS geonameid,
       e.location_feature AS feature_type,
       e.trigger_text AS trigger, e.evidence AS sentence_text, array_to_string(e.attribution, '; ') AS attribution,
       e.confidence, e.rule, e.cluster_id, c.num_mentions, c.num_sources, c.num_articles
FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
WHERE (CAST(? AS DATE) IS NULL OR e.date >= CAST(? AS DATE)) AND (CAST(? AS DATE) IS NULL OR e.date <= CAST(? AS DATE))
ORDER BY e.date, e.event_id

-- Read statements. `{table}`, `{id}`, `{where}` and `{direction}` are filled by
-- query.py with fixed fragments only (table and column names from its own
-- constants, filters as `?` placeholders); user values are always parameters.

-- name: select_events
SELECT event_id, doc_id, sentence, evidence, date, date_is_publication,
       source_text, source_name, source_code, source_country, source_sector, source_start, source_end,
       target_text, target_name, target_code, target_country, target_sector, target_start, target_end,
       cameo, plover, plover_mode, goldstein, quad_class, status, historical,
       location_name, location_country, location_admin1, location_lat, location_lon, location_geonameid,
       location_feature, trigger_text, trigger_start, trigger_end, attribution, confidence, rule, cluster_id
FROM events
WHERE {where}
ORDER BY date DESC NULLS LAST, event_key
LIMIT ? OFFSET ?

-- name: select_clusters
SELECT cluster_id, date, date_last, source_name, source_code, source_country, source_sector,
       target_name, target_code, target_country, target_sector, cameo, plover, plover_mode, goldstein,
       quad_class, status, historical, location_name, location_country, location_admin1, location_lat,
       location_lon, location_geonameid, location_feature, num_mentions, num_sources, num_articles,
       num_stories, avg_tone, confidence, is_root, event_id, doc_id, url, date_added
FROM event_clusters
WHERE {where}
ORDER BY date DESC NULLS LAST, cluster_id
LIMIT ? OFFSET ?

-- name: count_rows
SELECT count(*) FROM {table} WHERE {where}

-- name: relation_rows
-- One row per period, direction, quad class and PLOVER type of a dyad (ids
-- unsorted: relations.series sorts them).
SELECT CAST(date_trunc(?, date) AS DATE) AS period,
       CASE WHEN {direction} THEN 'ab' ELSE 'ba' END AS direction,
       quad_class, plover, count(*) AS n, sum(goldstein) AS goldstein_sum, list({id}) AS ids
FROM {table}
WHERE date IS NOT NULL AND {where}
GROUP BY ALL

-- name: top_actors
WITH sides AS (
    SELECT source_code AS code, source_name AS name, source_country AS country, 1 AS as_source
    FROM {table} WHERE source_code IS NOT NULL AND {where}
    UNION ALL
    SELECT target_code, target_name, target_country, 0
    FROM {table} WHERE target_code IS NOT NULL AND {where}
)
SELECT code, mode(name ORDER BY name), mode(country ORDER BY country), count(*) AS n, sum(as_source), count(*) - sum(as_source)
FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ?

-- name: top_dyads
SELECT source_code, target_code, mode(source_name ORDER BY source_name), mode(target_name ORDER BY target_name), count(*) AS n,
       count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)),
       round(avg(goldstein), 4)
FROM {table}
WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND {where}
GROUP BY source_code, target_code
ORDER BY n DESC, source_code, target_code
LIMIT ?

-- name: stats
SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT cluster_id) FROM documents),
       (SELECT count(*) FROM events), (SELECT count(*) FROM event_clusters),
       (SELECT min(date) FROM events), (SELECT max(date) FROM events)

-- name: get_document
SELECT id, content_hash, title, date, source, url, language, text, tone, cluster_id, events, ingested_at
FROM documents WHERE id = ?

-- name: documents_in_cluster
SELECT id FROM documents WHERE cluster_id = ? ORDER BY id
