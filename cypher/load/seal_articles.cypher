// Marks articles as completely written by setting their fingerprint (a hash of the extraction).
// Runs after every other statement of the batch; loading an article with the same
// fingerprint again is then skipped.
// Parameters: $rows, a list of {id, fingerprint}.
// :param rows => []
UNWIND $rows AS row
MATCH (article:Article {id: row.id})
SET article.fingerprint = row.fingerprint
