// Settling, last step: sets every property of Organization nodes to what their records give
// (graphkit/resolve/properties.py: sorted list unions, the most frequent scalar), so they are the
// same whatever order the articles were loaded in.
// Parameters: $rows, a list of {id, props (every property, id included)}.
// :param rows => []
UNWIND $rows AS row
MATCH (node:Organization {id: row.id})
SET node = row.props
