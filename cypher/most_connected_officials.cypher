// The most connected officials: people who hold a post (HEADS or WORKS_FOR), ranked by how
// many distinct people, institutions and places their meetings, visits and posts link them to.
// Parameters: $limit, how many officials to list.
// :param limit => 10
MATCH (person:Person)-[:HEADS|WORKS_FOR]->()
WITH DISTINCT person
MATCH (person)-[link:MET_WITH|VISITED|HEADS|WORKS_FOR]-(other)
RETURN person.name AS official, count(DISTINCT other) AS connections, count(DISTINCT link) AS facts
ORDER BY connections DESC, facts DESC, official
LIMIT $limit
