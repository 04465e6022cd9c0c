-- Events, not reports: the event mentions of one event key rolled up into one row. Run by DuckDB
-- (the store's event_rollup view) and by Spark SQL (a Spark run's events table), so it is
-- written in the SQL both read, and chooses nothing at random: the code, actors and Goldstein
-- score are the first mention's (by id), the place that of the first mention with a place, the
-- mode the most frequent (ties: the first alphabetically). Counts: mentions, articles, distinct
-- stories (near-duplicate copies count once), sources (site, else origin) and mentions that say
-- who claims the event. The date's precision and the first and last day it can stand for
-- ("2024-05": 2024-05-01 to 2024-05-31) let a date range take only the events known to be inside.
SELECT r.*,
       CASE length(r.date) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' END AS date_precision,
       CASE length(r.date) WHEN 10 THEN r.date WHEN 7 THEN r.date || '-01' WHEN 4 THEN r.date || '-01-01' END AS date_first,
       CASE length(r.date) WHEN 10 THEN r.date
                           WHEN 7 THEN CAST(last_day(TRY_CAST(r.date || '-01' AS DATE)) AS STRING)
                           WHEN 4 THEN r.date || '-12-31' END AS date_last
FROM (
  SELECT g.event_key,
         f.code, f.root_code, f.plover_type, f.quad, f.goldstein, f.source_code, f.target_code,
         g.date, m.mode, p.place_name, p.lat, p.lon,
         g.mentions, g.articles, g.stories, g.sources, g.attributed, g.first_mention
  FROM (
    SELECT e.event_key,
           min(coalesce(e.date, a.published)) AS date,
           count(*) AS mentions, count(DISTINCT e.article) AS articles,
           count(DISTINCT a.story) AS stories, count(DISTINCT coalesce(a.site, a.origin)) AS sources,
           count(e.attribution_text) AS attributed,
           min(e.id) AS first_mention,
           min(CASE WHEN e.place_name IS NOT NULL THEN e.id END) AS placed_mention
    FROM events e JOIN articles a ON a.id = e.article
    GROUP BY e.event_key) g
  JOIN events f ON f.id = g.first_mention
  LEFT JOIN events p ON p.id = g.placed_mention
  JOIN (
    SELECT c.event_key, c.mode
    FROM (SELECT e.event_key, e.mode, row_number() OVER (PARTITION BY e.event_key ORDER BY count(*) DESC, e.mode) AS rank
          FROM events e JOIN articles a ON a.id = e.article
          GROUP BY e.event_key, e.mode) c
    WHERE c.rank = 1) m ON m.event_key = g.event_key) r
