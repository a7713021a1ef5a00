"""An Extraction as load rows: provenance, sorted lists, fingerprints, and what is refused."""

from __future__ import annotations

import dataclasses

import pytest

from graphkit.store.rows import article_rows
from graphkit.types import MET_WITH, PERSON, Entity, Relation, Span
from tests import store_articles
from tests.store_articles import BELOUSOV, DUSHANBE, MOD_RU, SOBIRZODA


def test_article_row_has_the_metadata_but_not_the_text():
    rows = article_rows(store_articles.seed())
    assert rows.article == {
        "id": "test:seed",
        "props": {
            "title": "Белоусов провел переговоры со своим таджикистанским коллегой",
            "date": "2025-10-08",
            "published": "2025-10-08T19:00:06",
            "source": "Звезда",
            "url": None,
            "authors": ["Константин Денисов", "Николай Баранов"],
            "tags": ["армия", "Владимир Путин", "Миноброны РФ", "Андрей Белоусов", "республика таджикистан"],
            "path": "seeds/000_1c60d453f61181e5.txt",
        },
    }


def test_fact_rows_carry_provenance_and_their_own_properties():
    extraction = store_articles.seed()
    (meeting,) = article_rows(extraction).facts[MET_WITH]
    evidence = extraction.article.text[meeting["evidence_start"] : meeting["evidence_end"]]
    assert evidence.startswith("Министр обороны Российской Федерации Андрей Белоусов провел переговоры")
    assert meeting == {
        "article_id": "test:seed",
        "source": BELOUSOV,
        "target": SOBIRZODA,
        "evidence_start": meeting["evidence_start"],
        "evidence_end": meeting["evidence_end"],
        "props": {"evidence": evidence, "date": "2025-10-08", "confidence": 0.8, "kind": "talks", "status": "actual", "place": DUSHANBE},
    }


def test_node_rows_link_to_the_article_with_the_count_of_mentions():
    rows = article_rows(store_articles.seed())
    belousov = next(row for row in rows.nodes[PERSON] if row["id"] == BELOUSOV)
    assert belousov["article_id"] == "test:seed"
    assert belousov["props"] == {
        "name": "Андрей Белоусов", "first_name": "Андрей", "last_name": "Белоусов",
        "aliases": ["Андрей Белоусов", "Белоусов", "Белоусова"], "titles": ["министр обороны"], "ranks": [],
    }
    record = belousov["record"]
    assert (record["key"], record["count"], record["name"], record["titles"], record["ranks"]) == (BELOUSOV, 5, "Андрей Белоусов", ["министр обороны"], [])
    assert MOD_RU in record["employers"]


def test_list_properties_are_distinct_and_sorted_by_code_point():
    entity = Entity("person:x", PERSON, "Ёж Иванов", aliases=["Иванов", "Ёж Иванов", "Иванов", "Ivanov"], props={"titles": "министр"})
    extraction = dataclasses.replace(store_articles.seed(), entities=[entity], relations=[])
    (row,) = article_rows(extraction).nodes[PERSON]
    for values in (row["props"], row["record"]):
        assert values["aliases"] == ["Ivanov", "Ёж Иванов", "Иванов"]  # Ё is U+0401, before А
        assert values["titles"] == ["министр"]


def test_a_fact_without_a_date_takes_the_article_date():
    extraction = store_articles.seed()
    heads = next(relation for relation in extraction.relations if relation.target == MOD_RU)
    assert "date" not in heads.props
    (row,) = [row for row in article_rows(extraction).facts["HEADS"] if row["target"] == MOD_RU]
    assert row["props"]["date"] == "2025-10-08"


def test_nul_characters_become_replacement_characters_and_offsets_stay():
    extraction = store_articles.seed()
    sentence = Span(10, 15, "а\x00б\x00в")
    extraction.relations = [Relation(MET_WITH, BELOUSOV, SOBIRZODA, sentence)]
    (row,) = article_rows(extraction).facts[MET_WITH]
    assert row["props"]["evidence"] == "а\ufffdб\ufffdв"
    assert (row["evidence_start"], row["evidence_end"]) == (10, 15)


@pytest.mark.parametrize(
    "relation, reason",
    [
        (Relation("LIKES", BELOUSOV, SOBIRZODA, Span(0, 1, "x")), "'LIKES' is not a relationship type of the graph model"),
        (Relation(MET_WITH, BELOUSOV, "person:никто", Span(0, 1, "x")), "person:никто is not an entity of this article"),
        (Relation(MET_WITH, "person:никто", BELOUSOV, Span(0, 1, "x")), "person:никто is not an entity of this article"),
    ],
)
def test_facts_that_cannot_be_written_are_reported_not_written(relation, reason):
    extraction = store_articles.seed()
    extraction.relations = [relation]
    rows = article_rows(extraction)
    assert rows.facts == {}
    assert rows.problems == [f"seeds/000_1c60d453f61181e5.txt: {relation.type} {relation.source} -> {relation.target} skipped: {reason}"]


def test_an_unknown_label_is_reported_and_its_facts_with_it():
    extraction = store_articles.seed()
    extraction.entities.append(Entity("event:x", "Event", "Саммит"))
    extraction.relations.append(Relation(MET_WITH, BELOUSOV, "event:x", Span(0, 1, "x")))
    rows = article_rows(extraction)
    assert "Event" not in rows.nodes
    assert [problem.split(": ", 1)[1] for problem in rows.problems] == [
        "entity event:x skipped: 'Event' is not a label of the graph model",
        "MET_WITH person:андрей-белоусов -> event:x skipped: event:x is not an entity of this article",
    ]


def test_property_values_a_graph_cannot_hold_are_reported():
    extraction = store_articles.seed()
    extraction.entities[0].props["nested"] = {"a": 1}
    extraction.entities[0].props["id"] = "person:другой"
    rows = article_rows(extraction)
    belousov = next(row for row in rows.nodes[PERSON] if row["id"] == BELOUSOV)
    assert "nested" not in belousov["props"] and belousov["id"] == BELOUSOV
    assert [problem.split(": ", 2)[2] for problem in rows.problems] == [
        "property 'nested' skipped: a dict is not a property value",
        "property 'id' skipped: graphkit sets it itself",
    ]


def test_repeated_entity_ids_merge_into_one_row():
    extraction = store_articles.seed()
    twin = dataclasses.replace(extraction.entities[0], aliases=["А. Белоусов"], mentions=[Span(0, 1, "x")])
    extraction.entities.append(twin)
    rows = article_rows(extraction)
    (belousov,) = [row for row in rows.nodes[PERSON] if row["id"] == BELOUSOV]
    assert belousov["record"]["count"] == 6
    assert "А. Белоусов" in belousov["props"]["aliases"] and "А. Белоусов" in belousov["record"]["aliases"]


def test_fingerprint_is_stable_and_changes_with_any_fact():
    first, again = article_rows(store_articles.seed()), article_rows(store_articles.seed())
    assert first.fingerprint == again.fingerprint
    changed = store_articles.seed()
    changed.relations[0].props["status"] = "planned"
    assert article_rows(changed).fingerprint != first.fingerprint
