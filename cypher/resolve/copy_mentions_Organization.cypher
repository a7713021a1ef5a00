// Settling, step 1 of 3 for Organization records that resolution puts in another node: the node is
// merged and the record's MENTIONED_IN link copied to it (the old link goes in step 3, after the facts).
// Parameters: $rows, a list of {key, article_id, from (the node it is in), to (the node it goes to)}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})<-[mention:MENTIONED_IN {key: row.key}]-(:Organization {id: row.from})
MERGE (node:Organization {id: row.to})
MERGE (node)-[copy:MENTIONED_IN {key: row.key}]->(article)
SET copy = properties(mention)
