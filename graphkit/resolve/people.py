"""Which person a partly named person is: "Белоусов" -> "Андрей Белоусов", "А. Белоусов" -> "Андрей Рэмович Белоусов".

A person record is partial when its name lacks a part (a surname alone, a
first name and surname without the patronymic) or has an initial. It joins
a more fully named person when it could be the same name ("fits": every
part it has is that person's part, or that part's initial; a one-word name
is that person's surname, whichever part natasha took it for), when all
the fuller names it fits are one person, and when the context does not
disagree: the countries of the posts the two hold must meet when both are
known ("премьер-министр Великобритании Джонсон" cannot be an American
senator Johnson). Two fuller names it fits that are not one person (Андрей
and Олег Белоусов) leave it alone: a namesake is never guessed. Within
its own article, though, a fuller name of the same article decides: there
"Джонсон" beside "Борис Джонсон" is him (the extractor keeps them apart
when natasha reads the lone "Джонсон" as a first name).

A lone surname whose article states its gender by a form of address
("миссис Обама") is kept apart there on purpose and joins no one: the
fuller names do not say their gender.

People are resolved from the most fully named down, so that a fuller name
is settled before the shorter ones that may join it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graphkit.resolve.records import Record

PARTS = ("first_name", "patronymic", "last_name")


def fold(text: str) -> str:
    return text.lower().replace("ё", "е").strip(" .")


@dataclass(frozen=True)
class PersonName:
    """The parts of a person key's name, folded: initials end up one letter long."""

    parts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, records: Iterable[Record]) -> PersonName:
        """The parts most records of one key give (they agree but for which part a lone word is)."""
        votes: dict[tuple[tuple[str, str], ...], int] = defaultdict(int)
        for record in records:
            parts = tuple((part, fold(str(record.props[part]))) for part in PARTS if record.props.get(part))
            votes[parts or (("last_name", fold(record.name)),)] += 1
        return cls(max(sorted(votes), key=lambda parts: votes[parts]))

    @property
    def words(self) -> dict[str, str]:
        return dict(self.parts)

    @property
    def fullness(self) -> tuple[int, int]:
        """More parts first, then more parts written in full."""
        return (len(self.parts), sum(len(word) > 1 for _, word in self.parts))

    @property
    def surname(self) -> str | None:
        """The surname a fuller name may be found by; a lone word may be a surname natasha took for a first name."""
        if len(self.parts) == 1:
            return self.parts[0][1]
        return self.words.get("last_name")

    def fits(self, fuller: PersonName) -> bool:
        """Whether this name can be a shorter way of writing `fuller`."""
        if fuller.fullness <= self.fullness or len(fuller.parts) < 2:
            return False
        theirs = fuller.words
        if len(self.parts) == 1:
            return theirs.get("last_name") == self.parts[0][1]
        return all(part in theirs and (theirs[part] == word or (len(word) == 1 and theirs[part].startswith(word))) for part, word in self.parts)


def resolve_people(records: list[Record]) -> dict[tuple[str, str], str]:
    """The canonical id of each person record, by (article id, key): its own key unless it joins a fuller name."""
    by_key: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_key[record.key].append(record)
    names = {key: PersonName.of(found) for key, found in by_key.items()}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        if len(name.parts) > 1 and name.words.get("last_name"):
            by_surname[name.words["last_name"]].append(key)
    canonical: dict[tuple[str, str], str] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    for key in sorted(names, key=lambda k: (tuple(-n for n in names[k].fullness), k)):
        name = names[key]
        fuller = [other for other in by_surname.get(name.surname or "", ()) if name.fits(names[other])]
        targets = {canonical[(record.article_id, other)] for other in fuller for record in by_key[other]}
        known = {target: frozenset(countries[target]) for target in targets}
        for record in by_key[key]:
            if record.props.get("gender") and len(name.parts) == 1:
                canonical[(record.article_id, key)] = key
                continue
            here = {canonical[(record.article_id, other)] for other in fuller if (record.article_id, other) in canonical}
            options = here or targets
            target = next(iter(options)) if len(options) == 1 else key
            if not here and target != key and record.countries and known[target] and not record.countries & known[target]:
                target = key
            canonical[(record.article_id, key)] = target
            countries[target] |= record.countries
    return canonical
