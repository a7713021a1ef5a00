"""graphkit.viz.read on a real store holding the four known articles of tests/store_articles.py.

Runs on the embedded FalkorDB store, and on Neo4j too when NEO4J_URI is set.
"""

from __future__ import annotations

import pytest

from graphkit.store import StoreConfig, load, open_store
from graphkit.types import ARTICLE, HEADS, LOCATED_IN, MET_WITH, VISITED, WORKS_FOR
from graphkit.viz.read import read_graph
from tests import store_articles
from tests.conftest import empty_neo4j, neo4j_config
from tests.store_articles import BELOUSOV, DUSHANBE, ISRAEL, PUTIN, RUSSIA, SANDALI, SOBIRZODA, TAJIKISTAN, YAFFA_ISSACHAR

ENTITY_COUNT = 22  # the distinct entities of the four articles
FACT_COUNT = 24


@pytest.fixture(scope="module", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def articles_store(request, tmp_path_factory):
    if request.param == "neo4j":
        config = neo4j_config()
        empty_neo4j(config)
    else:
        config = StoreConfig(store_dir=tmp_path_factory.mktemp("viz-read") / "store")
    with open_store(config) as store:
        load(store, store_articles.all_articles())
        yield store
    if request.param == "neo4j":
        empty_neo4j(config)


def fact_keys(graph) -> list[tuple[str, str, str, str]]:
    return sorted((source, target, attributes["type"], attributes["date"]) for source, target, attributes in graph.edges(data=True))


def test_every_entity_is_a_node_with_its_names_and_article_counts(articles_store):
    graph = read_graph(articles_store)
    assert graph.number_of_nodes() == ENTITY_COUNT
    assert graph.nodes[SOBIRZODA] == {
        "id": SOBIRZODA,
        "label": "Person",
        "name": "Эмомали Собирзода",
        "short_name": None,
        "official_name": None,
        "aliases": ["Эмомали Собирзода", "Эмомали Собирзодой"],
        "titles": ["министр обороны"],
        "ranks": ["генерал-полковник"],
        "article_count": 1,
        "mention_count": 2,
    }
    assert (graph.nodes[PUTIN]["article_count"], graph.nodes[RUSSIA]["article_count"]) == (3, 3)
    assert graph.nodes[RUSSIA]["official_name"] == "Российская Федерация"
    assert graph.nodes[RUSSIA]["titles"] == []
    assert ARTICLE not in {attributes["label"] for _, attributes in graph.nodes(data=True)}


def test_every_fact_is_an_edge_with_its_provenance_and_article(articles_store):
    graph = read_graph(articles_store)
    assert graph.number_of_edges() == FACT_COUNT
    (talks,) = graph.get_edge_data(BELOUSOV, SOBIRZODA).values()
    assert talks == {
        "type": MET_WITH,
        "date": "2025-10-08",
        "status": "actual",
        "title": None,
        "kind": "talks",
        "place": DUSHANBE,
        "evidence": "Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны Республики Таджикистан генерал-полковником Эмомали Собирзодой в рамках рабочего визита в Душанбе.",
        "confidence": 0.8,
        "article_id": store_articles.SEED_ID,
        "article_title": "Белоусов провел переговоры со своим таджикистанским коллегой",
        "article_date": "2025-10-08",
        "article_source": "Звезда",
        "article_url": None,
    }
    heads = [attributes for attributes in graph.get_edge_data(PUTIN, RUSSIA).values()]
    assert sorted((fact["date"], fact["title"], fact["article_id"]) for fact in heads) == [
        ("2018-04-20", "президент", store_articles.CUBA_CALL_ID),
        ("2025-10-08", "президент", store_articles.SEED_ID),
    ]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2020-01-01", "2020-12-31", [(PUTIN, ISRAEL, VISITED, "2020-01-23"), (PUTIN, YAFFA_ISSACHAR, MET_WITH, "2020-01-23")]),
        ("2020-01-23", "2020-01-23", [(PUTIN, ISRAEL, VISITED, "2020-01-23"), (PUTIN, YAFFA_ISSACHAR, MET_WITH, "2020-01-23")]),
        ("2025-10-09", None, []),
    ],
)
def test_a_date_window_selects_facts_by_their_own_date(articles_store, since, until, expected):
    graph = read_graph(articles_store, since=since, until=until, types=[MET_WITH, VISITED])
    assert fact_keys(graph) == sorted(expected)
    assert graph.number_of_nodes() == ENTITY_COUNT  # entities are timeless


def test_types_select_facts(articles_store):
    graph = read_graph(articles_store, types=[LOCATED_IN])
    assert {attributes["type"] for _, _, attributes in graph.edges(data=True)} == {LOCATED_IN}
    assert (DUSHANBE, TAJIKISTAN) in graph.edges()
    assert graph.number_of_edges() == 5
    counts = {kind: read_graph(articles_store, types=[kind]).number_of_edges() for kind in (MET_WITH, VISITED, HEADS, WORKS_FOR)}
    assert counts == {MET_WITH: 5, VISITED: 4, HEADS: 7, WORKS_FOR: 3}


def test_an_unknown_type_is_refused(articles_store):
    with pytest.raises(ValueError, match="MENTIONED_IN"):
        read_graph(articles_store, types=["MENTIONED_IN"])


def test_a_graph_changed_by_hand_is_read_as_far_as_it_fits_the_model(empty_graph):
    """Nodes written with `graphkit query` need no article; labels outside the model are not read."""
    with open_store(empty_graph()) as store:
        load(store, [store_articles.georgia_meeting()])
        store.run("CREATE (:Person {id: 'person:икс', name: 'Икс'})-[:MET_WITH {date: '2020-01-01'}]->(:Note {id: 'note:1'})", {})
        store.run("MATCH (sandali:Person {id: $id}) CREATE (sandali)-[:MET_WITH {date: '2020-01-02', evidence: 'Встреча.'}]->(:Person {id: 'person:без-имени'})", {"id": SANDALI})
        graph = read_graph(store)
    assert (graph.nodes["person:икс"]["article_count"], graph.nodes["person:икс"]["mention_count"]) == (0, 0)
    assert graph.nodes["person:без-имени"]["name"] == "person:без-имени"
    assert "note:1" not in graph
    assert list(graph.edges("person:икс")) == []
    (by_hand,) = graph.get_edge_data(SANDALI, "person:без-имени").values()
    assert (by_hand["evidence"], by_hand["article_id"], by_hand["article_title"]) == ("Встреча.", None, None)


def test_reading_twice_gives_the_same_graph_in_the_same_order(articles_store):
    first, second = read_graph(articles_store), read_graph(articles_store)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
