"""JSON articles: a `.json` file with one object or a list of objects, or JSON Lines (`.jsonl`).

Fields of a record (the first one present wins):

| Article field | read from |
|---|---|
| text | `text`, `body`, `content` (required) |
| title | `title`, `headline` (else the first non-blank line of the text) |
| date, published | `date`, `published`, `published_at`, `datetime` (see `dates`) |
| source | `source` (the publisher's name, as `bylines.publisher_name` writes it) |
| url | `url`, `link` |
| authors | `authors`, `author`: a list, or a string of names split at commas and " и " |
| tags | `tags`, `keywords`: a list, or a string split at commas |

A record's `Article.path` is the file for a one-object file, `file#N` for
the N-th object of a list, and `file:N` for the record on line N of JSON
Lines. A bad record is reported as a `ReadError` and the others still load.
JSON Lines are read line by line (UTF-8, as the format prescribes), so a
file of any size streams; the size limit applies to each record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graphkit.errors import ReadError
from graphkit.readers.bylines import publisher_name, split_names
from graphkit.readers.dates import UnknownDate, parse_date
from graphkit.readers.identity import identified_article
from graphkit.types import Article
from graphkit.readers.limits import too_large
from graphkit.readers.plain import first_line

TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "datetime")
SOURCE_FIELDS = ("source",)
URL_FIELDS = ("url", "link")
AUTHOR_FIELDS = ("authors", "author")
TAG_FIELDS = ("tags", "keywords")
TAG_SEPARATOR = re.compile(r"\s*[,;]\s*")


class BadRecord(ValueError):
    """A JSON value that is not a usable article record; the message completes "record …"."""


def read_json(text: str, path: str, date: str | None = None) -> Iterator[Article | ReadError]:
    """The articles of a .json document: one object, or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadError(path, f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")
        return
    if data == []:
        yield ReadError(path, "JSON list holds no article records")
    elif isinstance(data, list):
        for number, record in enumerate(data, 1):
            yield record_or_error(record, path, f"{path}#{number}", f"record {number}", date)
    elif isinstance(data, dict):
        yield record_or_error(data, path, path, "record", date)
    else:
        yield ReadError(path, f"JSON holds a {json_type(data)}, not an article object or a list of them")


def read_jsonl(lines: Iterable[bytes | int], path: str, date: str | None = None) -> Iterator[Article | ReadError]:
    """The articles of JSON Lines, one per non-blank line; a line given as an int is one over the size limit."""
    filled = 0
    for number, line in enumerate(lines, 1):
        item = line_article(line, number, path, date)
        if item is not None:
            filled += 1
            yield item
    if not filled:
        yield ReadError(path, "empty file")


def line_article(line: bytes | int, number: int, path: str, date: str | None) -> Article | ReadError | None:
    """The article on line `number` of JSON Lines; None for a blank line."""
    where = f"line {number}:"
    if isinstance(line, int):
        return ReadError(path, f"{where} {too_large(line, 'record too large for one article')}")
    try:
        decoded = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        return ReadError(path, f"{where} not valid UTF-8 (byte 0x{line[error.start]:02X} at offset {error.start} of the line)")
    if not decoded.strip():
        return None
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as error:
        return ReadError(path, f"{where} invalid JSON at column {error.colno}: {error.msg}")
    return record_or_error(record, path, f"{path}:{number}", f"{where} record", date)


def record_or_error(record: Any, file: str, path: str, subject: str, date: str | None) -> Article | ReadError:
    """The article of one record, or a ReadError on `file` that says which record and what is wrong."""
    try:
        return record_article(record, path, date)
    except BadRecord as error:
        return ReadError(file, f"{subject} {error}")


def record_article(record: Any, path: str, date: str | None) -> Article:
    """The article of a JSON object; BadRecord when it has no text or a field is unusable."""
    if not isinstance(record, dict):
        raise BadRecord(f"is a {json_type(record)}, not a JSON object")
    text = string_field(record, TEXT_FIELDS)
    if text is None or not text.strip():
        raise BadRecord(f"has no text (expected one of: {', '.join(TEXT_FIELDS)})")
    title = (string_field(record, TITLE_FIELDS) or first_line(text)).strip()
    day, published = record_date(record, date)
    source = publisher_name(string_field(record, SOURCE_FIELDS) or "")
    url = string_field(record, URL_FIELDS)
    return identified_article(
        path=path,
        title=title,
        text=text,
        date=day,
        published=published,
        source=source,
        url=url,
        authors=name_list(record, AUTHOR_FIELDS, split_names),
        tags=name_list(record, TAG_FIELDS, split_tags),
    )


def first_field(record: dict[str, Any], fields: tuple[str, ...]) -> tuple[str, Any]:
    """`(name, value)` of the first of `fields` present with a value; `(fields[0], None)` when none is."""
    for field in fields:
        if record.get(field) not in (None, "", []):
            return field, record[field]
    return fields[0], None


def string_field(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    field, value = first_field(record, fields)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise BadRecord(f"has a {json_type(value)} in '{field}', expected a string")


def record_date(record: dict[str, Any], default: str | None) -> tuple[str | None, str | None]:
    """`(date, published)` of a record; the caller's date when the record has none."""
    value = string_field(record, DATE_FIELDS)
    if value is None:
        return default, None
    try:
        return parse_date(value)
    except UnknownDate as error:
        raise BadRecord(f"has an {error}") from None


def name_list(record: dict[str, Any], fields: tuple[str, ...], split: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    field, value = first_field(record, fields)
    if value is None:
        return ()
    if isinstance(value, str):
        return split(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    raise BadRecord(f"has a {json_type(value)} in '{field}', expected a string or a list of strings")


def split_tags(value: str) -> tuple[str, ...]:
    return tuple(tag for tag in TAG_SEPARATOR.split(value.strip()) if tag)


def json_type(value: Any) -> str:
    """The JSON name of a Python value's type, for messages."""
    names = {dict: "object", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
