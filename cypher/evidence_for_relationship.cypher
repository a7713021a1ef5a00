// The articles and sentences behind a relationship between two entities (either direction):
// each source article with the evidence sentence, its character offsets in the article, the
// fact's date and confidence.
// Parameters: $source and $target, two entity ids; $type, the relationship type
// (MET_WITH, VISITED, HEADS, WORKS_FOR or LOCATED_IN).
// :param source => "person:андрей-белоусов"
// :param target => "person:эмомали-собирзода"
// :param type => "MET_WITH"
MATCH (one {id: $source})-[fact]-(other {id: $target})
WHERE type(fact) = $type
MATCH (report:Article {id: fact.article_id})
RETURN report.title AS article, report.source AS source, report.url AS url,
       report.path AS path, fact.date AS date, fact.evidence AS evidence,
       fact.evidence_start AS evidence_start, fact.evidence_end AS evidence_end,
       fact.confidence AS confidence
ORDER BY date DESC, article
