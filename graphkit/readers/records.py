"""JSON articles: one object, a list of objects, or JSON Lines.

Field names (the first present wins):

| field | read from |
|---|---|
| text | `text`, `body`, `content` |
| title | `title`, `headline` (else the first line of the text) |
| date / published | `date`, `published`, `published_at`, `datetime` (ISO date or date-time) |
| source | `source` |
| url | `url`, `link` |
| authors | `authors`, `author` (a list, or a string of names split at commas and " и ") |
| tags | `tags`, `keywords` |
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from graphkit.errors import ReadError
from graphkit.readers.identity import article_id
from graphkit.types import Article

TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "datetime")
URL_FIELDS = ("url", "link")
AUTHOR_FIELDS = ("authors", "author")
TAG_FIELDS = ("tags", "keywords")
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+и\s+")
ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?")


def read_json(text: str, path: str, date: str | None = None) -> Iterator[Article | ReadError]:
    """Articles of a .json file: one object or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadError(path, f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")
        return
    if isinstance(data, dict):
        yield from record_article(data, path, path, date)
    elif isinstance(data, list):
        for number, record in enumerate(data, 1):
            yield from record_article(record, path, f"{path}:{number}", date)
    else:
        yield ReadError(path, "JSON is neither an object nor a list of objects")


def read_jsonl(lines: Iterable[bytes], path: str, date: str | None = None, max_bytes: int | None = None) -> Iterator[Article | ReadError]:
    """Articles of a JSON Lines stream (UTF-8), one per non-blank line; a bad line fails alone."""
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        if max_bytes is not None and len(raw) > max_bytes:
            yield ReadError(where, f"record too large for one article ({len(raw) / 2**20:.1f} MB > {max_bytes // 2**20} MB)")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield ReadError(where, f"cannot decode line as UTF-8 (byte {error.start})")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadError(where, f"invalid JSON at column {error.colno}: {error.msg}")
            continue
        yield from record_article(record, path, where, date)


def record_article(record: Any, path: str, where: str, date: str | None) -> Iterator[Article | ReadError]:
    if not isinstance(record, dict):
        yield ReadError(where, "record is not a JSON object")
        return
    text = first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        yield ReadError(where, f"record has no text (expected one of: {', '.join(TEXT_FIELDS)})")
        return
    title = first(record, TITLE_FIELDS) or next((line.strip() for line in text.splitlines() if line.strip()), "")
    day, published = parse_date(first(record, DATE_FIELDS))
    day = day or date
    source, url = first(record, ("source",)), first(record, URL_FIELDS)
    yield Article(
        id=article_id(url=url, source=source, date=day, title=str(title), path=where, text=text),
        path=where,
        title=str(title),
        text=text,
        date=day,
        published=published,
        source=source,
        url=url,
        authors=names(first(record, AUTHOR_FIELDS)),
        tags=names(first(record, TAG_FIELDS), split_words=False),
    )


def first(record: dict, fields: tuple[str, ...]) -> Any:
    return next((record[f] for f in fields if record.get(f) not in (None, "", [])), None)


def parse_date(value: Any) -> tuple[str | None, str | None]:
    match = ISO_DATE.match(str(value)) if value else None
    if not match:
        return None, None
    if match[2]:
        seconds = "" if match[2].count(":") == 2 else ":00"
        return match[1], f"{match[1]}T{match[2]}{seconds}"
    return match[1], None


def names(value: Any, split_words: bool = True) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    if isinstance(value, str):
        parts = NAME_SEPARATOR.split(value) if split_words else re.split(r"\s*[,;]\s*", value)
        return tuple(p.strip() for p in parts if p.strip())
    return ()
