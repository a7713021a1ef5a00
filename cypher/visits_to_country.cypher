// Who visited a country (the country itself or a place in it) between two dates, with each
// visit's status (actual, planned, cancelled), kind and source, in date order.
// Parameters: $country, a country id; $from and $to, ISO dates (YYYY-MM-DD), both included.
// :param country => "country:tj"
// :param from => "2025-01-01"
// :param to => "2025-12-31"
MATCH (person:Person)-[visit:VISITED]->(target)-[:LOCATED_IN*0..1]->(:Country {id: $country})
WHERE visit.date >= $from AND visit.date <= $to
MATCH (report:Article {id: visit.article_id})
RETURN visit.date AS date, person.name AS visitor, target.name AS destination,
       visit.status AS status, visit.kind AS kind, report.source AS source, visit.evidence AS evidence
ORDER BY date, visitor, destination
