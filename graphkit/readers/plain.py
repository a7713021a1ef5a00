"""Plain text: the title is the first non-blank line; the date only when the caller gives one (`--date`)."""

from __future__ import annotations

from graphkit.readers.identity import identified_article
from graphkit.types import Article


def read_plain(text: str, path: str, date: str | None = None) -> Article:
    title = first_line(text)
    return identified_article(path=path, title=title, text=text, date=date)


def first_line(text: str) -> str:
    """The first non-blank line, stripped: the title of a text that has no other."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
