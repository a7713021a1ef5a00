// Reads the properties of every entity node, to compare them with the ones its records give.
// Parameters: $labels, the entity labels.
// :param labels => ["Person", "Organization", "Country", "Place"]
MATCH (node)
WHERE labels(node)[0] IN $labels
RETURN labels(node)[0] AS label, properties(node) AS props
