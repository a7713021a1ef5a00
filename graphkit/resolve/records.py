"""What one article says about one of its entities: the unit that cross-article resolution works on.

A record is keyed by the entity's id as the extractor gave it in that
article (its "key", e.g. "person:белоусов"), and holds what resolution and
the merged node properties need: the name and its parts, the aliases,
titles and ranks, the entity's other scalar properties, and the ids of the
bodies, countries and places it holds a post in (its "employers", the
context that tells two namesakes apart). The store keeps every record on
its `MENTIONED_IN` link, so the graph can be resolved again from what it
holds (`graphkit/store/settle.py`); the dev-set bench builds the same
records from extractions in memory.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from graphkit.types import HEADS, WORKS_FOR, Extraction

LIST_FIELDS = ("aliases", "titles", "ranks", "employers")
# Properties of a record's MENTIONED_IN link that are not entity properties.
LINK_FIELDS = ("key", "count", *LIST_FIELDS)
# A state body, national agency or place of one country: "org:ru:ministry:defence", "place:tj:душанбе".
COUNTRY_OF_ID = re.compile(r"^(?:country:([a-z]{2})$|(?:org|place):([a-z]{2}):)")


@dataclass(frozen=True)
class Record:
    """One entity as one article has it."""

    key: str
    label: str
    article_id: str
    date: str | None
    name: str
    count: int = 0
    props: Mapping[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()

    @property
    def countries(self) -> frozenset[str]:
        """The countries of the posts this article gives the entity ("ru" for a minister of Russia)."""
        return frozenset(code for employer in self.employers if (code := country_of_id(employer)))

    def link_properties(self) -> dict[str, Any]:
        """The record as the properties of its MENTIONED_IN link."""
        values: dict[str, Any] = {"key": self.key, "count": self.count, "name": self.name}
        values.update({key: value for key, value in self.props.items() if value is not None})
        for name in LIST_FIELDS:
            values[name] = list(getattr(self, name))
        return values

    @classmethod
    def from_link(cls, label: str, article_id: str, date: str | None, values: Mapping[str, Any]) -> Record:
        """The record stored on a MENTIONED_IN link (`link_properties`)."""
        props = {key: value for key, value in values.items() if key not in LINK_FIELDS and key != "name"}
        return cls(
            key=values["key"],
            label=label,
            article_id=article_id,
            date=date,
            name=values.get("name") or values["key"],
            count=int(values.get("count") or 0),
            props=props,
            **{name: tuple(values.get(name) or ()) for name in LIST_FIELDS},
        )


def country_of_id(entity_id: str) -> str | None:
    """The country an id names or belongs to, when the id says it ("org:ru:fsb" -> "ru")."""
    match = COUNTRY_OF_ID.match(entity_id)
    return (match[1] or match[2]) if match else None


def records_of(extraction: Extraction) -> list[Record]:
    """One record per entity of an extraction (an id repeated in it gives one record)."""
    employers: dict[str, set[str]] = {}
    for relation in extraction.relations:
        if relation.type in (HEADS, WORKS_FOR):
            employers.setdefault(relation.source, set()).add(relation.target)
    article = extraction.article
    merged: dict[str, Record] = {}
    for entity in extraction.entities:
        props = {key: value for key, value in entity.props.items() if key not in LIST_FIELDS and not isinstance(value, (list, tuple, dict))}
        lists = {name: sorted(set(as_list(entity.props.get(name)))) for name in ("aliases", "titles", "ranks")}
        record = Record(
            key=entity.id,
            label=entity.label,
            article_id=article.id,
            date=article.date,
            name=entity.name,
            count=len(entity.mentions),
            props=props,
            aliases=tuple(sorted(set(entity.aliases) | set(lists["aliases"]))),
            titles=tuple(lists["titles"]),
            ranks=tuple(lists["ranks"]),
            employers=tuple(sorted(employers.get(entity.id, ()))),
        )
        known = merged.get(entity.id)
        merged[entity.id] = record if known is None else combined(known, record)
    return list(merged.values())


def as_list(value: Any) -> list[str]:
    """A list property's values: a lone string is one value."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(item) for item in value if item is not None]


def combined(first: Record, second: Record) -> Record:
    """Two records of one id in one article as one."""
    return Record(
        key=first.key,
        label=first.label,
        article_id=first.article_id,
        date=first.date,
        name=first.name,
        count=first.count + second.count,
        props={**second.props, **first.props},
        **{name: tuple(sorted(set(getattr(first, name)) | set(getattr(second, name)))) for name in LIST_FIELDS},
    )
