"""One `Extraction` as the parameter rows of graphkit's load statements.

The rows follow docs/graph-model.md: an Article row, node rows per entity
label (each with the article it is linked to by MENTIONED_IN and the record
that link keeps: what the article says about the entity), and fact rows per relationship type carrying the provenance
(`article_id`, `evidence`, `evidence_start`, `evidence_end`, `date`,
`confidence`) beside the relation's own properties.

Only values the graph can hold become properties: strings, numbers,
booleans and lists of them. FalkorDB strings cannot hold a NUL character,
so a NUL in the input becomes U+FFFD (offsets stay right). Whatever cannot
be written (an unknown label or type, a fact about an entity the article
does not have) is left out and reported as a problem, never guessed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from graphkit.resolve.records import records_of
from graphkit.types import (
    COUNTRY,
    ENTITY_LABELS,
    ORGANIZATION,
    PERSON,
    PLACE,
    RELATION_TYPES,
    Entity,
    Extraction,
    Relation,
)

ARTICLE_PROPERTIES = ("title", "date", "published", "source", "url", "authors", "tags", "path")
# List properties of a node: sorted sets, merged as a union across articles when the graph is settled.
LIST_PROPERTIES = {
    PERSON: ("aliases", "titles", "ranks"),
    ORGANIZATION: ("aliases",),
    COUNTRY: ("aliases",),
    PLACE: ("aliases",),
}
PROVENANCE = ("article_id", "evidence", "evidence_start", "evidence_end", "date", "confidence")
KEY_PROPERTIES = ("id", "article_id", "evidence_start", "evidence_end")
SCALARS = (str, int, float, bool)


@dataclass
class ArticleRows:
    """Everything one article writes, ready for the load statements."""

    article_id: str
    article: dict[str, Any]
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        """A digest of every row: the same extraction gives the same fingerprint, any change another."""
        content = json.dumps([self.article, self.nodes, self.facts], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(content.encode("utf-8")).hexdigest()

    @property
    def row_count(self) -> int:
        return 1 + sum(map(len, self.nodes.values())) + sum(map(len, self.facts.values()))


def article_rows(extraction: Extraction) -> ArticleRows:
    """The rows of one extraction, and the problems that kept anything out."""
    article = extraction.article
    props = article.to_dict()
    rows = ArticleRows(
        article_id=article.id,
        article={"id": article.id, "props": {key: cleaned(props[key]) for key in ARTICLE_PROPERTIES}},
    )
    where = article.path or article.id
    labels = {}
    records = {record.key: record for record in records_of(extraction)}
    for entity in merged_entities(extraction.entities):
        if entity.label not in ENTITY_LABELS:
            rows.problems.append(f"{where}: entity {entity.id} skipped: {entity.label!r} is not a label of the graph model")
            continue
        labels[entity.id] = entity.label
        row = node_row(entity, article.id, rows.problems, where)
        row["record"] = {key: cleaned(value) for key, value in records[entity.id].link_properties().items()}
        rows.nodes.setdefault(entity.label, []).append(row)
    for relation in extraction.relations:
        reason = unwritable(relation, labels)
        if reason:
            rows.problems.append(f"{where}: {relation.type} {relation.source} -> {relation.target} skipped: {reason}")
            continue
        rows.facts.setdefault(relation.type, []).append(fact_row(relation, article.id, article.date, rows.problems, where))
    return rows


def merged_entities(entities: list[Entity]) -> list[Entity]:
    """One entity per id: repeated ids (which an extraction should not have) are merged, not lost."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        known = merged.get(entity.id)
        if known is None:
            merged[entity.id] = Entity(entity.id, entity.label, entity.name, list(entity.aliases), dict(entity.props), list(entity.mentions))
            continue
        known.aliases += entity.aliases
        known.mentions += entity.mentions
        for key, value in entity.props.items():
            if isinstance(value, list) and isinstance(known.props.get(key), list):
                known.props[key] = known.props[key] + value
            else:
                known.props[key] = value
    return list(merged.values())


def node_row(entity: Entity, article_id: str, problems: list[str], where: str) -> dict[str, Any]:
    """The node's row: its id, article and properties; `article_rows` adds its record (graphkit.resolve.records)."""
    lists = LIST_PROPERTIES[entity.label]
    row: dict[str, Any] = {"id": entity.id, "article_id": article_id}
    props: dict[str, Any] = {"name": cleaned(entity.name)}
    values = dict(entity.props)
    values["aliases"] = [*entity.aliases, *sorted_set(values.get("aliases") or [])]
    for key in lists:
        props[key] = sorted_set(values.pop(key, None) or [])
    for key, value in values.items():
        if key in KEY_PROPERTIES:
            problems.append(f"{where}: entity {entity.id}: property {key!r} skipped: graphkit sets it itself")
        elif value is not None:
            props[key] = storable(value, f"{where}: entity {entity.id}: property {key!r}", problems)
    row["props"] = {key: value for key, value in props.items() if value is not None}
    return row


def fact_row(relation: Relation, article_id: str, article_date: str | None, problems: list[str], where: str) -> dict[str, Any]:
    evidence = relation.evidence
    props: dict[str, Any] = {
        "evidence": cleaned(evidence.text),
        "date": relation.props.get("date") or article_date,
        "confidence": round(relation.confidence, 3),
    }
    for key, value in relation.props.items():
        if key == "date" or value is None:
            continue
        what = f"{where}: {relation.type} {relation.source} -> {relation.target}: property {key!r}"
        if key in PROVENANCE or key in KEY_PROPERTIES:
            problems.append(f"{what} skipped: graphkit sets it itself")
        else:
            props[key] = storable(value, what, problems)
    return {
        "article_id": article_id,
        "source": relation.source,
        "target": relation.target,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
        "props": {key: cleaned(value) for key, value in props.items() if value is not None},
    }


def unwritable(relation: Relation, labels: dict[str, str]) -> str | None:
    """Why a relation cannot be written, or None."""
    if relation.type not in RELATION_TYPES:
        return f"{relation.type!r} is not a relationship type of the graph model"
    for end in (relation.source, relation.target):
        if end not in labels:
            return f"{end} is not an entity of this article"
    return None


def storable(value: Any, what: str, problems: list[str]) -> Any:
    """The value as a property value, or None (with a problem) if a graph cannot hold it."""
    if isinstance(value, SCALARS):
        return cleaned(value)
    if isinstance(value, (list, tuple)) and all(isinstance(item, SCALARS) for item in value):
        return [cleaned(item) for item in value]
    problems.append(f"{what} skipped: a {type(value).__name__} is not a property value")
    return None


def sorted_set(values: Any) -> list[str]:
    """A list property's values, distinct and sorted (the order the node statements keep)."""
    if isinstance(values, str):
        values = [values]
    return sorted({cleaned(str(value)) for value in values if value is not None})


def cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [cleaned(item) for item in value]
    return value
