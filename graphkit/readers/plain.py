"""Plain text: the title is the first non-empty line; the date only when given (`--date`)."""

from __future__ import annotations

from graphkit.readers.identity import article_id
from graphkit.types import Article


def read_plain(text: str, path: str, date: str | None = None) -> Article:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(
        id=article_id(url=None, source=None, date=date, title=title, path=path, text=text),
        path=path,
        title=title,
        text=text,
        date=date,
    )
