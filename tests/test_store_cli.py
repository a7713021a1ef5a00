"""`graphkit load` and `graphkit query` as users run them: real extractor, real embedded store."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import cli
from tests.conftest import REPO, SEED, neo4j_config

GRAPHKIT = Path(sys.executable).with_name("graphkit")
MEETINGS = str(REPO / "cypher" / "meetings_of_person.cypher")
SECRET = "Sekret-Parol-9431"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"NEO4J_URI": None, "GRAPHKIT_HOME": None})


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    """A store with the seed article loaded through `graphkit load`."""
    folder = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner(env={"NEO4J_URI": None}).invoke(cli, ["load", str(SEED), "--store", str(folder)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(
        r"loaded 1 articles \(0 replaced, 0 unchanged\): \d+ nodes created, 0 updated, 0 deleted; "
        r"\d+ relationships created, 0 deleted; 0 errors\n",
        result.stdout,
    ), result.output
    assert re.fullmatch(r"graphkit: 1 articles, \d+ entities, \d+ relations, 0 files failed; [\d.]+ s \([\d.]+ articles/s\)\n", result.stderr)
    return folder


def test_loading_the_seed_again_changes_nothing(runner, seed_store):
    result = runner.invoke(cli, ["load", str(SEED), "--store", str(seed_store)])
    assert result.exit_code == 0
    assert result.stdout == "loaded 0 articles (0 replaced, 1 unchanged): 0 nodes created, 0 updated, 0 deleted; 0 relationships created, 0 deleted; 0 errors\n"


def test_an_unreadable_file_is_reported_and_the_others_load(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["load", str(SEED), str(tmp_path / "empty.txt"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert f"graphkit: {tmp_path / 'empty.txt'}: empty file\n" in result.stderr
    assert result.stdout.startswith("loaded 1 articles") and result.stdout.endswith("; 1 errors\n")


def test_query_a_library_file_with_a_parameter(runner, seed_store):
    result = runner.invoke(cli, ["query", MEETINGS, "-p", "person=person:андрей-белоусов", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    header, rule, row, count = result.stdout.splitlines()
    assert header.split() == ["date", "met_with", "kind", "place", "source", "article", "evidence"]
    assert row.startswith("2025-10-08  Эмомали Собирзода")
    assert header.index("met_with") == row.index("Эмомали") == rule.index(" -") + 1
    assert header.index("source") == row.index("Звезда")
    assert count == "(1 row)"


def test_query_output_as_json_and_csv(runner, seed_store):
    arguments = ["query", "MATCH (p:Person) RETURN p.name AS name, p.titles AS titles ORDER BY name", "--store", str(seed_store)]
    as_json = runner.invoke(cli, [*arguments, "--format", "json"])
    people = json.loads(as_json.stdout)
    assert {"name": "Андрей Белоусов", "titles": ["министр обороны"]} in people
    as_csv = runner.invoke(cli, [*arguments, "--format", "csv"])
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["name", "titles"]
    assert rows[1:] == [[person["name"], json.dumps(person["titles"], ensure_ascii=False)] for person in people]


@pytest.mark.parametrize(
    "option, value",
    [("-p", "limit=2"), ("--param", "limit=2")],
)
def test_parameter_values_are_read_as_json_when_they_are_json(runner, seed_store, option, value):
    result = runner.invoke(cli, ["query", "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $limit", option, value, "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "(2 rows)"


def test_text_parameters_stay_text(runner, seed_store):
    result = runner.invoke(cli, ["query", "RETURN $day AS day, $id AS id", "-p", "day=2025-10-08", "-p", "id=person:андрей-белоусов", "--format", "json", "--store", str(seed_store)])
    assert json.loads(result.stdout) == [{"day": "2025-10-08", "id": "person:андрей-белоусов"}]


@pytest.mark.parametrize(
    "arguments, message",
    [
        ([MEETINGS], "Error: the query uses $person: give -p person=VALUE"),
        (["RETURN 1", "-p", "nonsense"], "Error: Invalid value for -p: 'nonsense' is not NAME=VALUE"),
        (["nowhere.cypher"], "Error: Invalid value for CYPHER: no such file: nowhere.cypher"),
    ],
)
def test_usage_errors_exit_2_with_the_reason(runner, seed_store, arguments, message):
    result = runner.invoke(cli, ["query", *arguments, "--store", str(seed_store)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message


def test_a_write_query_reports_what_it_changed(runner, tmp_path):
    store = str(tmp_path / "store")
    loaded = runner.invoke(cli, ["load", str(SEED), "--store", store])
    assert loaded.exit_code == 0, loaded.output
    result = runner.invoke(cli, ["query", "MATCH (p:Person {id: $id}) SET p.checked = true", "-p", "id=person:андрей-белоусов", "--store", store])
    assert result.exit_code == 0, result.output
    assert result.stderr == "1 property set\n"


def test_query_refuses_a_folder_with_no_store(runner, tmp_path):
    result = runner.invoke(cli, ["query", "RETURN 1", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: there is no graphkit store in {tmp_path / 'none'}: load articles first (graphkit load PATH...)\n"


def test_settle_applies_a_hand_edited_aliases_file_once(runner, tmp_path):
    store = tmp_path / "store"
    assert runner.invoke(cli, ["load", str(SEED), "--store", str(store), "--quiet"]).exit_code == 0
    settled = runner.invoke(cli, ["settle", "--store", str(store)])
    assert (settled.exit_code, settled.stdout) == (0, "settled: 0 records moved, 0 nodes updated\n")
    people = json.loads(runner.invoke(cli, ["query", "MATCH (p:Person) RETURN p.id AS id ORDER BY id", "--store", str(store), "--format", "json"]).stdout)
    keep, other = people[0]["id"], people[1]["id"]
    (store / "graphkit-aliases.yml").write_text(f"merge:\n  - [{keep}, {other}]\n", encoding="utf-8")
    settled = runner.invoke(cli, ["settle", "--store", str(store)])
    assert settled.exit_code == 0 and re.fullmatch(r"settled: [1-9]\d* records moved, [1-9]\d* nodes updated\n", settled.stdout), settled.output
    remaining = runner.invoke(cli, ["query", "MATCH (p:Person) RETURN p.id AS id", "--store", str(store), "--format", "json"]).stdout
    assert keep in remaining and other not in remaining
    assert runner.invoke(cli, ["settle", "--store", str(store)]).stdout == "settled: 0 records moved, 0 nodes updated\n"


def test_settle_refuses_a_folder_with_no_store(runner, tmp_path):
    result = runner.invoke(cli, ["settle", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: there is no graphkit store in {tmp_path / 'none'}: load articles first (graphkit load PATH...)\n"


def test_a_database_error_is_one_line(runner, seed_store):
    result = runner.invoke(cli, ["query", "MATCH (n) RETURN n.x,", "--store", str(seed_store)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: FalkorDB refused the query: ") and result.stderr.count("\n") == 1


def test_batch_size_must_be_positive(runner, tmp_path):
    result = runner.invoke(cli, ["load", str(SEED), "--batch-size", "0", "--store", str(tmp_path / "store")])
    assert result.exit_code == 2


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_graphkit(*arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NEO4J_", "GRAPHKIT_"))}
    return subprocess.run([GRAPHKIT, *arguments], capture_output=True, text=True, timeout=120, env={**env, **environment}, cwd=REPO)


@pytest.mark.parametrize("command", [["load", "missing.txt"], ["query", "RETURN 1"]])
def test_unreachable_neo4j_is_one_line_before_anything_is_read(command, tmp_path):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    result = run_graphkit(*command, "--uri", uri, "--password", SECRET)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: cannot reach Neo4j at {uri}: Connection refused; is it running? (docker compose up -d)\n"


def test_no_password_is_printed_or_logged(tmp_path):
    uri = f"neo4j://127.0.0.1:{closed_port()}"
    result = run_graphkit("load", str(SEED), "--uri", uri, NEO4J_PASSWORD=SECRET, PYTHONDEVMODE="1")
    assert result.returncode == 1
    assert SECRET not in result.stdout + result.stderr
    assert result.stderr.startswith(f"Error: cannot reach Neo4j at {uri}: ")


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687"])
def test_a_uri_that_is_not_bolt_is_refused(uri):
    result = run_graphkit("query", "RETURN 1", "--uri", uri)
    assert result.returncode == 1
    assert result.stderr == f"Error: '{uri}' is not a Neo4j Bolt URI (expected e.g. bolt://localhost:7687)\n"


@pytest.mark.neo4j
def test_a_wrong_neo4j_password_is_one_line_without_the_password():
    config = neo4j_config()
    result = run_graphkit("load", "missing.txt", "--uri", config.uri, "--user", config.user, "--password", SECRET)
    assert result.returncode == 1
    assert result.stderr == f"Error: Neo4j at {config.uri} refused user '{config.user}': wrong user or password\n"
    assert SECRET not in result.stdout + result.stderr
