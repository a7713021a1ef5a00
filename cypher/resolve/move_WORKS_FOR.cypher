// Settling, step 2 of 3: moves the WORKS_FOR facts of moved records to their new node, the facts
// the record's entity states (first statement), then those about it (second). A fact keeps every
// property; `source_key`/`target_key` say which records it joins.
// Parameters: $rows, a list of {key, article_id, from, to} (as for copy_mentions_<Label>).
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})<-[:MENTIONED_IN {key: row.key}]-(old)
WHERE old.id = row.from
MATCH (node)-[:MENTIONED_IN {key: row.key}]->(article)
WHERE node.id = row.to
MATCH (old)-[fact:WORKS_FOR {article_id: row.article_id, source_key: row.key}]->(other)
MERGE (node)-[moved:WORKS_FOR {article_id: fact.article_id, evidence_start: fact.evidence_start, evidence_end: fact.evidence_end, source_key: fact.source_key, target_key: fact.target_key}]->(other)
SET moved = properties(fact)
DELETE fact;

UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})<-[:MENTIONED_IN {key: row.key}]-(old)
WHERE old.id = row.from
MATCH (node)-[:MENTIONED_IN {key: row.key}]->(article)
WHERE node.id = row.to
MATCH (other)-[fact:WORKS_FOR {article_id: row.article_id, target_key: row.key}]->(old)
MERGE (other)-[moved:WORKS_FOR {article_id: fact.article_id, evidence_start: fact.evidence_start, evidence_end: fact.evidence_end, source_key: fact.source_key, target_key: fact.target_key}]->(node)
SET moved = properties(fact)
DELETE fact;
