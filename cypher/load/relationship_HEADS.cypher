// Writes HEADS facts: one row per fact. A fact is identified by its type, its two entities,
// its article and its evidence offsets, so writing it again changes nothing. Both entities are
// found through the article that mentions them (node rows are written before fact rows).
// Parameters: $rows, a list of {article_id, source, target, evidence_start, evidence_end,
//   props: {evidence, date, confidence, and the fact's own: kind, status, title, place}}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})
MATCH (source)-[:MENTIONED_IN]->(article)
WHERE source.id = row.source
MATCH (target)-[:MENTIONED_IN]->(article)
WHERE target.id = row.target
MERGE (source)-[fact:HEADS {article_id: row.article_id, evidence_start: row.evidence_start, evidence_end: row.evidence_end}]->(target)
SET fact += row.props
