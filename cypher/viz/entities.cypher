// Every entity of the graph (a node of one of the given labels) with the number of articles that
// mention it and how often they do, for graphkit's visualizer and network analytics
// (graphkit/viz/read.py). Entities are timeless: the date window of a view selects facts
// (facts.cypher), not entities.
// Parameters: $labels, the entity labels.
// :param labels => ["Person", "Organization", "Country", "Place"]
MATCH (entity)
WHERE labels(entity)[0] IN $labels
OPTIONAL MATCH (entity)-[mention:MENTIONED_IN]->(article:Article)
RETURN entity.id AS id, labels(entity)[0] AS label, entity.name AS name,
       entity.short_name AS short_name, entity.official_name AS official_name,
       entity.aliases AS aliases, entity.titles AS titles, entity.ranks AS ranks,
       count(DISTINCT article) AS article_count, sum(mention.count) AS mention_count
ORDER BY id
