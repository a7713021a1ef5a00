// Meetings of a person: whom they met (talks, meetings, phone calls), when, where, and the
// article each meeting comes from, newest first.
// Parameters: $person, the person's id (find_entity.cypher looks ids up by name).
// :param person => "person:андрей-белоусов"
MATCH (person:Person {id: $person})-[meeting:MET_WITH]-(other:Person)
MATCH (report:Article {id: meeting.article_id})
OPTIONAL MATCH (city:Place {id: meeting.place})
OPTIONAL MATCH (country:Country {id: meeting.place})
RETURN meeting.date AS date, other.name AS met_with, meeting.kind AS kind,
       coalesce(city.name, country.name, meeting.place) AS place, report.source AS source,
       report.title AS article, meeting.evidence AS evidence
ORDER BY date DESC, met_with
