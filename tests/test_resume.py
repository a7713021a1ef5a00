"""`graphkit load` stopped by a real signal, then run again, ends with the graph of a load never stopped.

Each test starts the installed `graphkit load` on 30 factRuEval dev texts
with small batches, waits until the store holds a sealed article (asking the
embedded server itself, over its socket), then signals the process.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from falkordb import FalkorDB

from graphkit.store import StoreConfig, open_store
from graphkit.store.embedded_server import PID_NAME, SOCKET_NAME, is_server_of
from graphkit.store.falkordb_store import GRAPH_NAME
from tests.conftest import REPO
from tests.store_dump import graph_dump
from tests.test_cli import GRAPHKIT

ARTICLES = 30
BATCH_SIZE = "20"  # rows: about one article per batch
SEALED = "MATCH (article:Article) WHERE article.fingerprint IS NOT NULL RETURN count(article)"
PATIENCE = 120.0  # seconds to wait for something that takes about one


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_data) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((shared_data / "data" / "factrueval-dev").glob("*.txt"))[:ARTICLES]:
        shutil.copy(path, folder)
    return folder


def run_load(corpus: Path, store: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(GRAPHKIT), "load", str(corpus), "--store", str(store), "--quiet", *options], capture_output=True, text=True, cwd=REPO, timeout=600)


def stored_graph(store: Path) -> dict:
    with open_store(StoreConfig(store_dir=store), create=False) as opened:
        return graph_dump(opened)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    """The graph of an uninterrupted load into a fresh store."""
    store = tmp_path_factory.mktemp("reference") / "store"
    done = run_load(corpus, store, "--batch-size", BATCH_SIZE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"loaded {ARTICLES} articles (0 replaced, 0 unchanged)")
    return stored_graph(store)


def start_load(corpus: Path, store: Path, jobs: str) -> subprocess.Popen[str]:
    command = [str(GRAPHKIT), "load", str(corpus), "--store", str(store), "--batch-size", BATCH_SIZE, "--jobs", jobs, "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def wait_for_a_sealed_article(store: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        assert process.poll() is None, f"graphkit load ended before the first batch was written: {process.communicate()}"
        try:
            client = FalkorDB(unix_socket_path=str(store / SOCKET_NAME))
            if client.select_graph(GRAPH_NAME).query(SEALED).result_set[0][0] > 0:
                return
        except Exception:  # the server is starting, or the graph is not made yet
            pass
        time.sleep(0.02)
    process.kill()
    pytest.fail("no article was sealed in time")


def children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_after_the_batch_and_the_next_run_goes_on(stop, corpus, reference, tmp_path):
    store = tmp_path / "store"
    process = start_load(corpus, store, jobs="1")
    wait_for_a_sealed_article(store, process)
    process.send_signal(stop)
    out, err = process.communicate(timeout=PATIENCE)
    assert process.returncode == 128 + stop, err
    stopped = re.fullmatch(r"graphkit: interrupted after (\d+) articles; run the same command again to continue", err.splitlines()[-1])
    assert stopped, err
    done_before = int(stopped[1])
    assert 0 < done_before < ARTICLES
    assert out.startswith(f"loaded {done_before} articles (0 replaced, 0 unchanged)")
    assert not (store / PID_NAME).exists(), "the embedded server was shut down cleanly"

    again = run_load(corpus, store, "--batch-size", BATCH_SIZE)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"loaded {ARTICLES - done_before} articles (0 replaced, {done_before} unchanged)")
    assert stored_graph(store) == reference


def test_after_sigkill_the_next_run_completes_the_graph(corpus, reference, tmp_path):
    store = tmp_path / "store"
    process = start_load(corpus, store, jobs="2")
    wait_for_a_sealed_article(store, process)
    left = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=PATIENCE)
    server = int((store / PID_NAME).read_text())
    workers = [pid for pid in left if pid != server]
    assert len(workers) >= 2, "two extraction workers (and the resource tracker) were running"
    deadline = time.monotonic() + PATIENCE
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(alive, workers)), "the workers end when graphkit is killed"
    assert is_server_of(server, store / SOCKET_NAME), "a killed graphkit leaves its server running"

    again = run_load(corpus, store, "--batch-size", BATCH_SIZE, "--jobs", "2")
    assert again.returncode == 0, again.stderr
    summary = re.match(r"loaded \d+ articles \((\d+) replaced, [1-9]\d* unchanged\)", again.stdout)
    assert summary, again.stdout
    # replaced: the articles of the batch that was cut off, about one (a few short articles share a batch)
    assert int(summary.group(1)) <= 3, again.stdout
    assert not is_server_of(server, store / SOCKET_NAME), "the next run took the server over and shut it down"
    assert stored_graph(store) == reference


def test_force_writes_unchanged_articles_again(corpus, reference, tmp_path):
    store = tmp_path / "store"
    assert run_load(corpus, store, "--jobs", "2").returncode == 0
    forced = run_load(corpus, store, "--force", "--jobs", "2")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.startswith(f"loaded {ARTICLES} articles ({ARTICLES} replaced, 0 unchanged)")
    assert stored_graph(store) == reference
