"""graphkit.analysis on small graphs whose answers are worked out by hand in each test."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graphkit.analysis import AmbiguousEntity, EntityNotFound, NoChain, find_entity, graph_stats, shortest_chain
from graphkit.types import COUNTRY, HEADS, MET_WITH, ORGANIZATION, PERSON, PLACE, WORKS_FOR
from tests.viz_graphs import entity, fact, people, synthetic_graph


@pytest.fixture
def ministry_graph() -> nx.MultiDiGraph:
    """A–B–C–D met in a row, B heads the ministry O (two facts), E met F apart, Georgia is linked to nothing.

    Linked entities: A, B, C, D, O, E, F (n = 7). Betweenness, normalised by (n-1)(n-2)/2 = 15 pairs:
    B lies on the only shortest chains of A–C, A–D, A–O, C–O, D–O: 5/15; C on A–D, B–D, O–D: 3/15.
    """
    graph = people()
    for key, name in [("a", "Анна Петрова"), ("b", "Борис Иванов"), ("c", "Вера Смирнова"), ("d", "Глеб Попов"), ("e", "Дина Козлова"), ("f", "Егор Новиков")]:
        entity(graph, key, PERSON, name)
    entity(graph, "o", ORGANIZATION, "Министерство финансов")
    entity(graph, "g", COUNTRY, "Грузия")
    fact(graph, "a", "b", MET_WITH)
    fact(graph, "c", "b", MET_WITH)
    fact(graph, "c", "d", MET_WITH)
    fact(graph, "b", "o", HEADS, "2024-05-01", title="министр финансов")
    fact(graph, "b", "o", HEADS, "2025-02-01", title="министр финансов")
    fact(graph, "e", "f", MET_WITH)
    return graph


def test_counts_by_label_and_type(ministry_graph):
    stats = graph_stats(ministry_graph)
    assert stats.entities == {COUNTRY: 1, ORGANIZATION: 1, PERSON: 6}
    assert stats.facts == {HEADS: 2, MET_WITH: 4}
    assert stats.links == 5


def test_most_connected_officials_by_degree_then_betweenness_then_name(ministry_graph):
    stats = graph_stats(ministry_graph, top=4)
    assert [(person.id, person.degree) for person in stats.officials] == [("b", 3), ("c", 2), ("a", 1), ("d", 1)]
    assert stats.officials[0].betweenness == pytest.approx(5 / 15)
    assert stats.officials[1].betweenness == pytest.approx(3 / 15)
    assert stats.officials[2].betweenness == 0
    assert stats.betweenness_sampled is False


def test_components_count_isolated_entities_as_components_of_one(ministry_graph):
    assert graph_stats(ministry_graph).components == [5, 2, 1]


def test_louvain_finds_two_cliques_joined_by_one_link():
    graph = people("А1", "А2", "А3", "А4", "Б1", "Б2", "Б3", "Б4")
    for group in ("а", "б"):
        members = [f"{group}{number}" for number in range(1, 5)]
        for index, first in enumerate(members):
            for second in members[index + 1 :]:
                fact(graph, first, second, MET_WITH)
    fact(graph, "а1", "б1", MET_WITH)
    stats = graph_stats(graph)
    assert stats.community_count == 2
    # Most connected first: А1 and Б1 have the bridge as a fourth link.
    assert [(community.size, community.members) for community in stats.communities] == [(4, ["А1", "А2", "А3", "А4"]), (4, ["Б1", "Б2", "Б3", "Б4"])]
    assert graph_stats(graph) == stats  # the fixed seed makes it repeatable


def test_stats_as_table_and_json(ministry_graph):
    stats = graph_stats(ministry_graph, top=2)
    table = stats.to_table()
    assert "Entities: 8 (Country 1, Organization 1, Person 6)" in table
    assert "Facts: 6 (HEADS 2, MET_WITH 4), linking 5 pairs of entities" in table
    assert [line.split() for line in table.splitlines() if line.split()[:1] in (["1"], ["2"])] == [["1", "Борис", "Иванов", "3", "0.333"], ["2", "Вера", "Смирнова", "2", "0.200"]]
    assert "Connected components: 3 (largest: 5, 2, 1 entities; 1 entities linked to none)" in table
    decoded = json.loads(json.dumps(stats.to_dict(), ensure_ascii=False))
    assert decoded["officials"][0] == {"id": "b", "name": "Борис Иванов", "degree": 3, "betweenness": pytest.approx(1 / 3)}
    assert decoded["components"] == [5, 2, 1]


@pytest.fixture
def named_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    entity(graph, "person:андрей-белоусов", PERSON, "Андрей Белоусов", aliases=["Белоусов", "Белоусова"])
    entity(graph, "person:пётр-толстой", PERSON, "Пётр Толстой", aliases=["Толстой"])
    entity(graph, "person:сергей-иванов", PERSON, "Сергей Иванов", aliases=["Иванов"])
    entity(graph, "person:виктор-иванов", PERSON, "Виктор Иванов", aliases=["Иванов"])
    entity(graph, "country:ru", COUNTRY, "Россия", official_name="Российская Федерация", aliases=["РФ"])
    entity(graph, "org:ru:ministry:defence", ORGANIZATION, "Министерство обороны Российской Федерации", short_name="Минобороны России")
    entity(graph, "place:ru:москва", PLACE, "Москва")
    entity(graph, "org:ru:москва:government", ORGANIZATION, "Правительство Москвы", aliases=["Москва"])
    return graph


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("person:андрей-белоусов", "person:андрей-белоусов"),
        ("Person:Андрей-Белоусов", "person:андрей-белоусов"),
        ("андрей белоусов", "person:андрей-белоусов"),
        ("  АНДРЕЙ   БЕЛОУСОВ ", "person:андрей-белоусов"),
        ("Белоусова", "person:андрей-белоусов"),
        ("петр толстой", "person:пётр-толстой"),
        ("рф", "country:ru"),
        ("Российская Федерация", "country:ru"),
        ("минобороны россии", "org:ru:ministry:defence"),
        ("Москва", "place:ru:москва"),  # a name beats another entity's alias
        ("толстой", "person:пётр-толстой"),
        ("обороны российской", "org:ru:ministry:defence"),  # whole words of a name
        ("москвы", "org:ru:москва:government"),
    ],
)
def test_an_entity_is_found_by_id_name_or_other_name_in_any_case(named_graph, query, expected):
    assert find_entity(named_graph, query) == expected


@pytest.mark.parametrize("query", ["иванов", "ИВАНОВ"])
def test_a_name_of_several_entities_is_ambiguous_and_lists_them(named_graph, query):
    with pytest.raises(AmbiguousEntity) as raised:
        find_entity(named_graph, query)
    assert str(raised.value) == f"{query!r} may be any of 2 entities: Виктор Иванов (person:виктор-иванов), Сергей Иванов (person:сергей-иванов); give its id"


def test_whole_words_of_several_names_are_ambiguous_and_other_names_come_first(named_graph):
    entity(named_graph, "person:игорь-петров", PERSON, "Игорь Петров")
    entity(named_graph, "person:игорь-толстой", PERSON, "Игорь Толстой")
    with pytest.raises(AmbiguousEntity):
        find_entity(named_graph, "игорь")
    assert find_entity(named_graph, "петров") == "person:игорь-петров"
    assert find_entity(named_graph, "Толстой") == "person:пётр-толстой"  # his alias, before a word of Игорь's name


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("Шойгу", "no entity is named 'Шойгу'"),
        ("Иван", "no entity is named 'Иван'; did you mean Виктор Иванов, Сергей Иванов?"),
    ],
)
def test_an_unknown_name_says_so_with_near_names(named_graph, query, message):
    with pytest.raises(EntityNotFound) as raised:
        find_entity(named_graph, query)
    assert str(raised.value) == message


@pytest.fixture
def two_routes() -> nx.MultiDiGraph:
    """Первый reaches Четвёртый in two steps through Альфа (one fact a step) or through the ministry
    Яковлевский (1 + 2 facts); Бета is a third route as good as Альфа; Пятый is linked to no one."""
    graph = people("Первый", "Четвёртый", "Альфа", "Бета", "Пятый")
    entity(graph, "яковлевский", ORGANIZATION, "Яковлевское министерство")
    entity(graph, "москва", PLACE, "Москва")
    fact(graph, "первый", "альфа", MET_WITH, "2023-01-01")
    fact(graph, "альфа", "четвёртый", MET_WITH, "2023-02-01")
    fact(graph, "первый", "бета", MET_WITH, "2023-01-01")
    fact(graph, "бета", "четвёртый", MET_WITH, "2023-02-01")
    fact(graph, "первый", "яковлевский", WORKS_FOR, "2024-01-10", title="советник", evidence="Первый, советник министерства, сказал…", article_title="Советник", article_source="ТАСС", article_url="https://example.org/1")
    fact(graph, "четвёртый", "яковлевский", HEADS, "2025-03-01", title="министр")
    fact(graph, "четвёртый", "яковлевский", HEADS, "2024-06-01", title="министр")
    return graph


def test_the_shortest_chain_with_most_facts_behind_it_wins(two_routes):
    chain = shortest_chain(two_routes, "первый", "ЧЕТВЁРТЫЙ")
    assert [node["id"] for node in chain.entities] == ["первый", "яковлевский", "четвёртый"]
    first, second = chain.steps
    assert [(item["source"], item["type"], item["target"], item["title"]) for item in first.facts] == [("первый", WORKS_FOR, "яковлевский", "советник")]
    # The facts keep their own direction, oldest first.
    assert [(item["source"], item["type"], item["target"], item["date"]) for item in second.facts] == [
        ("четвёртый", HEADS, "яковлевский", "2024-06-01"),
        ("четвёртый", HEADS, "яковлевский", "2025-03-01"),
    ]


def test_equally_attested_chains_are_chosen_by_name(two_routes):
    two_routes.remove_node("яковлевский")
    chain = shortest_chain(two_routes, "первый", "четвёртый")
    assert [node["name"] for node in chain.entities] == ["Первый", "Альфа", "Четвёртый"]


def test_a_chain_as_text_gives_every_step_with_its_evidence_and_source(two_routes):
    fact(two_routes, "первый", "четвёртый", MET_WITH, "2025-05-05", kind="talks", place="москва", evidence="Первый и Четвёртый провели переговоры в Москве.")
    text = shortest_chain(two_routes, "первый", "четвёртый").to_text()
    assert text.splitlines() == [
        "Первый → Четвёртый: 1 step",
        "1. Первый — Четвёртый",
        "   Первый MET_WITH Четвёртый (2025-05-05, talks, Москва)",
        "     «Первый и Четвёртый провели переговоры в Москве.»",
        "     — «Новости 2025-05-05», Тест, 2025-05-05",
    ]
    two_routes.remove_edges_from([("первый", "четвёртый")])
    text = shortest_chain(two_routes, "первый", "четвёртый").to_text()
    assert "     — «Советник», ТАСС, 2024-01-10, https://example.org/1" in text.splitlines()
    assert text.startswith("Первый → Четвёртый: 2 steps\n")


def test_a_chain_as_json(two_routes):
    found = json.loads(json.dumps(shortest_chain(two_routes, "первый", "четвёртый").to_dict(), ensure_ascii=False))
    assert found["length"] == 2
    assert found["steps"][0]["facts"][0]["article_url"] == "https://example.org/1"


@pytest.mark.parametrize(
    ("first", "second", "error", "message"),
    [
        ("первый", "пятый", NoChain, "no chain of facts links Первый (первый) and Пятый (пятый)"),
        ("первый", "Первый", NoChain, "'первый' and 'Первый' are the same entity (первый)"),
        ("первый", "Шестой", EntityNotFound, "no entity is named 'Шестой'"),
    ],
)
def test_no_chain_is_a_clear_error(two_routes, first, second, error, message):
    with pytest.raises(error) as raised:
        shortest_chain(two_routes, first, second)
    assert str(raised.value) == message


def test_big_graphs_estimate_betweenness_from_a_fixed_sample():
    graph = synthetic_graph(600, 1200)
    stats = graph_stats(graph, top=3)
    assert stats.betweenness_sampled is True
    assert "estimated from 300 entities" in stats.to_table()
    assert graph_stats(graph, top=3) == stats
