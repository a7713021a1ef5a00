// Every node of one label with all its properties, in id order: what `graphkit export` writes
// (graphkit/export.py).
// Parameters: $label, a label of the graph model (Person, Organization, Country, Place, Article).
// :param label => "Person"
MATCH (node)
WHERE $label IN labels(node)
RETURN properties(node) AS properties
ORDER BY node.id
