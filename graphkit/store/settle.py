"""Settling the stored graph: cross-article resolution and order-independent node properties.

Loading writes each article's entities under the ids the extractor gave
them, every MENTIONED_IN link keeping the article's record of the entity
(`key` = that id) and every fact the keys of its two ends. Settling then
reads all records, resolves them (`graphkit.resolve`, a function of the
set of records and the corrections, so the load order cannot matter),
and makes the graph say so:

1. each record that resolution puts in another node is moved there: its
   MENTIONED_IN link (copy_mentions_<Label>), the facts of that article
   that it states or is the object of (move_<TYPE>), then the old link,
   and the node when no record is left in it (forget_moved);
2. every node whose properties differ from the ones its records give
   (`graphkit.resolve.node_properties`) gets those (properties_<Label>).

A later article can undo a join: when it brings a second "Андрей
Белоусов"-like candidate, the next settling moves the lone "Белоусов"
records back to a node of their own. Settling again changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graphkit.resolve import Corrections, Record, node_properties, resolve
from graphkit.store.base import GraphStore
from graphkit.store.results import Counters
from graphkit.store.statements import Statement, statement, statements
from graphkit.types import ENTITY_LABELS, RELATION_TYPES


@dataclass(frozen=True)
class StoredRecord:
    """A record and the node that holds it now."""

    record: Record
    node: str


@dataclass
class SettleSummary:
    moved: int = 0
    updated: int = 0
    counters: Counters = field(default_factory=Counters)


def settle(store: GraphStore, corrections: Corrections = Corrections(), batch_size: int = 5000) -> SettleSummary:
    """Resolve every record of the store and move records and set properties to match."""
    summary = SettleSummary()
    stored = read_records(store)
    resolution = resolve((s.record for s in stored), corrections)
    moves: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in stored:
        target = resolution[(item.record.article_id, item.record.key)]
        if target != item.node:
            moves[item.record.label].append({"key": item.record.key, "article_id": item.record.article_id, "from": item.node, "to": target})
    every_move = [move for label in ENTITY_LABELS for move in moves[label]]
    summary.moved = len(every_move)
    for label in ENTITY_LABELS:
        summary.counters += write(store, statement(f"resolve/copy_mentions_{label}"), moves[label], batch_size)
    for relation_type in RELATION_TYPES:
        for move in statements(f"resolve/move_{relation_type}"):
            summary.counters += write(store, move, every_move, batch_size)
    summary.counters += write(store, statement("resolve/forget_moved"), every_move, batch_size)
    members: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for item in stored:
        members[(item.record.label, resolution[(item.record.article_id, item.record.key)])].append(item.record)
    current = {(row["label"], row["props"]["id"]): row["props"] for row in store.read(statement("resolve/nodes"), {"labels": list(ENTITY_LABELS)}).records()}
    changed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (label, node_id), records in sorted(members.items()):
        props = node_properties(node_id, label, records)
        if current.get((label, node_id)) != props:
            changed[label].append({"id": node_id, "props": props})
    for label in ENTITY_LABELS:
        summary.updated += len(changed[label])
        summary.counters += write(store, statement(f"resolve/properties_{label}"), changed[label], batch_size)
    return summary


def read_records(store: GraphStore) -> list[StoredRecord]:
    """Every record of the store; a link written before records were kept stands for its node's id."""
    found = []
    for row in store.read(statement("resolve/records"), {"labels": list(ENTITY_LABELS)}).records():
        values = dict(row["record"])
        values.setdefault("key", row["node"])
        found.append(StoredRecord(Record.from_link(row["label"], row["article_id"], row["date"], values), row["node"]))
    return found


def write(store: GraphStore, write_statement: Statement, rows: list[dict[str, Any]], batch_size: int) -> Counters:
    counters = Counters()
    for start in range(0, len(rows), batch_size):
        counters += store.write(write_statement, {"rows": rows[start : start + batch_size]})
    return counters
