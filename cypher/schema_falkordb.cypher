// The embedded FalkorDB store's schema: an index on `id` for every node label, so
// that MERGE and MATCH by id are index lookups. FalkorDB has no IF NOT EXISTS here:
// graphkit runs each statement and accepts FalkorDB's "already indexed" answer.
// Parameters: none.
CREATE INDEX FOR (node:Article) ON (node.id);
CREATE INDEX FOR (node:Person) ON (node.id);
CREATE INDEX FOR (node:Organization) ON (node.id);
CREATE INDEX FOR (node:Country) ON (node.id);
CREATE INDEX FOR (node:Place) ON (node.id);
