"""The `graphkit` command line: help, version, exit codes and the exact messages users see."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit import __version__
from graphkit.cli import cli
from tests.conftest import REPO, SEED

GRAPHKIT = Path(sys.executable).with_name("graphkit")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"graphkit, version {__version__}"


def test_every_command_has_one_line_help(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name, command in cli.commands.items():
        summary = command.get_short_help_str(limit=200)
        assert summary and not summary.endswith("..."), f"command {name} lacks a one-line help"
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0


def test_extract_seed_writes_the_contract(runner, tmp_path):
    out = tmp_path / "seed.jsonl"
    result = runner.invoke(cli, ["extract", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert set(record) == {"article", "entities", "relations"}
    assert record["article"]["text"] == SEED.read_text(encoding="utf-8")
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert record["article"]["text"][mention["start"] : mention["end"]] == mention["text"]
    for relation in record["relations"]:
        evidence = relation["evidence"]
        assert record["article"]["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_extract_json_format_is_one_array(runner):
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 1


def bad_inputs(root: Path) -> dict[str, tuple[Path, str]]:
    """The bad-input matrix: each file, and the reason graphkit must give for it."""
    root.mkdir(parents=True, exist_ok=True)
    cases = {}
    (root / "empty.txt").write_bytes(b"")
    cases["empty"] = (root / "empty.txt", "empty file")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    cases["binary"] = (root / "image.txt", "binary file, not text")
    (root / "broken.json").write_text('{"title": "x", "text": "Министр обороны"', encoding="utf-8")
    cases["json syntax"] = (root / "broken.json", "invalid JSON at line 1 column 41: Expecting ',' delimiter")
    (root / "notext.json").write_text('{"title": "Без текста"}', encoding="utf-8")
    cases["no text"] = (root / "notext.json", "record has no text (expected one of: text, body, content)")
    with (root / "huge.txt").open("wb") as stream:
        stream.truncate(50 * 2**20)
    cases["50 MB"] = (root / "huge.txt", "file too large for one article (50.0 MB > 10 MB)")
    (root / "nothing").mkdir(exist_ok=True)
    (root / "nothing" / "notes.md").write_text("не статья", encoding="utf-8")
    cases["no articles"] = (root / "nothing", "no article files (.txt, .json, .jsonl, .html, .htm) in this directory")
    cases["missing"] = (root / "missing.txt", "no such file or directory")
    return cases


@pytest.mark.parametrize("case", ["empty", "binary", "json syntax", "no text", "50 MB", "no articles", "missing"])
def test_bad_input_is_one_line_and_the_rest_still_loads(case, runner, tmp_path):
    path, reason = bad_inputs(tmp_path / "in")[case]
    result = runner.invoke(cli, ["extract", str(path), str(SEED), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr == f"graphkit: {path}: {reason}\n"
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["article"]["path"] == str(SEED)


def test_an_article_that_trips_a_bug_is_one_failed_file_and_the_rest_still_extract(runner, tmp_path, monkeypatch):
    """Fault injection: no real article is known to trip a bug, so one is made to."""
    from graphkit.extract.extractor import Extractor

    tripping = tmp_path / "tripping.txt"
    tripping.write_text("Министр обороны России Андрей Белоусов прибыл в Душанбе.", encoding="utf-8")
    real_extract = Extractor.extract

    def extract(self, article):
        if article.path == str(tripping):
            raise IndexError("list index out of range")
        return real_extract(self, article)

    monkeypatch.setattr(Extractor, "extract", extract)
    result = runner.invoke(cli, ["extract", str(tripping), str(SEED), "--quiet", "--jobs", "1"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"graphkit: {tripping}: could not be extracted (IndexError: list index out of range); "
        "this is a graphkit bug, please report it with this file\n"
    )
    assert [json.loads(line)["article"]["path"] for line in result.stdout.splitlines()] == [str(SEED)]


def test_undecodable_bytes(runner, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Министр обороны".encode("utf-8") + bytes([0xC3, 0x28, 0xA0, 0xA1]) * 40 + b"\x1b\x1c" * 300)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"graphkit: {path}: ")
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(runner):
    assert runner.invoke(cli, ["extract"]).exit_code == 2
    assert runner.invoke(cli, ["extract", str(SEED), "--format", "xml"]).exit_code == 2
    result = runner.invoke(cli, ["extract", str(SEED), "--date", "08.10.2025"])
    assert result.exit_code == 2
    assert "'08.10.2025' is not a date of the form YYYY-MM-DD" in result.output


def test_output_file_is_not_half_written(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == ""
    assert not list(tmp_path.glob("*.partial"))


def test_installed_executable_reports_bad_input_without_traceback(tmp_path):
    if not GRAPHKIT.exists():
        pytest.fail(f"{GRAPHKIT} is missing: install graphkit into this environment (pip install -e .)")
    cases = bad_inputs(tmp_path / "in")
    paths = [str(path) for path, _ in cases.values()]
    done = subprocess.run([str(GRAPHKIT), "extract", *paths, str(SEED)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 1
    *problems, summary = done.stderr.splitlines()
    assert problems == [f"graphkit: {path}: {reason}" for path, reason in cases.values()]
    assert re.fullmatch(rf"graphkit: 1 articles, \d+ entities, \d+ relations, {len(cases)} files failed; [\d.]+ s \([\d.]+ articles/s\)", summary)
    assert len(done.stdout.splitlines()) == 1
