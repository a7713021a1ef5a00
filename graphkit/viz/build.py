"""What `graphkit viz` draws: a view chosen and condensed from the graph of `graphkit.viz.read`.

The facts between two entities become one link per relationship type (five
meetings of the same two people are one MET_WITH link holding five facts;
a meeting has no direction, so A met B and B met A are the same link).
Then, in this order:

1. `person` and `depth`: only what lies within `depth` links of that person;
2. `limit`: only the `limit` links with the most recent facts;
3. `max_nodes`: when more entities than that remain, the most connected
   `max_nodes` are kept, and the view says how much it left out.

Entities that no remaining link touches are not shown (the person asked
for always is). The date window and relationship types were applied when
the graph was read; the view only repeats them in its description.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphkit.analysis import find_entity
from graphkit.types import MET_WITH
from graphkit.viz import DEFAULT_MAX_NODES
UNDIRECTED_TYPES = frozenset({MET_WITH})


@dataclass(frozen=True)
class ViewOptions:
    """What to show. `since`, `until` and `types` are the filters the graph was read with."""

    person: str | None = None
    depth: int = 1
    limit: int | None = None
    max_nodes: int = DEFAULT_MAX_NODES
    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Link:
    """All facts of one type between two entities: one edge of the picture."""

    source: str
    target: str
    type: str
    facts: tuple[dict[str, Any], ...]  # edge attributes of graphkit.viz.read, oldest first

    @property
    def directed(self) -> bool:
        return self.type not in UNDIRECTED_TYPES

    @property
    def dates(self) -> list[str]:
        return sorted({fact["date"] for fact in self.facts if fact.get("date")})

    @property
    def latest(self) -> str:
        return max(self.dates, default="")


@dataclass(frozen=True)
class GraphView:
    """The entities and links to draw, and what was left out to draw them."""

    entities: dict[str, dict[str, Any]]  # id -> node attributes of graphkit.viz.read
    links: list[Link]
    options: ViewOptions
    centre: str | None = None
    available_links: int = 0  # before `limit` and `max_nodes`
    left_out_entities: int = 0  # by `max_nodes`
    left_out_links: int = 0  # by `max_nodes`
    degree: dict[str, int] = field(default_factory=dict)  # distinct linked entities in the view

    @property
    def fact_count(self) -> int:
        return sum(len(link.facts) for link in self.links)

    @property
    def date_range(self) -> tuple[str, str] | None:
        dates = [date for link in self.links for date in link.dates]
        return (min(dates), max(dates)) if dates else None

    def headline(self) -> str:
        """`12 entities, 15 links (21 facts), 2018-04-20 – 2025-10-08`."""
        text = f"{count(len(self.entities), 'entity', 'entities')}, {count(len(self.links), 'link')} ({count(self.fact_count, 'fact')})"
        span = self.date_range
        if span:
            text += f", {span[0]}" + (f" – {span[1]}" if span[1] != span[0] else "")
        return text

    def filters(self) -> str:
        """The filters the view was made with, or `all entities and facts`."""
        options = self.options
        parts = []
        if self.centre:
            parts.append(f"within {count(options.depth, 'link')} of {self.entities[self.centre]['name']}")
        if options.since or options.until:
            parts.append(f"facts dated {options.since or '…'} – {options.until or '…'}")
        if options.types:
            parts.append(f"types {', '.join(options.types)}")
        if options.limit is not None and self.available_links > options.limit:
            parts.append(f"the {options.limit} most recent of {self.available_links} links")
        return "; ".join(parts) or "all entities and facts"

    def left_out(self) -> str | None:
        """What `max_nodes` kept out of the picture, or None."""
        if not self.left_out_entities:
            return None
        which = f"nearest to {self.entities[self.centre]['name']}" if self.centre else "most connected"
        return (
            f"left out {count(self.left_out_entities, 'entity', 'entities')} and {count(self.left_out_links, 'link')}: "
            f"only the {len(self.entities):,} {which} are shown (max nodes {self.options.max_nodes:,})"
        )


def build_view(graph: nx.MultiDiGraph, options: ViewOptions = ViewOptions()) -> GraphView:
    """The view of `graph` that `options` ask for (see the module docstring)."""
    links = condensed(graph)
    centre = find_entity(graph, options.person) if options.person else None
    if centre is not None:
        links = within(links, centre, options.depth)
    available = len(links)
    if options.limit is not None:
        links = most_recent(links, options.limit)
    shown = endpoints(links, centre)
    kept_links = links
    if len(shown) > options.max_nodes:
        kept = most_connected(links, centre, options.max_nodes)
        kept_links = [link for link in links if link.source in kept and link.target in kept]
    kept_entities = endpoints(kept_links, centre)
    return GraphView(
        entities={entity: dict(graph.nodes[entity]) for entity in sorted(kept_entities)},
        links=kept_links,
        options=options,
        centre=centre,
        available_links=available,
        left_out_entities=len(shown) - len(kept_entities),
        left_out_links=len(links) - len(kept_links),
        degree=neighbour_counts(kept_links),
    )


def condensed(graph: nx.MultiDiGraph) -> list[Link]:
    """One link per relationship type and pair of entities (unordered for undirected types)."""
    facts: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for source, target, fact in graph.edges(data=True):
        ends = tuple(sorted((source, target))) if fact["type"] in UNDIRECTED_TYPES else (source, target)
        facts[(*ends, fact["type"])].append(fact)
    return [
        Link(source, target, kind, tuple(sorted(found, key=lambda fact: (fact.get("date") or "", fact.get("article_id") or ""))))
        for (source, target, kind), found in sorted(facts.items())
    ]


def within(links: list[Link], centre: str, depth: int) -> list[Link]:
    """The links among the entities at most `depth` links away from `centre`."""
    near = set(nx.single_source_shortest_path_length(link_graph(links, centre), centre, cutoff=depth))
    return [link for link in links if link.source in near and link.target in near]


def most_recent(links: list[Link], limit: int) -> list[Link]:
    """The `limit` links with the latest facts (more facts first among equally recent), in their order."""
    newest_first = sorted(range(len(links)), key=lambda index: (links[index].latest, len(links[index].facts)), reverse=True)
    return [links[index] for index in sorted(newest_first[:limit])]


def most_connected(links: list[Link], centre: str | None, size: int) -> set[str]:
    """The `size` entities linked to the most others (ties by id); around a centre, the nearest
    to it first, so that what is kept stays linked to it."""
    degree = neighbour_counts(links)
    distance = nx.single_source_shortest_path_length(link_graph(links, centre), centre) if centre else {}
    ranked = sorted(degree.keys() | set(distance), key=lambda entity: (distance.get(entity, 0), -degree.get(entity, 0), entity))
    return set(ranked[:size])


def link_graph(links: Iterable[Link], centre: str) -> nx.Graph:
    """The entities the links join, and the centre, as an undirected graph."""
    graph = nx.Graph()
    graph.add_node(centre)
    graph.add_edges_from((link.source, link.target) for link in links)
    return graph


def endpoints(links: Iterable[Link], centre: str | None) -> set[str]:
    found = {end for link in links for end in (link.source, link.target)}
    if centre is not None:
        found.add(centre)
    return found


def neighbour_counts(links: Iterable[Link]) -> dict[str, int]:
    neighbours: dict[str, set[str]] = defaultdict(set)
    for link in links:
        neighbours[link.source].add(link.target)
        neighbours[link.target].add(link.source)
    return {entity: len(others) for entity, others in neighbours.items()}


def count(number: int, singular: str, plural: str | None = None) -> str:
    """`1 link`, `2 links`, `1,500 entities`."""
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"
