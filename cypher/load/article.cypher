// Writes Article nodes: one row per article. The properties are replaced by the article's
// current metadata (a null value removes a property); the article text itself is not stored,
// only the evidence sentences on the facts. Its fingerprint is set last, by seal_articles.cypher.
// Parameters: $rows, a list of {id, props: {title, date, published, source, url, authors, tags, path}}.
// :param rows => []
UNWIND $rows AS row
MERGE (article:Article {id: row.id})
SET article += row.props
