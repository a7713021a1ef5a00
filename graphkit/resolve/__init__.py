"""Cross-article entity resolution: one real-world entity, one node.

`resolve(records, corrections)` is a pure function of the SET of records
(what each article says about each of its entities, `records.py`): the
canonical id of every record, by (article id, the extractor's id). Loading
the same articles in any order, or all at once, therefore gives one graph.
The store applies it after every load (`graphkit/store/settle.py`); the
dev-set bench applies it to the extractions in memory.
"""

from __future__ import annotations

from collections.abc import Iterable

from graphkit.resolve.corrections import ALIASES_FILE, Corrections, CorrectionsError, read_corrections, write_corrections
from graphkit.resolve.organisations import resolve_organisations
from graphkit.resolve.people import resolve_people
from graphkit.resolve.properties import node_properties
from graphkit.resolve.records import Record, records_of
from graphkit.types import ORGANIZATION, PERSON, Entity, Extraction, Relation

Resolution = dict[tuple[str, str], str]

__all__ = [
    "ALIASES_FILE", "Corrections", "CorrectionsError", "Record", "Resolution", "node_properties", "read_corrections",
    "records_of", "resolve", "resolve_extractions", "write_corrections",
]


def resolve(records: Iterable[Record], corrections: Corrections = Corrections()) -> Resolution:
    """The node id of every record, by (article id, key): its key unless resolution or a correction says otherwise."""
    records = sorted(records, key=lambda r: (r.label, r.key, r.article_id))
    automatic: Resolution = {(r.article_id, r.key): r.key for r in records}
    automatic.update(resolve_people([r for r in records if r.label == PERSON]))
    automatic.update(resolve_organisations([r for r in records if r.label == ORGANIZATION]))
    into = corrections.merged_into()
    return {(r.article_id, r.key): corrections.apply(r, automatic[(r.article_id, r.key)], into) for r in records}


def resolve_extractions(extractions: list[Extraction], corrections: Corrections = Corrections()) -> list[Extraction]:
    """The extractions with every entity id replaced by its node id, as loading them all together would give."""
    resolution = resolve((record for extraction in extractions for record in records_of(extraction)), corrections)
    return [renamed(extraction, resolution) for extraction in extractions]


def renamed(extraction: Extraction, resolution: Resolution) -> Extraction:
    """One extraction under node ids; entities of the article that became one node are one entity."""

    def node(key: str) -> str:
        return resolution.get((extraction.article.id, key), key)

    groups: dict[str, list[Entity]] = {}
    for entity in extraction.entities:
        groups.setdefault(node(entity.id), []).append(entity)
    relations = [
        Relation(r.type, node(r.source), node(r.target), r.evidence, dict(r.props), r.confidence)
        for r in extraction.relations
        if node(r.source) != node(r.target)
    ]
    return Extraction(extraction.article, [joined(node_id, members) for node_id, members in groups.items()], relations)


def joined(node_id: str, members: list[Entity]) -> Entity:
    """Entities of one article as one: named as the one whose id is the node's, with every alias and mention."""
    base = next((e for e in members if e.id == node_id), members[0])
    aliases = list(dict.fromkeys(alias for e in members for alias in e.aliases))
    mentions = sorted({(m.start, m.end): m for e in members for m in e.mentions}.values(), key=lambda m: (m.start, m.end))
    return Entity(node_id, base.label, base.name, aliases, dict(base.props), mentions)
