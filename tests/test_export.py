"""`graphkit export`: files in neo4j-admin's documented import format, GraphML and node-link JSON.

The header format checked here is that of `neo4j-admin database import full`
(Neo4j operations manual, "Import" → "CSV header format"): a header file of
`<name>:<field_type>` fields, `<name>:ID` (optionally with an id space) and
`:LABEL` in node files, `:START_ID`, `:END_ID` and `:TYPE` in relationship
files, property types from a fixed list with `[]` for arrays, fields quoted
with `"` and a quote inside doubled (RFC 4180).
"""

from __future__ import annotations

import csv
import json
import re
import shlex
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import cli
from graphkit.store import StoreConfig, load, open_store
from graphkit.types import ARTICLE, MET_WITH, PERSON, Article
from tests import store_articles
from tests.store_articles import ArticleBuilder
from tests.store_dump import counts, graph_dump

IMPORT_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
PROPERTY_FIELD = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*):(?P<type>[a-z]+)(?P<array>\[\])?")
TRICKY_SENTENCE = 'Лавров сказал: "Да, мы встретились с Вучичем,\nи это было ""важно""".'
TRICKY_ID = "test:tricky"


def tricky_article():
    """A fact whose evidence holds commas, quotes and a line break, and an alias with a comma."""
    text = "Москва, 3 марта. " + TRICKY_SENTENCE
    b = ArticleBuilder(Article(id=TRICKY_ID, path="tricky.txt", title='Title with "quotes", commas', text=text, date="2025-03-03"))
    b.entity("person:сергей-лавров", PERSON, "Сергей Лавров", "Лавров", first_name="Сергей", last_name="Лавров", titles=["министр иностранных дел, глава МИД"])
    b.entity("person:александр-вучич", PERSON, "Александр Вучич", "Вучичем", last_name="Вучич")
    b.relation(MET_WITH, "person:сергей-лавров", "person:александр-вучич", TRICKY_SENTENCE, kind="meeting", status="actual")
    return b.extraction()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "store"
    with open_store(StoreConfig(store_dir=folder)) as opened:
        summary = load(opened, [*store_articles.all_articles(), tricky_article()])
    assert summary.errors == 0
    return folder


@pytest.fixture(scope="module")
def stored(store) -> dict:
    with open_store(StoreConfig(store_dir=store), create=False) as opened:
        return {"counts": counts(opened), "dump": graph_dump(opened)}


def export(store: Path, *arguments: str):
    return CliRunner(env={"NEO4J_URI": None}).invoke(cli, ["export", *arguments, "--store", str(store)])


def read_import(folder: Path, delimiter: str = ";") -> dict:
    """Parse every header and data file the way the importer reads them; check each row against its header."""
    files = {"nodes": {}, "relationships": {}}
    for header_path in sorted(folder.glob("*-header.csv")):
        kind, name = header_path.name.removesuffix("-header.csv").split("-", 1)
        header = next(csv.reader(header_path.open(encoding="utf-8")))
        with (folder / f"{kind}-{name}.csv").open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream, strict=True))
        assert rows, header_path
        for row in rows:
            assert len(row) == len(header), (header_path, row)
        files[kind][name] = (header, rows)
    return files


def property_value(field: str, text: str, delimiter: str):
    """A data field read as the importer would, given its header field."""
    kind = PROPERTY_FIELD.fullmatch(field)
    if kind["array"]:
        return text.split(delimiter)
    return {"long": int, "double": float, "boolean": lambda value: value == "true"}.get(kind["type"], str)(text)


def test_neo4j_admin_files_follow_the_documented_header_format(store, stored, tmp_path):
    result = export(store, "--format", "neo4j-admin", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    files = read_import(tmp_path / "out")
    assert set(files["nodes"]) == {"Person", "Organization", "Country", "Place", "Article"}
    assert set(files["relationships"]) == {"MET_WITH", "VISITED", "HEADS", "WORKS_FOR", "LOCATED_IN", "MENTIONED_IN"}
    ids = set()
    for label, (header, rows) in files["nodes"].items():
        assert header[:2] == ["id:ID", ":LABEL"]
        for field in header[2:]:
            assert PROPERTY_FIELD.fullmatch(field) and PROPERTY_FIELD.fullmatch(field)["type"] in IMPORT_TYPES, field
        assert {row[1] for row in rows} == {label}
        assert len(rows) == stored["counts"][label]
        ids.update(row[0] for row in rows)
    assert len(ids) == sum(len(rows) for _, rows in files["nodes"].values()), "ids are unique across all node files (one id space)"
    for relationship_type, (header, rows) in files["relationships"].items():
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        for field in header[3:]:
            assert PROPERTY_FIELD.fullmatch(field)["type"] in IMPORT_TYPES, field
        assert {row[2] for row in rows} == {relationship_type}
        assert len(rows) == stored["counts"][relationship_type]
        assert {row[0] for row in rows} | {row[1] for row in rows} <= ids, "every relationship joins exported nodes"
    assert "count:long" in files["relationships"]["MENTIONED_IN"][0]
    assert {"confidence:double", "evidence_start:long", "evidence:string"} <= set(files["relationships"]["MET_WITH"][0])
    assert {"aliases:string[]", "titles:string[]"} <= set(files["nodes"]["Person"][0])


def test_values_survive_quoting_and_arrays_split_on_the_delimiter(store, stored, tmp_path):
    for delimiter in (";", "|"):
        assert export(store, "--format", "neo4j-admin", "--array-delimiter", delimiter, str(tmp_path / delimiter)).exit_code == 0
        files = read_import(tmp_path / delimiter)
        header, rows = files["nodes"]["Person"]
        people = {row[0]: {field.split(":")[0]: property_value(field, text, delimiter) for field, text in zip(header[2:], row[2:]) if text} for row in rows}
        for labels, properties in stored["dump"]["nodes"]:
            if labels == [PERSON]:
                expected = {name: value for name, value in properties.items() if name != "id" and value != []}
                assert people[properties["id"]] == expected
        header, rows = files["relationships"]["MET_WITH"]
        evidence = {row[header.index("evidence:string")] for row in rows}
        assert TRICKY_SENTENCE in evidence
        article = next(row for row in files["nodes"]["Article"][1] if row[0] == TRICKY_ID)
        assert 'Title with "quotes", commas' in article
    raw = (tmp_path / ";" / "relationships-MET_WITH.csv").read_text(encoding="utf-8")
    assert '"Лавров сказал: ""Да, мы встретились с Вучичем,\nи это было """"важно""""""."' in raw


def test_the_import_command_names_every_file_pair(store, tmp_path):
    out = tmp_path / "out"
    result = export(store, "--format", "neo4j-admin", "--array-delimiter", "|", str(out))
    command = shlex.split(result.stdout.splitlines()[-1])
    assert command[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    assert "--array-delimiter=|" in command and "--multiline-fields=true" in command
    pairs = [argument.split("=", 1)[1].split(",") for argument in command if argument.startswith(("--nodes=", "--relationships="))]
    assert sorted(Path(path).name for pair in pairs for path in pair) == sorted(path.name for path in out.glob("*.csv"))
    assert all(Path(header).name.endswith("-header.csv") and Path(header).parent == out for header, _ in pairs)
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert script.startswith("#!/bin/sh\n") and 'database import full "${1:-neo4j}"' in script
    assert "--nodes=nodes-Person-header.csv,nodes-Person.csv" in script and "'--array-delimiter=|'" in script


def test_a_list_item_holding_the_array_delimiter_is_refused(store, tmp_path):
    result = export(store, "--format", "neo4j-admin", "--array-delimiter", ",", str(tmp_path / "comma"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: the array delimiter must be one character other than")
    result = export(store, "--format", "neo4j-admin", "--array-delimiter", "Д", str(tmp_path / "letter"))
    assert result.exit_code == 1
    assert re.fullmatch(r"Error: the list value '.*Д.*' holds the array delimiter 'Д': choose another one with --array-delimiter\n", result.stderr)


@pytest.mark.parametrize("output_format, read", [("graphml", nx.read_graphml), ("json", lambda path: nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges"))])
def test_graphml_and_json_read_back_with_the_stores_counts(output_format, read, store, stored, tmp_path):
    path = tmp_path / f"graph.{output_format}"
    result = export(store, "--format", output_format, str(path))
    assert result.exit_code == 0, result.output
    graph = read(path)
    nodes = sum(stored["counts"][label] for label in ("Person", "Organization", "Country", "Place", ARTICLE))
    relationships = sum(number for name, number in stored["counts"].items() if name.isupper())
    assert result.stdout == f"wrote {path}: {nodes} nodes, {relationships} relationships\n"
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, relationships)
    by_type: dict[str, int] = {}
    for _, _, attributes in graph.edges(data=True):
        by_type[attributes["type"]] = by_type.get(attributes["type"], 0) + 1
    assert by_type == {name: number for name, number in stored["counts"].items() if name.isupper()}
    lavrov = graph.nodes["person:сергей-лавров"]
    assert lavrov["labels"] == PERSON and lavrov["name"] == "Сергей Лавров"
    evidence = [attributes["evidence"] for _, _, attributes in graph.edges(data=True) if attributes.get("article_id") == TRICKY_ID and attributes["type"] == MET_WITH]
    assert evidence == [TRICKY_SENTENCE]


def test_export_needs_a_store(tmp_path):
    result = export(tmp_path / "none", "--format", "json", str(tmp_path / "graph.json"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: there is no graphkit store in")
