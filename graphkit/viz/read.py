"""The stored graph as a networkx graph: what the visualizer and the network analytics work on.

`read_graph(store)` runs `cypher/viz/entities.cypher` and `cypher/viz/facts.cypher`
on either store and returns a `networkx.MultiDiGraph`:

Nodes are keyed by entity id, one per entity of the store (Articles are not
nodes: they are on the facts). Node attributes:

- `id`, `label` (Person, Organization, Country or Place), `name` (the id
  if the entity has none);
- `aliases`, `titles`, `ranks`: lists (empty when the entity has none);
- `short_name`, `official_name`: str or None;
- `article_count`: how many articles mention the entity;
  `mention_count`: how many times they do in all.

Edges go from a fact's source to its target, one edge per fact (five
meetings of the same two people are five edges), keyed 0, 1, … per pair.
Edge attributes:

- `type` (MET_WITH, VISITED, HEADS, WORKS_FOR, LOCATED_IN);
- `date`, `status`, `title`, `kind`, `place` (an entity id), `evidence`
  (the sentence), `confidence`, `article_id`: the fact's properties, None
  when it has no such property;
- `article_title`, `article_date`, `article_source`, `article_url`: the
  source article's, None when unknown.

`since`/`until` (ISO dates, inclusive) and `types` select the facts; every
entity stays a node whatever the selection, so a view decides itself what
to do with entities that no selected fact links. Nodes of other labels than
the graph model's, and facts that touch them, are not read.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graphkit.store.base import GraphStore
from graphkit.store.statements import statement
from graphkit.types import ENTITY_LABELS, RELATION_TYPES

NODE_LISTS = ("aliases", "titles", "ranks")
NODE_SCALARS = ("id", "label", "name", "short_name", "official_name")
FACT_PROPERTIES = ("type", "date", "status", "title", "kind", "place", "evidence", "confidence", "article_id")
ARTICLE_PROPERTIES = ("article_title", "article_date", "article_source", "article_url")


def read_graph(
    store: GraphStore,
    *,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Every entity of the store, and its facts of `types` (default: all) dated from `since` to `until`."""
    selected = list(RELATION_TYPES if types is None else types)
    unknown = sorted(set(selected) - set(RELATION_TYPES))
    if unknown:
        raise ValueError(f"not relationship types of the graph model: {', '.join(unknown)}")
    graph = nx.MultiDiGraph()
    for record in store.read(statement("viz/entities"), {"labels": list(ENTITY_LABELS)}).records():
        graph.add_node(record["id"], **node_attributes(record))
    facts = store.read(statement("viz/facts"), {"types": selected, "since": since, "until": until})
    for record in facts.records():
        if record["source"] in graph and record["target"] in graph:
            graph.add_edge(record["source"], record["target"], **{key: record[key] for key in FACT_PROPERTIES + ARTICLE_PROPERTIES})
    return graph


def node_attributes(record: dict) -> dict:
    attributes = {key: record[key] for key in NODE_SCALARS}
    attributes["name"] = record["name"] or record["id"]
    attributes.update({key: list(record[key] or []) for key in NODE_LISTS})
    attributes["article_count"] = int(record["article_count"])
    attributes["mention_count"] = int(record["mention_count"] or 0)
    return attributes
