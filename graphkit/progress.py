"""Progress of a long run on stderr, and the summary at its end.

`Progress.track(items)` passes the pipeline's items through unchanged and
counts them: articles, entities, relations, inputs that could not be read.
When it has a stream (the CLI gives it stderr only when stderr is a terminal
and `--quiet` is not set) it redraws one line there at most every
`interval` seconds: articles done, articles/s, and the time left when the
number of articles is known beforehand. `summary()` is the closing line.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO, TypeVar

from graphkit.errors import ReadError
from graphkit.types import Extraction

T = TypeVar("T")
REDRAW_INTERVAL = 0.5
CLEAR_LINE = "\r\033[K"


@dataclass
class RunCounts:
    """What went through a run so far."""

    articles: int = 0
    entities: int = 0
    relations: int = 0
    failed: int = 0

    def count(self, item: object) -> None:
        if isinstance(item, ReadError):
            self.failed += 1
        elif isinstance(item, Extraction):
            self.articles += 1
            self.entities += len(item.entities)
            self.relations += len(item.relations)

    @property
    def done(self) -> int:
        """Inputs dealt with: articles extracted and inputs that could not be read."""
        return self.articles + self.failed


@dataclass
class Progress:
    """Counts a run's items; draws a progress line on `stream` when it has one."""

    stream: TextIO | None = None
    total: int | None = None
    interval: float = REDRAW_INTERVAL
    clock: Callable[[], float] = time.monotonic
    counts: RunCounts = field(default_factory=RunCounts)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self._drawn_at: float | None = None

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """The items, unchanged, counted as they pass; the progress line is cleared at the end."""
        try:
            for item in items:
                self.counts.count(item)
                self._redraw()
                yield item
        finally:
            self.clear()

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    def rate(self) -> float:
        """Articles per second so far."""
        elapsed = self.elapsed
        return self.counts.articles / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """The progress line: `120/1,000 articles, 35.2 articles/s, 0:00:25 left`."""
        done = f"{self.counts.done:,}" + (f"/{self.total:,}" if self.total is not None else "")
        text = f"graphkit: {done} articles, {self.rate():.1f} articles/s"
        if self.total is not None and self.counts.done and self.elapsed > 0 and self.total >= self.counts.done:
            per_item = self.elapsed / self.counts.done
            text += f", {clock_time(per_item * (self.total - self.counts.done))} left"
        if self.counts.failed:
            text += f", {self.counts.failed} failed"
        return text

    def summary(self) -> str:
        """The closing line: articles, entities, relations, failed inputs, time taken."""
        counts = self.counts
        failed = f"{counts.failed} file{'s' if counts.failed != 1 else ''} failed"
        return (
            f"graphkit: {counts.articles:,} articles, {counts.entities:,} entities, {counts.relations:,} relations, "
            f"{failed}; {self.elapsed:.1f} s ({self.rate():.1f} articles/s)"
        )

    def clear(self) -> None:
        """Remove the progress line, so what follows starts on a clean line."""
        if self.stream is not None and self._drawn_at is not None:
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
            self._drawn_at = None

    def _redraw(self) -> None:
        if self.stream is None:
            return
        now = self.clock()
        if self._drawn_at is not None and now - self._drawn_at < self.interval:
            return
        self.stream.write(CLEAR_LINE + self.line())
        self.stream.flush()
        self._drawn_at = now


def clock_time(seconds: float) -> str:
    """Seconds as H:MM:SS."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
