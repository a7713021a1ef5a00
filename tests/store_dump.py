"""The whole graph of a store as sorted plain data, to compare two stores (or one store twice)."""

from __future__ import annotations

import json
from typing import Any

from graphkit.store import GraphStore

NODES = "MATCH (node) RETURN labels(node) AS labels, properties(node) AS properties"
RELATIONSHIPS = "MATCH (source)-[fact]->(target) RETURN source.id AS source, type(fact) AS type, target.id AS target, properties(fact) AS properties"


def graph_dump(store: GraphStore) -> dict[str, list[Any]]:
    """Every node and relationship with every property, in a stable order."""

    def sorted_rows(cypher: str) -> list[Any]:
        return sorted(store.run(cypher, {}).rows, key=lambda row: json.dumps(row, sort_keys=True, ensure_ascii=False))

    return {"nodes": sorted_rows(NODES), "relationships": sorted_rows(RELATIONSHIPS)}


def counts(store: GraphStore) -> dict[str, int]:
    """How many nodes of each label and relationships of each type."""
    dump = graph_dump(store)
    found: dict[str, int] = {}
    for labels, _ in dump["nodes"]:
        found[labels[0]] = found.get(labels[0], 0) + 1
    for _, relation_type, _, _ in dump["relationships"]:
        found[relation_type] = found.get(relation_type, 0) + 1
    return found
