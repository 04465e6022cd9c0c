-- Herald's store, version 1: the store's own tables. The article tables (articles, events,
-- actor_mentions, quotes, places) and the event_rollup view are Herald's everywhere, defined in
-- herald-core (org.herald.pipeline.Tables and event_rollup.sql) and made before these.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

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
