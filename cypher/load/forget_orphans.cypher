// Second step of replacing articles: delete the entities that no other article mentions
// (writing the new versions brings back the ones they still mention).
// Parameters: $ids, a list of article ids.
// :param ids => []
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:MENTIONED_IN]-(entity)
WITH DISTINCT entity
OPTIONAL MATCH (entity)-[:MENTIONED_IN]->(elsewhere:Article)
WHERE NOT elsewhere.id IN $ids
WITH entity, count(elsewhere) AS others
WHERE others = 0
DETACH DELETE entity
