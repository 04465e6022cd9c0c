-- Herald's store, version 1. Spans are [start, end) UTF-16 offsets into articles.text.
-- Every table is keyed by deterministic ids: storing the same article twice changes nothing.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
  id VARCHAR PRIMARY KEY,
  origin VARCHAR, url VARCHAR, site VARCHAR, language VARCHAR,
  title VARCHAR, standfirst VARCHAR,
  published VARCHAR, published_precision VARCHAR, published_from VARCHAR,
  content_hash VARCHAR NOT NULL,
  story VARCHAR NOT NULL,          -- duplicate cluster, else content hash: copies of one story share it
  text VARCHAR NOT NULL,
  stored_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
  id VARCHAR PRIMARY KEY,
  article VARCHAR NOT NULL, sentence INTEGER NOT NULL,
  root BOOLEAN, headline BOOLEAN,
  code VARCHAR NOT NULL, root_code VARCHAR NOT NULL,
  plover_type VARCHAR, plover_mode VARCHAR,
  quad INTEGER, goldstein DOUBLE, mode VARCHAR NOT NULL,
  attribution_text VARCHAR, attribution_actor VARCHAR,
  source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_code VARCHAR, source_country VARCHAR, source_name VARCHAR,
  target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,
  trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
  date VARCHAR, date_precision VARCHAR, historical BOOLEAN,
  place_name VARCHAR, geonameid BIGINT, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
  confidence DOUBLE,
  event_key VARCHAR NOT NULL       -- same act, same actors, same day: one event however often reported
);

CREATE TABLE IF NOT EXISTS actor_mentions (
  article VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
  sentence INTEGER, start_offset INTEGER, end_offset INTEGER, text VARCHAR,
  code VARCHAR, country VARCHAR, roles VARCHAR, name VARCHAR, how VARCHAR,
  PRIMARY KEY (article, ordinal)
);

CREATE TABLE IF NOT EXISTS quotes (
  article VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
  sentence INTEGER, start_offset INTEGER, end_offset INTEGER, text VARCHAR, kind VARCHAR,
  speaker_text VARCHAR, speaker_code VARCHAR, speaker_name VARCHAR,
  PRIMARY KEY (article, ordinal)
);

CREATE TABLE IF NOT EXISTS places (
  article VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
  name VARCHAR, geonameid BIGINT, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
  feature_class VARCHAR, start_offset INTEGER, end_offset INTEGER,
  PRIMARY KEY (article, ordinal)
);

-- Events, not reports: mentions of one event rolled up, with how many mentions, articles,
-- distinct stories (near-duplicate copies count once) and sites report it. The date's precision
-- and the first and last day it can stand for ("2024-05": 2024-05-01 to 2024-05-31) let a date
-- range take only the events known to fall inside it.
CREATE OR REPLACE VIEW event_rollup AS
SELECT r.*,
       CASE length(r.date) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' END AS date_precision,
       CASE length(r.date) WHEN 10 THEN r.date WHEN 7 THEN r.date || '-01' WHEN 4 THEN r.date || '-01-01' END AS date_first,
       CASE length(r.date) WHEN 10 THEN r.date
                           WHEN 7 THEN strftime(last_day(TRY_CAST(r.date || '-01' AS DATE)), '%Y-%m-%d')
                           WHEN 4 THEN r.date || '-12-31' END AS date_last
FROM (
  SELECT e.event_key,
         any_value(e.code) AS code, any_value(e.root_code) AS root_code, any_value(e.plover_type) AS plover_type,
         any_value(e.quad) AS quad, any_value(e.goldstein) AS goldstein,
         any_value(e.source_code) AS source_code, any_value(e.target_code) AS target_code,
         min(coalesce(e.date, a.published)) AS date,
         mode() WITHIN GROUP (ORDER BY e.mode) AS mode,
         any_value(e.place_name) AS place_name, any_value(e.lat) AS lat, any_value(e.lon) AS lon,
         count(*) AS mentions, count(DISTINCT e.article) AS articles,
         count(DISTINCT a.story) AS stories, count(DISTINCT coalesce(a.site, a.origin)) AS sources,
         count(e.attribution_text) AS attributed,
         min(e.id) AS first_mention
  FROM events e JOIN articles a ON a.id = e.article
  GROUP BY e.event_key) r;

-- What herald watch has seen: each feed or page it polls, with the validators of its last answer
-- (for conditional GETs), and each entry it has taken from one, so a restart fetches nothing twice.
CREATE TABLE IF NOT EXISTS watch_sources (
  url VARCHAR PRIMARY KEY,
  etag VARCHAR, last_modified VARCHAR,
  checked_at TIMESTAMP NOT NULL, changed_at TIMESTAMP,
  status VARCHAR NOT NULL          -- changed, unchanged, or the problem's code
);

CREATE TABLE IF NOT EXISTS watch_seen (
  source VARCHAR NOT NULL, entry VARCHAR NOT NULL,
  seen_at TIMESTAMP NOT NULL,
  outcome VARCHAR NOT NULL,        -- stored, known, skipped, failed
  article VARCHAR,                 -- the article it became, when it became one
  PRIMARY KEY (source, entry)
);
