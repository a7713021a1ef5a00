// A person's timeline: every meeting, visit and post of theirs in date order, with the other
// side of each fact and the sentence it comes from.
// Parameters: $person, the person's id.
// :param person => "person:владимир-путин"
MATCH (person:Person {id: $person})-[link:MET_WITH|VISITED|HEADS|WORKS_FOR]-(other)
MATCH (report:Article {id: link.article_id})
RETURN link.date AS date, type(link) AS fact, other.name AS counterpart,
       coalesce(link.title, link.kind, link.status) AS detail, report.source AS source,
       link.evidence AS evidence
ORDER BY date, fact, counterpart
