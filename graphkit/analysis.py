"""Network analytics of the entity graph: statistics, finding an entity by name, the shortest chain of facts.

Everything works on the `networkx.MultiDiGraph` of `graphkit.viz.read`
(one node per entity, one edge per fact). Connections ignore direction:
two entities are linked when any fact joins them, whichever way it points
(Putin HEADS Russia links Russia to Putin as much as Putin to Russia).
Results are deterministic: the graph is read in a fixed order, ties are
broken by name, and Louvain runs with a fixed seed.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from graphkit.errors import GraphkitError
from graphkit.types import PERSON

COMMUNITY_SEED = 42
# Betweenness takes a breadth-first search from every entity (about 12 ms each among 4,000 linked
# entities); above this many it is estimated from this many sources, drawn with the fixed seed.
BETWEENNESS_SOURCES = 300
# How many equally short chains `shortest_chain` compares to pick the best-attested one.
CHAINS_COMPARED = 100
MEMBERS_SHOWN = 5


class EntityNotFound(GraphkitError):
    """No entity has that name or id."""


class AmbiguousEntity(GraphkitError):
    """Several entities have that name."""


class NoChain(GraphkitError):
    """No chain of facts links the two entities."""


# --- the undirected graph of links -----------------------------------------------------


def links(graph: nx.MultiDiGraph) -> nx.Graph:
    """Every entity, and an edge wherever a fact joins two; its `facts` attribute counts them."""
    linked = nx.Graph()
    linked.add_nodes_from(graph.nodes)
    for source, target in graph.edges():
        if source == target:
            continue
        if linked.has_edge(source, target):
            linked[source][target]["facts"] += 1
        else:
            linked.add_edge(source, target, facts=1)
    return linked


# --- finding an entity -------------------------------------------------------------------


def normalized(text: str) -> str:
    """A name as compared: case-folded, ё as е, single spaces."""
    return re.sub(r"\s+", " ", text.casefold().replace("ё", "е")).strip()


def find_entity(graph: nx.MultiDiGraph, query: str) -> str:
    """The id of the entity `query` names, in any case: its id, else its name, else one of its other
    names (short or official name, aliases), else a run of whole words of one of them ("Сандали" for
    "Виторио Сандали").

    Raises AmbiguousEntity when several entities match at the first of these
    levels that any matches, EntityNotFound (with near names) when none does.
    """
    if query in graph:
        return query
    key = normalized(query)
    words = f" {key} "
    levels = (
        lambda names: key in names[:1],
        lambda names: key in names[1:2],
        lambda names: key in names[2:],
        lambda names: any(words in f" {name} " for name in names[1:]),
    )
    names = {entity: entity_names(node) for entity, node in graph.nodes(data=True)}
    for matches in levels:
        found = sorted(entity for entity, known in names.items() if matches(known))
        if len(found) == 1:
            return found[0]
        if found:
            listed = ", ".join(f"{graph.nodes[entity]['name']} ({entity})" for entity in found)
            raise AmbiguousEntity(f"{query!r} may be any of {len(found)} entities: {listed}; give its id")
    near = sorted({node["name"] for _, node in graph.nodes(data=True) if key and key in normalized(node["name"])})
    hint = f"; did you mean {', '.join(near[:MEMBERS_SHOWN])}?" if near else ""
    raise EntityNotFound(f"no entity is named {query!r}{hint}")


def entity_names(node: dict[str, Any]) -> list[str]:
    """The entity's id, name and other names, normalized, in that order."""
    others = [node.get("short_name"), node.get("official_name"), *node.get("aliases", [])]
    return [normalized(node["id"]), normalized(node["name"]), *(normalized(name) for name in others if name)]


# --- statistics --------------------------------------------------------------------------


@dataclass(frozen=True)
class RankedEntity:
    id: str
    name: str
    degree: int
    betweenness: float


@dataclass(frozen=True)
class Community:
    size: int
    members: list[str]  # names, the most connected first


@dataclass(frozen=True)
class GraphStats:
    """What `graph_stats` finds; `to_dict()` for JSON, `to_table()` for people."""

    entities: dict[str, int]  # by label
    facts: dict[str, int]  # by type
    links: int  # pairs of entities joined by at least one fact
    officials: list[RankedEntity]
    betweenness_sampled: bool
    components: list[int]  # sizes, largest first; isolated entities are components of 1
    communities: list[Community]
    community_count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_table(self) -> str:
        lines = [
            f"Entities: {sum(self.entities.values())} ({counted(self.entities)})",
            f"Facts: {sum(self.facts.values())} ({counted(self.facts)}), linking {self.links} pairs of entities",
            "",
            "Most connected officials (degree: entities linked by a fact; betweenness: share of shortest chains through them"
            + (f", estimated from {BETWEENNESS_SOURCES} entities" if self.betweenness_sampled else "")
            + ")",
        ]
        rows = [("#", "official", "degree", "betweenness")]
        rows += [(str(rank), person.name, str(person.degree), f"{person.betweenness:.3f}") for rank, person in enumerate(self.officials, 1)]
        lines += aligned(rows, right={0, 2, 3})
        isolated = sum(1 for size in self.components if size == 1)
        largest = ", ".join(str(size) for size in self.components[:MEMBERS_SHOWN])
        lines += ["", f"Connected components: {len(self.components)} (largest: {largest} entities; {isolated} entities linked to none)", ""]
        lines.append(f"Communities (Louvain, seed {COMMUNITY_SEED}): {self.community_count}")
        for rank, community in enumerate(self.communities, 1):
            more = f", … {community.size - MEMBERS_SHOWN} more" if community.size > MEMBERS_SHOWN else ""
            lines.append(f"{rank:>3}. {community.size} entities: {', '.join(community.members[:MEMBERS_SHOWN])}{more}")
        return "\n".join(lines) + "\n"


def graph_stats(graph: nx.MultiDiGraph, *, top: int = 10) -> GraphStats:
    """Counts by label and type, the `top` most connected people, components and Louvain communities."""
    linked = links(graph)
    connected = linked.subgraph([entity for entity in linked if linked.degree(entity)]).copy()  # a copy: views are slow
    sampled = connected.number_of_nodes() > BETWEENNESS_SOURCES
    betweenness = nx.betweenness_centrality(connected, k=BETWEENNESS_SOURCES if sampled else None, seed=COMMUNITY_SEED)
    people = [
        RankedEntity(entity, graph.nodes[entity]["name"], connected.degree(entity), round(betweenness[entity], 6))
        for entity in connected
        if graph.nodes[entity]["label"] == PERSON
    ]
    people.sort(key=lambda person: (-person.degree, -person.betweenness, person.name, person.id))
    communities = nx.community.louvain_communities(connected, weight="facts", seed=COMMUNITY_SEED)

    def most_connected_first(members: set[str]) -> list[str]:
        return [graph.nodes[entity]["name"] for entity in sorted(members, key=lambda entity: (-connected.degree(entity), graph.nodes[entity]["name"], entity))]

    ranked = sorted((most_connected_first(members) for members in communities), key=lambda names: (-len(names), names))
    return GraphStats(
        entities=dict(sorted(Counter(node["label"] for _, node in graph.nodes(data=True)).items())),
        facts=dict(sorted(Counter(fact["type"] for _, _, fact in graph.edges(data=True)).items())),
        links=linked.number_of_edges(),
        officials=people[:top],
        betweenness_sampled=sampled,
        components=sorted((len(component) for component in nx.connected_components(linked)), reverse=True),
        communities=[Community(len(names), names) for names in ranked[:top]],
        community_count=len(communities),
    )


def counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items()) or "none"


def aligned(rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return [
        "  ".join(cell.rjust(width) if column in right else cell.ljust(width) for column, (cell, width) in enumerate(zip(row, widths))).rstrip()
        for row in rows
    ]


# --- the shortest chain of facts ---------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """Two neighbouring entities of a chain and every fact that joins them (either way), oldest first."""

    source: str
    target: str
    facts: list[dict[str, Any]]  # edge attributes of graphkit.viz.read, plus `source`, `target` and `place_name`


@dataclass(frozen=True)
class Chain:
    """The entities from the first to the second and the steps between them."""

    entities: list[dict[str, Any]]  # node attributes
    steps: list[Step]

    def to_dict(self) -> dict[str, Any]:
        return {"length": len(self.steps), "entities": self.entities, "steps": [asdict(step) for step in self.steps]}

    def to_text(self) -> str:
        names = {entity["id"]: entity["name"] for entity in self.entities}
        first, last = self.entities[0]["name"], self.entities[-1]["name"]
        lines = [f"{first} → {last}: {len(self.steps)} step{'s' if len(self.steps) != 1 else ''}"]
        for number, step in enumerate(self.steps, 1):
            lines.append(f"{number}. {names[step.source]} — {names[step.target]}")
            for fact in step.facts:
                lines.append(f"   {names[fact['source']]} {fact['type']} {names[fact['target']]}{fact_details(fact)}")
                if fact.get("evidence"):
                    lines.append(f"     «{fact['evidence']}»")
                source = article_line(fact)
                if source:
                    lines.append(f"     — {source}")
        return "\n".join(lines) + "\n"


def shortest_chain(graph: nx.MultiDiGraph, first: str, second: str) -> Chain:
    """The shortest chain of facts from the entity `first` names to the one `second` names.

    Of equally short chains the one with the most facts behind it wins
    (then the first by names). Raises EntityNotFound, AmbiguousEntity, or
    NoChain when nothing links the two.
    """
    start, end = find_entity(graph, first), find_entity(graph, second)
    if start == end:
        raise NoChain(f"{first!r} and {second!r} are the same entity ({start})")
    linked = links(graph)
    try:
        candidates = list(itertools.islice(nx.all_shortest_paths(linked, start, end), CHAINS_COMPARED))
    except nx.NetworkXNoPath:
        raise NoChain(f"no chain of facts links {graph.nodes[start]['name']} ({start}) and {graph.nodes[end]['name']} ({end})") from None

    def preference(path: list[str]) -> tuple:
        facts = sum(linked[a][b]["facts"] for a, b in zip(path, path[1:]))
        return (-facts, [graph.nodes[entity]["name"] for entity in path], path)

    best = min(candidates, key=preference)
    return Chain(
        entities=[dict(graph.nodes[entity]) for entity in best],
        steps=[Step(a, b, facts_between(graph, a, b)) for a, b in zip(best, best[1:])],
    )


def facts_between(graph: nx.MultiDiGraph, a: str, b: str) -> list[dict[str, Any]]:
    """Every fact from a to b or from b to a, oldest first, with the name of its place (`place_name`)."""
    facts = [
        {"source": source, "target": target, **fact, "place_name": graph.nodes[fact["place"]]["name"] if fact.get("place") in graph else fact.get("place")}
        for source, target in ((a, b), (b, a))
        for fact in (graph.get_edge_data(source, target) or {}).values()
    ]
    return sorted(facts, key=lambda fact: (fact.get("date") or "", fact["type"], fact.get("article_id") or "", fact["source"]))


def fact_details(fact: dict[str, Any]) -> str:
    parts = (fact.get("date"), fact.get("title"), fact.get("status"), fact.get("kind"), fact.get("place_name"))
    shown = [part for part in parts if part]
    return f" ({', '.join(shown)})" if shown else ""


def article_line(fact: dict[str, Any]) -> str:
    title = f"«{fact['article_title']}»" if fact.get("article_title") else None
    return ", ".join(part for part in (title, fact.get("article_source"), fact.get("article_date"), fact.get("article_url")) if part)
