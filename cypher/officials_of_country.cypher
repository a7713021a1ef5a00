// The officials of a country: people who head or work for the country itself or for an
// institution located in it, with their titles, institutions and latest evidence date.
// Parameters: $country, a country id.
// :param country => "country:ru"
MATCH (person:Person)-[post:HEADS|WORKS_FOR]->(body)-[:LOCATED_IN*0..1]->(:Country {id: $country})
RETURN person.name AS official, collect(DISTINCT post.title) AS titles,
       collect(DISTINCT body.name) AS institutions, max(post.date) AS latest
ORDER BY latest DESC, official
