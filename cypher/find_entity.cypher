// Finds the people, organizations, countries and places whose name, short name or one of whose
// aliases contains a text, ignoring case: the way to look up the ids the other queries take.
// Parameters: $name, part of a name.
// :param name => "белоусов"
MATCH (entity)
WHERE toLower(entity.name) CONTAINS toLower($name)
   OR toLower(entity.short_name) CONTAINS toLower($name)
   OR any(alias IN entity.aliases WHERE toLower(alias) CONTAINS toLower($name))
RETURN labels(entity)[0] AS label, entity.id AS id, entity.name AS name
ORDER BY label, name
