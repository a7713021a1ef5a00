// Settling, step 3 of 3: deletes the old MENTIONED_IN links of moved records, then the nodes
// they leave with no record at all.
// Parameters: $rows, a list of {key, article_id, from, to} (as for copy_mentions_<Label>).
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.article_id})<-[mention:MENTIONED_IN {key: row.key}]-(old)
WHERE old.id = row.from
DELETE mention
WITH DISTINCT old
OPTIONAL MATCH (old)-[left:MENTIONED_IN]->()
WITH old, count(left) AS records
WHERE records = 0
DETACH DELETE old
