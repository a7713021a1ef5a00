"""Graphs for the visualizer and analytics tests: small networkx graphs in the schema of
`graphkit.viz.read`, an article whose text tries to run code in the page, and the synthetic
2,000-entity graph of bench/viz_open.py.
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from graphkit.types import COUNTRY, HEADS, LOCATED_IN, MET_WITH, ORGANIZATION, PERSON, PLACE, VISITED, WORKS_FOR, Article, Extraction
from tests.store_articles import ArticleBuilder

HOSTILE_ID = "test:hostile"
HOSTILE_URL = "javascript:window.__xss='url'"
# Each would set window.__xss (or open a dialog) if the page let article text become markup or code.
HOSTILE_TITLE = "</script><script>window.__xss='title'</script> Переговоры <b>в Москве</b>"
HOSTILE_SENTENCE = "Глава МИД <img src=x onerror=\"window.__xss='evidence';alert(1)\"> Сергей Лавров встретился с министром <script>window.__xss='script'</script> Ваном И в Москве."
HOSTILE_NAME = "Ван И<svg onload=\"window.__xss='name'\">"
LAVROV = "person:сергей-лавров"
WANG_YI = "person:ван-и"


def hostile_article() -> Extraction:
    """A meeting whose title, evidence sentence, entity name and URL all carry markup and script."""
    text = f"{HOSTILE_TITLE}\n{HOSTILE_SENTENCE}\n"
    builder = ArticleBuilder(Article(id=HOSTILE_ID, path="hostile.txt", title=HOSTILE_TITLE, text=text, date="2024-03-01", source="<i>Вестник</i>", url=HOSTILE_URL))
    builder.entity(LAVROV, PERSON, "Сергей Лавров", "Сергей Лавров", first_name="Сергей", last_name="Лавров", titles=["глава МИД <u>России</u>"])
    builder.entity(WANG_YI, PERSON, HOSTILE_NAME, "Ваном И", last_name="Ван")
    builder.relation(MET_WITH, LAVROV, WANG_YI, HOSTILE_SENTENCE, kind="talks", status="actual")
    return builder.extraction()


def entity(graph: nx.MultiDiGraph, entity_id: str, label: str, name: str, **attributes: Any) -> None:
    """Add a node with every attribute graphkit.viz.read gives (defaults for those not given)."""
    node = {"id": entity_id, "label": label, "name": name, "short_name": None, "official_name": None, "aliases": [], "titles": [], "ranks": [], "article_count": 1, "mention_count": 1}
    node.update(attributes)
    graph.add_node(entity_id, **node)


def fact(graph: nx.MultiDiGraph, source: str, target: str, relation_type: str, date: str | None = "2025-01-01", **attributes: Any) -> None:
    """Add an edge with every attribute graphkit.viz.read gives (defaults for those not given)."""
    edge = {
        "type": relation_type,
        "date": date,
        "status": None,
        "title": None,
        "kind": None,
        "place": None,
        "evidence": f"{graph.nodes[source]['name']} {relation_type} {graph.nodes[target]['name']}.",
        "confidence": 0.8,
        "article_id": f"article:{date}",
        "article_title": f"Новости {date}",
        "article_date": date,
        "article_source": "Тест",
        "article_url": None,
    }
    edge.update(attributes)
    graph.add_edge(source, target, **edge)


def people(*names: str) -> nx.MultiDiGraph:
    """A graph of Person nodes whose ids are their names in lower case."""
    graph = nx.MultiDiGraph()
    for name in names:
        entity(graph, name.lower(), PERSON, name)
    return graph


FIRST_NAMES = ["Андрей", "Сергей", "Мария", "Ольга", "Игорь", "Дмитрий", "Анна", "Михаил", "Елена", "Алексей"]
LAST_NAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"]
LABEL_SHARES = [(PERSON, 0.6), (ORGANIZATION, 0.2), (COUNTRY, 0.1), (PLACE, 0.1)]
TYPES_BY_SOURCE_TARGET = {
    (PERSON, PERSON): [MET_WITH],
    (PERSON, ORGANIZATION): [HEADS, WORKS_FOR],
    (PERSON, COUNTRY): [VISITED, HEADS, WORKS_FOR],
    (PERSON, PLACE): [VISITED],
    (ORGANIZATION, COUNTRY): [LOCATED_IN],
    (PLACE, COUNTRY): [LOCATED_IN],
}


def synthetic_graph(entities: int = 2000, links: int = 5000, seed: int = 1) -> nx.MultiDiGraph:
    """A news-like graph of `entities` entities, each in at least one of `links` links (pair and type).

    Fact sources follow a power law (a few officials are in most news), so
    some links hold several facts, as in real news.
    """
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    by_label: dict[str, list[str]] = {label: [] for label, _ in LABEL_SHARES}
    for number in range(entities):
        label = rng.choices([label for label, _ in LABEL_SHARES], weights=[share for _, share in LABEL_SHARES])[0]
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" if label == PERSON else f"{label} {number}"
        entity(graph, f"{label.lower()}:{number}", label, f"{name} {number}", article_count=rng.randint(1, 40), titles=["министр"] if label == PERSON else [])
        by_label[label].append(f"{label.lower()}:{number}")
    weights = {label: [1 / (rank + 1) ** 0.8 for rank in range(len(ids))] for label, ids in by_label.items()}
    pairs = list(TYPES_BY_SOURCE_TARGET)
    made: set[tuple[str, str, str]] = set()

    def add(source: str, target: str, kind: str) -> None:
        date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"{graph.nodes[source]['name']} и {graph.nodes[target]['name']}: " + "содержательное предложение новости о встрече и визите " * 3
        fact(graph, source, target, kind, date, evidence=sentence.strip(), status="actual" if kind == VISITED else None)
        made.add((*sorted((source, target)), kind) if kind == MET_WITH else (source, target, kind))

    for node, attributes in list(graph.nodes(data=True)):
        # One link for every entity, in a role its label can take (source or target of some pair).
        roles = [(pair, role) for pair in pairs for role in (0, 1) if pair[role] == attributes["label"]]
        pair, role = rng.choice(roles)
        other = rng.choice([candidate for candidate in by_label[pair[1 - role]] if candidate != node])
        source, target = (node, other) if role == 0 else (other, node)
        add(source, target, rng.choice(TYPES_BY_SOURCE_TARGET[pair]))
    while len(made) < links:
        source_label, target_label = rng.choices(pairs, weights=[6, 2, 3, 1, 1, 1])[0]
        source = rng.choices(by_label[source_label], weights=weights[source_label])[0]
        target = rng.choice(by_label[target_label])
        if source != target:
            add(source, target, rng.choice(TYPES_BY_SOURCE_TARGET[(source_label, target_label)]))
    return graph
