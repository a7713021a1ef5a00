// Who heads an institution, latest evidence first: every HEADS fact about it with the title,
// the date and the source (a change of head, or several sources, give several rows).
// Parameters: $institution, an organization id (a country or a city id works too).
// :param institution => "org:ru:ministry:defence"
MATCH (person:Person)-[post:HEADS]->(body {id: $institution})
MATCH (report:Article {id: post.article_id})
RETURN post.date AS date, person.name AS head, post.title AS title, body.name AS institution,
       report.source AS source, post.evidence AS evidence
ORDER BY date DESC, head
