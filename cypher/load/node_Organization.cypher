// Merges Organization nodes and links each to the article it was read from: one row per (Organization, article).
// The MENTIONED_IN link is keyed by the id the extractor gave the entity in that article (`key`)
// and holds what the article says about it (its record: count of mentions, name and name parts,
// aliases, titles, ranks, the ids it holds posts in). A new node takes the row's properties; after
// the load, settling (cypher/resolve/) moves records to the node resolution gives them and sets every
// node's properties from its records, so they end the same whatever the load order.
// Parameters: $rows, a list of {id, article_id, props: {name, …}, record: {key, count, name, …}}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})
MERGE (node:Organization {id: row.id})
ON CREATE SET node += row.props
MERGE (node)-[mention:MENTIONED_IN {key: row.id}]->(article)
SET mention = row.record
