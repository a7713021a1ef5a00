// The facts (every relationship but MENTIONED_IN) of the given types dated within a window, each
// with its provenance and its source article, for graphkit's visualizer and network analytics
// (graphkit/viz/read.py). A null $since or $until leaves that side of the window open; a fact
// without a date is in no window. Ordered so that reading the same graph gives the same rows.
// Parameters: $types, a list of relationship types; $since and $until, ISO dates or null.
// :param types => ["MET_WITH", "VISITED", "HEADS", "WORKS_FOR", "LOCATED_IN"]
// :param since => null
// :param until => null
MATCH (source)-[fact]->(target)
WHERE type(fact) IN $types
  AND ($since IS NULL OR fact.date >= $since)
  AND ($until IS NULL OR fact.date <= $until)
OPTIONAL MATCH (article:Article {id: fact.article_id})
RETURN source.id AS source, target.id AS target, type(fact) AS type,
       fact.date AS date, fact.status AS status, fact.title AS title, fact.kind AS kind, fact.place AS place,
       fact.evidence AS evidence, fact.confidence AS confidence, fact.article_id AS article_id,
       article.title AS article_title, article.date AS article_date,
       article.source AS article_source, article.url AS article_url
ORDER BY source, target, type, date, article_id, fact.evidence_start
