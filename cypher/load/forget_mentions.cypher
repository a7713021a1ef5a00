// Last step of replacing articles: delete their remaining MENTIONED_IN links.
// Parameters: $ids, a list of article ids.
// :param ids => []
UNWIND $ids AS id
MATCH (:Article {id: id})<-[mention:MENTIONED_IN]-()
DELETE mention
