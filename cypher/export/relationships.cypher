// Every relationship of one type with its two nodes' ids and all its properties, in a stable order:
// what `graphkit export` writes (graphkit/export.py).
// Parameters: $type, a relationship type of the graph model (MET_WITH, …, MENTIONED_IN).
// :param type => "MET_WITH"
MATCH (source)-[relationship]->(target)
WHERE type(relationship) = $type
RETURN source.id AS source, target.id AS target, properties(relationship) AS properties
ORDER BY source, target, relationship.article_id, relationship.evidence_start
