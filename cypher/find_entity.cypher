// Finds the people, organizations, countries and places whose name, short name or one of whose
// aliases contains a text, ignoring case and ё/е: the way to look up the ids the other queries take.
// Parameters: $name, part of a name.
// :param name => "белоусов"
WITH replace(toLower($name), 'ё', 'е') AS wanted
MATCH (entity)
WHERE replace(toLower(entity.name), 'ё', 'е') CONTAINS wanted
   OR replace(toLower(entity.short_name), 'ё', 'е') CONTAINS wanted
   OR any(alias IN entity.aliases WHERE replace(toLower(alias), 'ё', 'е') CONTAINS wanted)
RETURN labels(entity)[0] AS label, entity.id AS id, entity.name AS name
ORDER BY label, name
