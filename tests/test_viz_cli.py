"""`graphkit viz`, `stats` and `path` on an embedded store holding the four known articles."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphkit.cli import cli
from graphkit.store import StoreConfig, load, open_store
from tests import store_articles
from tests.store_articles import BELOUSOV, PUTIN


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("viz-cli") / "store"
    with open_store(StoreConfig(store_dir=folder)) as store:
        load(store, store_articles.all_articles())
    return folder


def run(*arguments: str):
    return CliRunner().invoke(cli, list(arguments))


def test_viz_writes_the_page_and_says_what_it_shows(store_dir, tmp_path):
    output = tmp_path / "graph.html"
    done = run("viz", "-o", str(output), "--store", str(store_dir))
    assert done.exit_code == 0, done.output
    assert done.output == f"wrote {output}: 22 entities, 23 links (24 facts), 2016-02-01 – 2025-10-08\n"
    assert "vis.Network" in output.read_text(encoding="utf-8")


def test_viz_filters_and_says_what_it_left_out_on_stderr(store_dir, tmp_path):
    output = tmp_path / "putin.html"
    done = run("viz", "-o", str(output), "--store", str(store_dir), "--person", "путин", "--types", "met_with,Visited", "--since", "2019-01-01", "--max-nodes", "3")
    assert done.exit_code == 0, done.output
    # Within a link of Putin since 2019: Yaffa Issachar (met), Israel and Dushanbe (visited). All three
    # are one link away with one link each, so the first two by id stay: country:il, person:яффа-иссахар.
    assert done.stdout == f"wrote {output}: 3 entities, 2 links (2 facts), 2020-01-23\n"
    assert done.stderr == f"graphkit: {output}: left out 1 entity and 1 link: only the 3 nearest to Владимир Путин are shown (max nodes 3)\n"
    page = output.read_text(encoding="utf-8")
    assert "within 1 link of Владимир Путин; facts dated 2019-01-01 – …; types MET_WITH, VISITED" in page


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--types", "MET_WITH,LIKES"], "Invalid value for '--types': LIKES is no relationship type; choose from MET_WITH,VISITED,HEADS,WORKS_FOR,LOCATED_IN"),
        (["--since", "08.10.2025"], "Invalid value for '--since': '08.10.2025' is not a date of the form YYYY-MM-DD"),
        (["--depth", "0"], "Invalid value for '--depth'"),
    ],
)
def test_viz_usage_errors(store_dir, arguments, message):
    done = run("viz", "--store", str(store_dir), *arguments)
    assert done.exit_code == 2
    assert message in done.output


def test_viz_of_an_unknown_person_is_an_error(store_dir, tmp_path):
    done = run("viz", "-o", str(tmp_path / "x.html"), "--store", str(store_dir), "--person", "Шойгу")
    assert (done.exit_code, done.output) == (1, "Error: no entity is named 'Шойгу'\n")
    assert not (tmp_path / "x.html").exists()


def test_stats_as_json(store_dir):
    done = run("stats", "--store", str(store_dir), "--format", "json", "--top", "2")
    assert done.exit_code == 0, done.output
    found = json.loads(done.output)
    assert found["entities"] == {"Country": 6, "Organization": 4, "Person": 11, "Place": 1}
    assert found["facts"] == {"HEADS": 7, "LOCATED_IN": 5, "MET_WITH": 5, "VISITED": 4, "WORKS_FOR": 3}
    # Putin: Russia, Dushanbe, Israel, Diaz-Canel, Castro, Yaffa Issachar; Belousov: Sobirzoda, Tajikistan, Dushanbe, his ministry.
    assert [(person["id"], person["degree"]) for person in found["officials"]] == [(PUTIN, 6), (BELOUSOV, 4)]
    assert found["components"] == [17, 5]  # the Georgian meeting is apart from the rest


def test_stats_as_a_table(store_dir):
    done = run("stats", "--store", str(store_dir))
    assert done.exit_code == 0, done.output
    assert done.output.startswith("Entities: 22 (Country 6, Organization 4, Person 11, Place 1)\n")
    assert "Communities (Louvain, seed 42): " in done.output


def test_path_gives_each_step_with_its_sentence(store_dir):
    done = run("path", "белоусов", "Владимир Путин", "--store", str(store_dir))
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[:3] == ["Андрей Белоусов → Владимир Путин: 2 steps", "1. Андрей Белоусов — Душанбе", "   Андрей Белоусов VISITED Душанбе (2025-10-08, actual, working)"]
    assert "2. Душанбе — Владимир Путин" in lines
    assert "   Владимир Путин VISITED Душанбе (2025-10-08, planned)" in lines
    assert "     — «Белоусов провел переговоры со своим таджикистанским коллегой», Звезда, 2025-10-08" in lines


def test_path_as_json(store_dir):
    done = run("path", BELOUSOV, PUTIN, "--store", str(store_dir), "--format", "json")
    assert done.exit_code == 0, done.output
    found = json.loads(done.output)
    assert [entity["name"] for entity in found["entities"]] == ["Андрей Белоусов", "Душанбе", "Владимир Путин"]


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("Белоусов", "сандали", "Error: no chain of facts links Андрей Белоусов (person:андрей-белоусов) and Виторио Сандали (person:виторио-сандали)\n"),
        ("Белоусов", "Шойгу", "Error: no entity is named 'Шойгу'\n"),
        ("Путин", "министерство обороны", "Error: 'министерство обороны' may be any of 2 entities: Министерство обороны Российской Федерации (org:ru:ministry:defence), Министерство обороны Республики Таджикистан (org:tj:ministry:defence); give its id\n"),
        ("Путин", "министерств", "Error: no entity is named 'министерств'; did you mean Министерство иностранных дел Грузии, Министерство обороны Республики Таджикистан, Министерство обороны Российской Федерации?\n"),
    ],
)
def test_path_errors_are_one_clear_line(store_dir, first, second, message):
    done = run("path", first, second, "--store", str(store_dir))
    assert (done.exit_code, done.output) == (1, message)


def test_reading_commands_need_a_store(tmp_path):
    for command in (["viz", "-o", str(tmp_path / "g.html")], ["stats"], ["path", "a", "b"]):
        done = run(*command, "--store", str(tmp_path / "none"))
        assert done.exit_code == 1
        assert done.output.startswith(f"Error: there is no graphkit store in {tmp_path / 'none'}")
