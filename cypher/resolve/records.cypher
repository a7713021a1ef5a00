// Reads every entity record of the graph: one row per MENTIONED_IN link (each holds what one
// article says about one entity under the id the extractor gave it, its `key`), with the label
// and id of the node it is in now and the article's date. Cross-article resolution
// (graphkit/resolve) runs over them after every load (graphkit/store/settle.py).
// Parameters: $labels, the entity labels.
// :param labels => ["Person", "Organization", "Country", "Place"]
MATCH (node)-[mention:MENTIONED_IN]->(article:Article)
WHERE labels(node)[0] IN $labels
RETURN labels(node)[0] AS label, node.id AS node, article.id AS article_id, article.date AS date, properties(mention) AS record
