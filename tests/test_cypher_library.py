"""The cypher/ query library, run on a real store over four known articles, with its answers checked.

Runs on the embedded FalkorDB store, and on Neo4j too when NEO4J_URI is set.
"""

from __future__ import annotations

import pytest

from graphkit.store import QueryResult, StoreConfig, load, open_store
from graphkit.types import Article
from graphkit.store.statements import CYPHER_DIR, library_names, statement
from tests import store_articles
from tests.conftest import empty_neo4j, neo4j_config
from tests.store_articles import (
    BELOUSOV,
    DIAZ_CANEL,
    GEORGIA,
    ISRAEL,
    MOD_RU,
    PUTIN,
    RUSSIA,
    SANDALI,
    TAJIKISTAN,
    YAFFA_ISSACHAR,
)


@pytest.fixture(scope="module", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def library_store(request, tmp_path_factory):
    """A store holding the four test articles, shared by this module's tests."""
    if request.param == "neo4j":
        config = neo4j_config()
        empty_neo4j(config)
    else:
        config = StoreConfig(store_dir=tmp_path_factory.mktemp("library") / "store")
    with open_store(config) as store:
        load(store, store_articles.all_articles())
        yield store
    if request.param == "neo4j":
        empty_neo4j(config)


def run(store, query_name: str, /, **parameters) -> QueryResult:
    return store.run(statement(query_name).text, parameters)


def test_the_library_has_at_least_eight_documented_queries():
    names = library_names()
    assert len(names) >= 8
    for name in names:
        source = (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")
        query = statement(name)
        assert source.startswith("// "), name
        assert "Parameters:" in query.description, name
        assert set(query.examples) == query.parameters, f"{name}: every $parameter needs a `// :param` example line"


@pytest.mark.parametrize("name", library_names())
def test_every_query_answers_its_own_example(library_store, name):
    query = statement(name)
    assert library_store.run(query.text, query.examples).rows, f"{name} found nothing for its :param example"


def test_meetings_of_a_person_newest_first_with_place_and_source(library_store):
    result = run(library_store, "meetings_of_person", person=PUTIN)
    assert [row[:5] for row in result.rows] == [
        ["2020-01-23", "Яффа Иссахар", "meeting", "Израиль", "NEREL v1.1"],
        ["2018-04-20", "Мигель Диас-Канель", "call", None, "NEREL v1.1"],
        ["2018-04-20", "Рауль Кастро", "call", None, "NEREL v1.1"],
    ]
    (belousov,) = run(library_store, "meetings_of_person", person=BELOUSOV).records()
    assert (belousov["met_with"], belousov["place"], belousov["source"]) == ("Эмомали Собирзода", "Душанбе", "Звезда")


def test_who_visited_a_country_or_a_place_in_it_between_two_dates(library_store):
    result = run(library_store, "visits_to_country", country=TAJIKISTAN, **{"from": "2025-10-01", "to": "2025-10-31"})
    assert [row[:5] for row in result.rows] == [
        ["2025-10-08", "Андрей Белоусов", "Душанбе", "actual", "working"],
        ["2025-10-08", "Андрей Белоусов", "Таджикистан", "actual", None],
        ["2025-10-08", "Владимир Путин", "Душанбе", "planned", None],
    ]
    assert run(library_store, "visits_to_country", country=ISRAEL, **{"from": "2020-01-23", "to": "2020-01-23"}).column("visitor") == ["Владимир Путин"]
    assert run(library_store, "visits_to_country", country=ISRAEL, **{"from": "2020-01-24", "to": "2025-12-31"}).rows == []


def test_who_heads_an_institution_latest_evidence_first(library_store):
    (row,) = run(library_store, "heads_of_institution", institution=MOD_RU).records()
    assert (row["head"], row["title"], row["institution"]) == ("Андрей Белоусов", "министр обороны", "Министерство обороны Российской Федерации")
    heads_of_russia = run(library_store, "heads_of_institution", institution=RUSSIA)
    assert [row[:3] for row in heads_of_russia.rows] == [
        ["2025-10-08", "Владимир Путин", "президент"],
        ["2018-04-20", "Владимир Путин", "президент"],
    ]


def test_a_persons_timeline_in_date_order(library_store):
    result = run(library_store, "person_timeline", person=PUTIN)
    assert [row[:4] for row in result.rows] == [
        ["2018-04-20", "HEADS", "Россия", "президент"],
        ["2018-04-20", "MET_WITH", "Мигель Диас-Канель", "call"],
        ["2018-04-20", "MET_WITH", "Рауль Кастро", "call"],
        ["2020-01-23", "MET_WITH", "Яффа Иссахар", "meeting"],
        ["2020-01-23", "VISITED", "Израиль", "actual"],
        ["2025-10-08", "HEADS", "Россия", "президент"],
        ["2025-10-08", "VISITED", "Душанбе", "planned"],
    ]


def test_officials_of_a_country_through_its_institutions(library_store):
    russia = run(library_store, "officials_of_country", country=RUSSIA).records()
    assert [(row["official"], set(row["titles"]), set(row["institutions"]), row["latest"]) for row in russia] == [
        ("Андрей Белоусов", {"министр обороны"}, {"Министерство обороны Российской Федерации"}, "2025-10-08"),
        ("Владимир Путин", {"президент"}, {"Россия"}, "2025-10-08"),
        ("Песков", {"пресс-секретарь президента"}, {"Россия"}, "2020-01-29"),
    ]
    assert run(library_store, "officials_of_country", country=GEORGIA).column("official") == ["Александр Налбандов"]


def test_most_connected_officials(library_store):
    result = run(library_store, "most_connected_officials", limit=3)
    assert result.rows == [
        ["Владимир Путин", 6, 7],
        ["Андрей Белоусов", 4, 4],
        ["Александр Налбандов", 2, 2],
    ]


def test_common_contacts_of_two_officials(library_store):
    (row,) = run(library_store, "common_contacts", first=DIAZ_CANEL, second=YAFFA_ISSACHAR).rows
    assert row == ["Владимир Путин", ["2018-04-20"], ["2020-01-23"]]
    assert run(library_store, "common_contacts", first=BELOUSOV, second=PUTIN).rows == []


def test_the_path_between_two_officials(library_store):
    (row,) = run(library_store, "path_between_officials", first=BELOUSOV, second=DIAZ_CANEL).records()
    assert row["steps"] == 3
    assert row["chain"] == ["Андрей Белоусов", "Душанбе", "Владимир Путин", "Мигель Диас-Канель"]
    assert row["facts"] == ["VISITED", "VISITED", "MET_WITH"]
    assert row["evidence"][2].startswith("Президент России Владимир Путин в телефонном разговоре")
    assert run(library_store, "path_between_officials", first=BELOUSOV, second=SANDALI).rows == []


def test_the_articles_and_sentences_behind_a_relationship(library_store):
    texts = {extraction.article.title: extraction.article.text for extraction in store_articles.all_articles()}
    result = run(library_store, "evidence_for_relationship", source=PUTIN, target=RUSSIA, type="HEADS")
    rows = result.records()
    assert [(row["source"], row["date"]) for row in rows] == [("Звезда", "2025-10-08"), ("NEREL v1.1", "2018-04-20")]
    for row in rows:
        assert texts[row["article"]][row["evidence_start"] : row["evidence_end"]] == row["evidence"]
    assert run(library_store, "evidence_for_relationship", source=RUSSIA, target=PUTIN, type="HEADS").rows == result.rows
    assert run(library_store, "evidence_for_relationship", source=PUTIN, target=RUSSIA, type="MET_WITH").rows == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("путин", [["Person", PUTIN, "Владимир Путин"]]),
        ("ИЗРАИЛ", [["Country", ISRAEL, "Израиль"], ["Organization", "org:il:government", "Правительство Израиля"]]),
        ("Минобороны", [["Organization", "org:tj:ministry:defence", "Министерство обороны Республики Таджикистан"], ["Organization", MOD_RU, "Министерство обороны Российской Федерации"]]),
        ("Собирзодой", [["Person", "person:эмомали-собирзода", "Эмомали Собирзода"]]),
    ],
)
def test_find_an_entity_id_by_part_of_its_name_or_alias(library_store, text, found):
    assert run(library_store, "find_entity", name=text).rows == found


def test_find_an_entity_written_with_yo_by_a_name_typed_without(extractor, tmp_path):
    """factRuEval dev book_398: the text writes "Кёпке"; an analyst types "кепке"."""
    text = "Юрген Клинсман, Йоахим Лёв (второй тренер) и Андреас Кёпке (тренер вратарей) сообщили это решение Оливеру Кану."
    extraction = extractor.extract(Article(id="a_book_398", path="book_398.txt", title="", text=text, date="2006-05-16"))
    with open_store(StoreConfig(store_dir=tmp_path / "store")) as store:
        load(store, [extraction])
        assert run(store, "find_entity", name="кепке").rows == [["Person", "person:андреас-кепке", "Андреас Кёпке"]]
