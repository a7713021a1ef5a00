// Reads the fingerprint of each given article that is stored. An article's fingerprint is set
// only once all of its nodes and facts are written (seal_articles.cypher), so an article
// without one was interrupted or is being replaced.
// Parameters: $ids, a list of article ids.
// :param ids => []
UNWIND $ids AS id
MATCH (article:Article {id: id})
RETURN article.id AS id, article.fingerprint AS fingerprint
