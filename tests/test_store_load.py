"""`graphkit.store.load` on a real store: every fact once, idempotent, order-free, replacing changed articles.

Runs on the embedded FalkorDB store, and on Neo4j too when NEO4J_URI is set.
"""

from __future__ import annotations

import pytest

from graphkit.errors import ReadError
from graphkit.store import LoadSummary, StoreConfig, load, open_store
from graphkit.types import ARTICLE, ENTITY_LABELS, MET_WITH, PERSON, Entity, Relation, Span
from tests import store_articles
from tests.store_articles import BELOUSOV, DUSHANBE, ISRAEL_VISIT_ID, PUTIN, RUSSIA, SOBIRZODA, YAFFA_ISSACHAR
from tests.store_dump import counts, graph_dump

EXPECTED_COUNTS = {
    "Article": 4, "Person": 11, "Organization": 4, "Country": 6, "Place": 1,
    "MENTIONED_IN": 26, "MET_WITH": 5, "VISITED": 4, "HEADS": 7, "WORKS_FOR": 3, "LOCATED_IN": 5,
}  # fmt: skip


def loaded(config: StoreConfig, items, **options) -> tuple[LoadSummary, dict]:
    """Load into the store, then dump the whole graph."""
    with open_store(config) as store:
        summary = load(store, items, **options)
        return summary, graph_dump(store)


def test_every_node_and_fact_is_written_once(empty_graph):
    config = empty_graph()
    summary, _ = loaded(config, store_articles.all_articles())
    with open_store(config) as store:
        assert counts(store) == EXPECTED_COUNTS
    assert summary.line() == (
        "loaded 4 articles (0 replaced, 0 unchanged): 26 nodes created, 4 updated, 0 deleted; "
        "50 relationships created, 0 deleted; 0 errors"
    )


def test_loading_the_same_articles_again_changes_nothing(empty_graph):
    config = empty_graph()
    _, first = loaded(config, store_articles.all_articles())
    summary, again = loaded(config, store_articles.all_articles(), batch_size=1)
    assert again == first
    assert (summary.articles, summary.unchanged, summary.counters.changed_anything()) == (0, 4, False)


@pytest.mark.parametrize("batch_size, reverse", [(1, False), (7, True), (5000, True)])
def test_the_graph_does_not_depend_on_batch_size_or_article_order(empty_graph, batch_size, reverse):
    _, reference = loaded(empty_graph(), store_articles.all_articles())
    articles = store_articles.all_articles()
    _, other = loaded(empty_graph(), articles[::-1] if reverse else articles, batch_size=batch_size)
    assert other == reference


def test_an_entity_of_several_articles_is_one_node_with_merged_lists(empty_graph):
    config = empty_graph()
    loaded(config, store_articles.all_articles())
    with open_store(config) as store:
        result = store.run(
            "MATCH (person:Person {id: $id})-[mention:MENTIONED_IN]->(article:Article) "
            "RETURN person.aliases AS aliases, person.titles AS titles, article.id AS article, mention.count AS count ORDER BY article",
            {"id": PUTIN},
        )
    aliases = sorted({"Владимиром Путиным", "Владимир Путин", "Путина", "Путин", "Путину"})
    assert result.rows == [
        [aliases, ["президент"], "test:nerel-156215", 3],
        [aliases, ["президент"], "test:nerel-536232", 3],
        [aliases, ["президент"], "test:seed", 1],
    ]


def changed_israel_visit():
    """The Israel article edited: the meeting with Yaffa Issachar gone, the visit now 'planned'."""
    extraction = store_articles.israel_visit()
    extraction.entities = [entity for entity in extraction.entities if entity.id != YAFFA_ISSACHAR]
    extraction.relations = [relation for relation in extraction.relations if YAFFA_ISSACHAR not in (relation.source, relation.target)]
    visit = next(relation for relation in extraction.relations if relation.type == "VISITED")
    visit.props["status"] = "planned"
    return extraction


def test_a_changed_article_replaces_its_facts(empty_graph):
    config = empty_graph()
    loaded(config, store_articles.all_articles())
    summary, replaced = loaded(config, [changed_israel_visit()])
    assert (summary.articles, summary.replaced) == (1, 1)
    articles = store_articles.all_articles()
    articles[2] = changed_israel_visit()
    _, fresh = loaded(empty_graph(), articles)
    assert replaced == fresh
    with open_store(config) as store:
        assert store.run("MATCH (p:Person {id: $id}) RETURN count(p)", {"id": YAFFA_ISSACHAR}).rows == [[0]]
        visits = store.run("MATCH (:Person)-[v:VISITED {article_id: $id}]->() RETURN v.status", {"id": ISRAEL_VISIT_ID})
        assert visits.rows == [["planned"]]


def test_facts_carry_their_provenance(empty_graph):
    config = empty_graph()
    loaded(config, store_articles.all_articles())
    text = store_articles.seed().article.text
    with open_store(config) as store:
        (row,) = store.run("MATCH (:Person {id: $a})-[m:MET_WITH]->(:Person {id: $b}) RETURN properties(m)", {"a": BELOUSOV, "b": SOBIRZODA}).rows
    fact = row[0]
    assert fact.pop("evidence") == text[fact["evidence_start"] : fact["evidence_end"]]
    assert fact == {
        "article_id": "test:seed",
        "evidence_start": fact["evidence_start"],
        "evidence_end": fact["evidence_end"],
        "source_key": BELOUSOV,
        "target_key": SOBIRZODA,
        "date": "2025-10-08",
        "confidence": 0.8,
        "kind": "talks",
        "status": "actual",
        "place": DUSHANBE,
    }


def test_article_nodes_hold_the_metadata_and_a_fingerprint_not_the_text(empty_graph):
    config = empty_graph()
    loaded(config, [store_articles.seed()])
    with open_store(config) as store:
        (row,) = store.run("MATCH (a:Article) RETURN properties(a)", {}).rows
    article = row[0]
    assert len(article.pop("fingerprint")) == 64
    assert article == {
        "id": "test:seed",
        "title": "Белоусов провел переговоры со своим таджикистанским коллегой",
        "date": "2025-10-08",
        "published": "2025-10-08T19:00:06",
        "source": "Звезда",
        "authors": ["Константин Денисов", "Николай Баранов"],
        "tags": ["армия", "Владимир Путин", "Миноброны РФ", "Андрей Белоусов", "республика таджикистан"],
        "path": "seeds/000_1c60d453f61181e5.txt",
    }


HOSTILE_VALUES = [
    "Robert'}) MATCH (n) DETACH DELETE n //",
    'кавычки " и \\ обратная черта',
    "$rows `обратные` {скобки}",
    "строка\nвторая\tтаб\r",
    "ударе\u0301ние и 😀",
]


def test_values_travel_as_parameters_and_come_back_unchanged(empty_graph):
    config = empty_graph()
    extraction = store_articles.seed()
    extraction.entities.append(Entity("person:hostile", PERSON, HOSTILE_VALUES[0], aliases=HOSTILE_VALUES, props={"titles": HOSTILE_VALUES}))
    extraction.relations.append(Relation(MET_WITH, BELOUSOV, "person:hostile", Span(0, 40, HOSTILE_VALUES[1]), {"kind": HOSTILE_VALUES[2]}))
    summary, _ = loaded(config, [extraction])
    assert summary.errors == 0
    with open_store(config) as store:
        (row,) = store.run(
            "MATCH (:Person {id: $a})-[m:MET_WITH]->(p:Person {id: $b}) RETURN p.name, p.aliases, p.titles, m.evidence, m.kind",
            {"a": BELOUSOV, "b": "person:hostile"},
        ).rows
        assert row == [HOSTILE_VALUES[0], sorted(HOSTILE_VALUES), sorted(HOSTILE_VALUES), HOSTILE_VALUES[1], HOSTILE_VALUES[2]]
        assert counts(store)["Person"] == 4


def test_unreadable_files_and_unwritable_facts_are_errors_the_rest_is_loaded(empty_graph):
    config = empty_graph()
    seed = store_articles.seed()
    seed.relations.append(Relation("LIKES", BELOUSOV, SOBIRZODA, Span(0, 1, "x")))
    problems: list[str] = []
    summary, _ = loaded(config, [ReadError("news/empty.txt", "empty file"), seed], on_problem=problems.append)
    assert problems == [
        "news/empty.txt: empty file",
        "seeds/000_1c60d453f61181e5.txt: LIKES person:андрей-белоусов -> person:эмомали-собирзода skipped: 'LIKES' is not a relationship type of the graph model",
    ]
    assert (summary.articles, summary.errors) == (1, 2)
    assert summary.line().endswith("; 2 errors")
    with open_store(config) as store:
        assert counts(store)["MET_WITH"] == 1


def test_each_label_has_an_id_index(empty_graph, backend):
    config = empty_graph()
    loaded(config, [])
    with open_store(config) as store:
        if backend == "falkordb":
            found = store.run("CALL db.indexes() YIELD label, properties RETURN label, properties", {}).rows
        else:
            found = store.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type, entityType WHERE entityType = 'NODE' AND type ENDS WITH 'UNIQUENESS' RETURN labelsOrTypes[0], properties", {}).rows
    assert sorted(label for label, _ in found) == sorted((ARTICLE, *ENTITY_LABELS))
    assert all(properties == ["id"] for _, properties in found)


def test_a_load_writes_in_transactions_of_at_most_batch_size_rows(empty_graph):
    batches: list[tuple[str, int]] = []
    loaded(empty_graph(), store_articles.all_articles(), batch_size=3, on_batch=lambda name, rows: batches.append((name, rows)))
    assert max(rows for _, rows in batches) == 3
    assert batches[-1][0] == "load/seal_articles"
    assert {name for name, _ in batches} >= {"load/article", "load/node_Person", "load/relationship_MET_WITH"}


def test_batch_size_must_be_positive(empty_graph):
    with open_store(empty_graph()) as store, pytest.raises(ValueError, match="batch_size must be at least 1"):
        load(store, [], batch_size=0)


def test_same_article_twice_in_one_load_keeps_the_last(empty_graph):
    config = empty_graph()
    summary, _ = loaded(config, [store_articles.israel_visit(), changed_israel_visit()])
    _, expected = loaded(empty_graph(), [changed_israel_visit()])
    with open_store(config) as store:
        assert graph_dump(store) == expected
    assert summary.articles == 1



def test_entities_only_the_replaced_articles_mentioned_are_deleted(empty_graph):
    """Putin and Russia are in both articles and in no other: replacing both without them drops them."""
    config = empty_graph()
    loaded(config, [store_articles.cuba_call(), store_articles.israel_visit()])
    edited = [store_articles.cuba_call(), store_articles.israel_visit()]
    for extraction in edited:
        extraction.entities = [entity for entity in extraction.entities if entity.id not in (PUTIN, RUSSIA)]
        extraction.relations = [relation for relation in extraction.relations if not {relation.source, relation.target} & {PUTIN, RUSSIA}]
    summary, replaced = loaded(config, edited)
    _, fresh = loaded(empty_graph(), edited)
    assert replaced == fresh
    assert summary.replaced == 2
    with open_store(config) as store:
        assert store.run("MATCH (n) WHERE n.id IN $ids RETURN count(n)", {"ids": [PUTIN, RUSSIA]}).rows == [[0]]
