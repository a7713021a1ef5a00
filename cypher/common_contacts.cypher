// Common contacts of two officials: the people each of them met, with the dates of those
// meetings.
// Parameters: $first and $second, two person ids.
// :param first => "person:мигель-диас-канель"
// :param second => "person:яффа-иссахар"
MATCH (a:Person {id: $first})-[with_first:MET_WITH]-(go_between:Person)-[with_second:MET_WITH]-(b:Person {id: $second})
WHERE go_between <> a AND go_between <> b
RETURN go_between.name AS contact, collect(DISTINCT with_first.date) AS met_first,
       collect(DISTINCT with_second.date) AS met_second
ORDER BY contact
