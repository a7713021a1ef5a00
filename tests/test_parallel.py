"""Extraction in worker processes gives exactly what one process gives, streamed and in input order."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from graphkit.errors import ReadError
from graphkit.parallel import ExtractionPool
from graphkit.pipeline import extract_paths
from graphkit.readers import iter_articles
from graphkit.types import Article, Extraction
from tests.conftest import REPO
from tests.test_cli import GRAPHKIT

DEV_FILES = 12


@pytest.fixture(scope="module")
def dev_inputs(tmp_path_factory, shared_data) -> list[str]:
    """A dozen factRuEval dev texts with an empty file and a missing one among them."""
    texts = sorted((shared_data / "data" / "factrueval-dev").glob("*.txt"))[:DEV_FILES]
    assert len(texts) == DEV_FILES
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    inputs = [str(path) for path in texts]
    inputs.insert(3, str(folder / "empty.txt"))
    inputs.insert(8, str(folder / "missing.txt"))
    return inputs


def as_data(items) -> list:
    return [item.to_dict() if isinstance(item, Extraction) else ("unreadable", item.path, item.reason) for item in items]


def test_two_jobs_give_what_one_gives_in_the_same_order(dev_inputs, extractor):
    serial = as_data(extract_paths(dev_inputs, extractor=extractor))
    parallel = as_data(extract_paths(dev_inputs, jobs=2))
    assert [item["article"]["path"] if isinstance(item, dict) else item[1] for item in serial] == dev_inputs
    assert serial[3][0] == "unreadable" and serial[8][0] == "unreadable"
    assert sum(len(item["relations"]) for item in serial if isinstance(item, dict)) > 0
    assert parallel == serial


def test_the_cli_writes_the_same_lines_with_any_number_of_jobs(dev_inputs, tmp_path):
    outputs = []
    for jobs in ("1", "2", "3"):
        output = tmp_path / f"jobs{jobs}.jsonl"
        done = subprocess.run([str(GRAPHKIT), "extract", *dev_inputs, "--jobs", jobs, "-o", str(output)], capture_output=True, text=True, cwd=REPO, timeout=600)
        assert done.returncode == 1, done.stderr
        assert done.stderr.splitlines()[:2] == [f"graphkit: {dev_inputs[3]}: empty file", f"graphkit: {dev_inputs[8]}: no such file or directory"]
        outputs.append(output.read_text(encoding="utf-8"))
    lines = outputs[0].splitlines()
    assert len(lines) == DEV_FILES and {json.loads(line)["article"]["path"] for line in lines} == set(dev_inputs) - {dev_inputs[3], dev_inputs[8]}
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]


def test_input_is_streamed_with_a_bounded_number_of_articles_in_flight(shared_data):
    articles = [item for item in iter_articles([str(shared_data / "data" / "factrueval-dev")]) if not isinstance(item, ReadError)][:20]
    taken: list[int] = []

    def counted():
        for number, article in enumerate(articles, 1):
            taken.append(number)
            yield article

    window = 3
    seen = []
    with ExtractionPool(2, window=window) as pool:
        for extraction in pool.extract(counted()):
            seen.append(extraction.article.id)
            assert len(taken) <= len(seen) + window
    assert seen == [article.id for article in articles]


def test_an_article_that_trips_a_bug_in_a_worker_is_one_failed_file(shared_data):
    """The error a worker returns for such an article crosses back to the parent (it once broke the pool:
    `ReadError` could not be unpickled). No real article is known to trip a bug, so one without text is made."""
    articles = [item for item in iter_articles([str(shared_data / "data" / "factrueval-dev")]) if not isinstance(item, ReadError)][:3]
    broken = Article(id="a_broken", path="broken.txt", title="", text=None)  # type: ignore[arg-type]
    with ExtractionPool(2) as pool:
        results = list(pool.extract([articles[0], broken, *articles[1:]]))
    assert isinstance(results[1], ReadError)
    assert results[1].path == "broken.txt" and results[1].reason.startswith("could not be extracted (TypeError: ")
    assert [r.article.id for r in results if not isinstance(r, ReadError)] == [a.id for a in articles]


def test_jobs_must_be_positive():
    with pytest.raises(ValueError):
        extract_paths([str(Path(__file__))], jobs=0)


@pytest.mark.parametrize("name", ["220995_text.txt", "213769_text.txt"])
def test_the_output_does_not_depend_on_the_hash_seed(name, shared_data):
    """Worker processes get their own hash seeds: nothing may depend on the order of a set
    (these NEREL dev articles have people whose name forms disagree on gender)."""
    outputs = set()
    for seed in ("1", "2", "3"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([str(GRAPHKIT), "extract", str(shared_data / "data" / "nerel" / "dev" / name), "--jobs", "1", "--quiet"], capture_output=True, text=True, env=environment, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
