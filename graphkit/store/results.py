"""What statements return, the same for both stores.

Each store turns its driver's values into these plain ones: nodes,
relationships and paths become the small classes below, temporal values
become ISO strings, maps become dicts. Formatting and tests then never see
a driver type.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Counters:
    """What a statement changed, from the store's own query statistics."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def __add__(self, other: Counters) -> Counters:
        return Counters(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    def changed_anything(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def describe(self) -> str:
        """`2 nodes created, 1 relationship deleted`: the non-zero counters, for humans."""
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                plural, verb = f.name.split("_", 1)
                parts.append(f"{value} {plural if value != 1 else SINGULAR[plural]} {verb}")
        return ", ".join(parts) or "no changes"


SINGULAR = {"nodes": "node", "relationships": "relationship", "properties": "property"}


@dataclass(frozen=True)
class GraphNode:
    labels: tuple[str, ...]
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphRelationship:
    type: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphPath:
    nodes: tuple[GraphNode, ...]
    relationships: tuple[GraphRelationship, ...]


@dataclass
class QueryResult:
    """Columns and rows of plain values, and the statistics of the statement."""

    columns: list[str]
    rows: list[list[Any]]
    counters: Counters = field(default_factory=Counters)

    def records(self) -> list[dict[str, Any]]:
        """The rows as {column: value} dicts."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]
