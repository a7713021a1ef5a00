// First step of replacing articles: unseal them, then delete every fact that came from them.
// A fact's source entity is always mentioned in its article, so the facts are found from there.
// Parameters: $ids, a list of article ids.
// :param ids => []
UNWIND $ids AS id
MATCH (article:Article {id: id})
REMOVE article.fingerprint
WITH article
MATCH (article)<-[:MENTIONED_IN]-(entity)-[fact]->()
WHERE fact.article_id = article.id
DELETE fact
