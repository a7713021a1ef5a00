// Merges Organization nodes and links each to the article it was read from: one row per (Organization, article).
// Scalar properties: a new non-null value replaces the old one, null never erases. The lists
// (aliases) grow as a sorted set union, so they end the same whatever the load order.
// Parameters: $rows, a list of {id, article_id, mentions (count), props: {name, …}, aliases}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})
MERGE (node:Organization {id: row.id})
SET node += row.props
SET node.aliases = reduce(merged = coalesce(node.aliases, []), value IN row.aliases |
  CASE WHEN value IN merged THEN merged
  ELSE [kept IN merged WHERE kept < value] + value + [kept IN merged WHERE kept > value] END)
MERGE (node)-[mention:MENTIONED_IN]->(article)
SET mention.count = row.mentions
