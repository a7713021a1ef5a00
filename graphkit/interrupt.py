"""Stopping on Ctrl-C or SIGTERM at a safe point instead of wherever the signal lands.

`stop_requests()` turns SIGINT and SIGTERM into a request that a long loop
checks between units of work (`graphkit load` checks it after each article
and stops after writing the batch it holds). A second signal stops at once,
by raising `KeyboardInterrupt`, which still runs every `finally` and `with`
exit on its way out, so the embedded store's server is shut down cleanly.

`exit_on_sigterm()` makes SIGTERM unwind the other commands the same way
(`SystemExit` with status 143), where Python would otherwise die on the spot
and leave the embedded server running.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

SIGNAL_EXIT_BASE = 128  # the shell's convention: killed by signal N exits 128 + N


@dataclass
class StopRequest:
    """The signal that asked to stop, if one did."""

    signal_number: int | None = None

    def __call__(self) -> bool:
        """Whether a stop was asked for."""
        return self.signal_number is not None

    @property
    def exit_status(self) -> int:
        """130 after SIGINT, 143 after SIGTERM (128 + the signal's number)."""
        return SIGNAL_EXIT_BASE + (self.signal_number or 0)


@contextmanager
def stop_requests(signals: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM)) -> Iterator[StopRequest]:
    """Within the block, the first of `signals` sets the request; the next one raises KeyboardInterrupt."""
    request = StopRequest()

    def ask_to_stop(number: int, frame: FrameType | None) -> None:
        if request():
            raise KeyboardInterrupt
        request.signal_number = number

    previous = {number: signal.signal(number, ask_to_stop) for number in signals}
    try:
        yield request
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def exit_on_sigterm() -> None:
    """From now on SIGTERM raises SystemExit(143) in the main thread, so cleanup code runs."""

    def terminate(number: int, frame: FrameType | None) -> None:
        sys.exit(SIGNAL_EXIT_BASE + number)

    signal.signal(signal.SIGTERM, terminate)
