"""An exclusive lock on a store folder, so that one graphkit at a time runs its server."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path


class FolderLock:
    """`flock` on a lock file: held while the process lives, released by the kernel if it dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, on_wait: Callable[[], None]) -> None:
        """Take the lock; if another process holds it, call `on_wait` once and block until it is free."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                on_wait()
                fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
