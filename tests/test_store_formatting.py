"""`graphkit query` output: aligned Cyrillic tables, values cut in the table only, JSON and CSV whole."""

from __future__ import annotations

import csv
import io
import json

import pytest

from graphkit.store.formatting import display_width, format_result, one_line
from graphkit.store.results import GraphNode, GraphPath, GraphRelationship, QueryResult

STRESSED = "Белоу\u0301сов"  # a stress mark: a combining character that takes no column


@pytest.mark.parametrize(
    "text, width",
    [
        ("Белоусов", 8),
        (STRESSED, 8),
        ("Си Цзиньпин", 11),
        ("习近平", 6),
        ("", 0),
    ],
)
def test_display_width_counts_columns_not_code_points(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Министерство обороны Российской Федерации", "Министерство обо…"),
        ("строка\nвторая", "строка вторая"),
        ("коротко", "коротко"),
        ("习近平习近平习近平", "习近平习近平习近…"),
    ],
)
def test_one_line_cuts_to_the_width_and_joins_lines(text, cut):
    assert one_line(text, 17) == cut
    assert display_width(one_line(text, 17)) <= 17


def test_table_columns_line_up_in_a_terminal():
    result = QueryResult(["name", "n"], [[STRESSED, 1], ["Собирзода", 22], [None, None]])
    lines = format_result(result, "table").splitlines()
    assert lines == [
        "name       n",
        "---------  --",
        f"{STRESSED}   1",
        "Собирзода  22",
        "",
        "(3 rows)",
    ]


def test_long_values_are_cut_in_the_table_only():
    evidence = "Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны Республики Таджикистан"
    result = QueryResult(["evidence"], [[evidence]])
    table = format_result(result, "table", max_width=30)
    assert "Министр обороны Российской Фе…" in table and evidence not in table
    assert json.loads(format_result(result, "json")) == [{"evidence": evidence}]
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [["evidence"], [evidence]]


def test_graph_values_in_every_format():
    person = GraphNode(("Person",), {"id": "person:x", "name": "Андрей Белоусов"})
    country = GraphNode(("Country",), {"id": "country:tj", "name": "Таджикистан"})
    visit = GraphRelationship("VISITED", {"status": "actual"})
    result = QueryResult(["p", "path", "titles"], [[person, GraphPath((person, country), (visit,)), ["министр", "генерал"]]])
    (row,) = json.loads(format_result(result, "json"))
    assert row["p"] == {"labels": ["Person"], "properties": {"id": "person:x", "name": "Андрей Белоусов"}}
    assert row["path"]["relationships"] == [{"type": "VISITED", "properties": {"status": "actual"}}]
    assert row["titles"] == ["министр", "генерал"]
    (_, cells) = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert cells[0] == '(:Person {id: "person:x", name: "Андрей Белоусов"})'
    assert cells[1] == '(:Person {id: "person:x", name: "Андрей Белоусов"})-[:VISITED]-(:Country {id: "country:tj", name: "Таджикистан"})'
    assert cells[2] == '["министр", "генерал"]'


def test_a_statement_without_columns_prints_the_row_count_only():
    assert format_result(QueryResult([], []), "table") == "(0 rows)\n"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        format_result(QueryResult([], []), "xml")
