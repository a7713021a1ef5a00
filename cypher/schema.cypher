// graphkit's Neo4j schema: one uniqueness constraint on `id` for every node label
// of docs/graph-model.md (each constraint also gives the index MERGE looks ids up in).
// graphkit runs this file before every `graphkit load`; each statement is idempotent.
// Parameters: none.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (node:Article) REQUIRE node.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (node:Person) REQUIRE node.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (node:Organization) REQUIRE node.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (node:Country) REQUIRE node.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (node:Place) REQUIRE node.id IS UNIQUE;
