// Writes MET_WITH facts: one row per fact. A fact is identified by its type, its two entities, the
// extractor's ids of them (`source_key`, `target_key`), its article and its evidence offsets, so
// writing it again changes nothing. Both entities are found through their MENTIONED_IN records in
// the article (node rows are written before fact rows).
// Parameters: $rows, a list of {article_id, source, target, evidence_start, evidence_end,
//   props: {evidence, date, confidence, and the fact's own: kind, status, title, place}}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})
MATCH (source)-[:MENTIONED_IN {key: row.source}]->(article)
MATCH (target)-[:MENTIONED_IN {key: row.target}]->(article)
MERGE (source)-[fact:MET_WITH {article_id: row.article_id, evidence_start: row.evidence_start, evidence_end: row.evidence_end, source_key: row.source, target_key: row.target}]->(target)
SET fact += row.props
