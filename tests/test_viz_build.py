"""graphkit.viz.build: which entities and links a view shows, on graphs built in each test."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit.analysis import EntityNotFound
from graphkit.types import COUNTRY, HEADS, MET_WITH, ORGANIZATION, PERSON, VISITED, WORKS_FOR
from graphkit.viz.build import ViewOptions, build_view
from tests.viz_graphs import entity, fact, people, synthetic_graph


def summary(view) -> list[tuple[str, str, str, int]]:
    return [(link.source, link.target, link.type, len(link.facts)) for link in view.links]


def test_five_meetings_either_way_are_one_link_with_every_date():
    graph = people("Лавров", "Ван")
    for date in ("2024-03-01", "2023-05-02", "2025-01-15"):
        fact(graph, "лавров", "ван", MET_WITH, date)
    fact(graph, "ван", "лавров", MET_WITH, "2024-11-20")
    fact(graph, "ван", "лавров", MET_WITH, "2023-05-02", article_id="other")
    view = build_view(graph)
    (link,) = view.links
    assert (link.source, link.target, link.type, link.directed) == ("ван", "лавров", MET_WITH, False)
    assert len(link.facts) == 5
    assert link.dates == ["2023-05-02", "2024-03-01", "2024-11-20", "2025-01-15"]
    assert [item["date"] for item in link.facts] == ["2023-05-02", "2023-05-02", "2024-03-01", "2024-11-20", "2025-01-15"]
    assert view.headline() == "2 entities, 1 link (5 facts), 2023-05-02 – 2025-01-15"


def test_directed_facts_of_each_type_and_way_are_links_of_their_own():
    graph = people("Шойгу")
    entity(graph, "мо", ORGANIZATION, "Министерство обороны")
    entity(graph, "ru", COUNTRY, "Россия")
    fact(graph, "шойгу", "мо", HEADS, "2019-01-01")
    fact(graph, "шойгу", "мо", HEADS, "2020-01-01")
    fact(graph, "шойгу", "мо", WORKS_FOR, "2012-01-01")
    fact(graph, "шойгу", "ru", VISITED, "2020-01-01")
    assert summary(build_view(graph)) == [("шойгу", "ru", VISITED, 1), ("шойгу", "мо", HEADS, 2), ("шойгу", "мо", WORKS_FOR, 1)]


def test_entities_without_a_link_are_not_shown():
    graph = people("Лавров", "Ван", "Одинокий")
    fact(graph, "лавров", "ван", MET_WITH)
    assert list(build_view(graph).entities) == ["ван", "лавров"]


@pytest.fixture
def row() -> nx.MultiDiGraph:
    """А met Б, Б met В, В met Г, Г met Д; Е met Ж apart."""
    graph = people("А", "Б", "В", "Г", "Д", "Е", "Ж")
    for first, second in ["аб", "бв", "вг", "гд", "еж"]:
        fact(graph, first, second, MET_WITH)
    return graph


@pytest.mark.parametrize(
    ("person", "depth", "shown"),
    [
        ("В", 1, ["б", "в", "г"]),
        ("в", 2, ["а", "б", "в", "г", "д"]),
        ("а", 3, ["а", "б", "в", "г"]),
        ("Е", 5, ["е", "ж"]),
    ],
)
def test_a_person_and_depth_show_what_lies_that_many_links_around_them(row, person, depth, shown):
    view = build_view(row, ViewOptions(person=person, depth=depth))
    assert sorted(view.entities) == shown
    assert view.centre == person.lower()
    assert view.filters() == f"within {depth} link{'s' if depth > 1 else ''} of {person.upper()}"


def test_a_person_with_no_link_is_shown_alone(row):
    entity(row, "з", PERSON, "З")
    view = build_view(row, ViewOptions(person="з"))
    assert (list(view.entities), view.links, view.headline()) == (["з"], [], "1 entity, 0 links (0 facts)")


def test_an_unknown_person_is_an_error(row):
    with pytest.raises(EntityNotFound):
        build_view(row, ViewOptions(person="Неизвестный"))


def test_limit_keeps_the_links_with_the_latest_facts(row):
    dated = people("А", "Б", "В", "Г")
    fact(dated, "а", "б", MET_WITH, "2025-03-01")
    fact(dated, "б", "в", MET_WITH, "2021-01-01")
    fact(dated, "б", "в", MET_WITH, "2025-06-01")
    fact(dated, "в", "г", MET_WITH, "2024-01-01")
    view = build_view(dated, ViewOptions(limit=2))
    assert summary(view) == [("а", "б", MET_WITH, 1), ("б", "в", MET_WITH, 2)]
    assert view.filters() == "the 2 most recent of 3 links"
    assert view.left_out() is None


def test_above_max_nodes_the_most_connected_are_kept_and_the_rest_is_counted():
    """A hub met ten people; П met Р apart. With five entities allowed: the hub and four of its
    people (ties by id) stay; six people, П and Р (8 entities) and their 7 links are left out."""
    graph = people("Хаб", "П", "Р", *[f"Л{number}" for number in range(10)])
    for number in range(10):
        fact(graph, "хаб", f"л{number}", MET_WITH)
    fact(graph, "п", "р", MET_WITH)
    view = build_view(graph, ViewOptions(max_nodes=5))
    assert sorted(view.entities) == ["л0", "л1", "л2", "л3", "хаб"]
    assert (view.left_out_entities, view.left_out_links) == (8, 7)
    assert view.left_out() == "left out 8 entities and 7 links: only the 5 most connected are shown (max nodes 5)"
    assert view.degree["хаб"] == 4


def test_around_a_person_max_nodes_keeps_the_nearest_entities(row):
    view = build_view(row, ViewOptions(person="Д", depth=4, max_nodes=3))
    assert sorted(view.entities) == ["в", "г", "д"]
    assert view.left_out() == "left out 2 entities and 2 links: only the 3 nearest to Д are shown (max nodes 3)"


def test_the_view_repeats_the_filters_the_graph_was_read_with(row):
    options = ViewOptions(since="2024-01-01", types=(MET_WITH, VISITED))
    assert build_view(row, options).filters() == "facts dated 2024-01-01 – …; types MET_WITH, VISITED"
    assert build_view(row).filters() == "all entities and facts"


def test_the_bench_graph_is_two_thousand_entities_in_five_thousand_links():
    view = build_view(synthetic_graph(), ViewOptions(max_nodes=2000))
    assert (len(view.entities), len(view.links), view.left_out_entities) == (2000, 5000, 0)
    capped = build_view(synthetic_graph(), ViewOptions(max_nodes=1500))
    assert len(capped.entities) <= 1500
    assert capped.left_out_entities == 2000 - len(capped.entities)
    assert capped.left_out_links == 5000 - len(capped.links) > 0
