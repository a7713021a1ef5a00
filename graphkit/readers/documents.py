"""One document's bytes to articles, by its format: JSON, HTML, or text (seed format or plain)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from enum import Enum

from graphkit.errors import ReadError
from graphkit.readers.decoding import decode
from graphkit.readers.html import read_html
from graphkit.readers.plain import read_plain
from graphkit.readers.records import read_json
from graphkit.readers.seed import is_seed_format, read_seed
from graphkit.types import Article


class Format(Enum):
    JSON = "json"
    HTML = "html"
    TEXT = "text"


SUFFIX_FORMATS = {".json": Format.JSON, ".html": Format.HTML, ".htm": Format.HTML}
"""Formats by file suffix (lower case); any other file is read as text."""


def format_of(path: str) -> Format:
    return SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower(), Format.TEXT)


def read_document(data: bytes, path: str, kind: Format, date: str | None) -> Iterator[Article | ReadError]:
    """The articles in one document's bytes; a ReadError when it cannot be read."""
    try:
        text = decode(data, path)
        if kind is Format.JSON:
            yield from read_json(text, path, date)
        elif kind is Format.HTML:
            yield read_html(text, path, date)
        elif is_seed_format(text):
            yield read_seed(text, path)
        else:
            yield read_plain(text, path, date)
    except ReadError as error:
        yield error
