// The shortest chain of facts (meetings, visits, posts, locations) that links two officials,
// up to 4 steps, with the sentence behind each step. A bounded search ordered by length rather
// than shortestPath(): FalkorDB, graphkit's embedded store, runs shortestPath() on directed
// paths only, and these facts link people whichever way they point.
// Parameters: $first and $second, two person ids.
// :param first => "person:андрей-белоусов"
// :param second => "person:мигель-диас-канель"
MATCH path = (a:Person {id: $first})-[:MET_WITH|VISITED|HEADS|WORKS_FOR|LOCATED_IN*1..4]-(b:Person {id: $second})
RETURN length(path) AS steps, [node IN nodes(path) | node.name] AS chain,
       [fact IN relationships(path) | type(fact)] AS facts,
       [fact IN relationships(path) | fact.evidence] AS evidence
ORDER BY steps
LIMIT 1
