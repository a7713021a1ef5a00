"""Article readers: files, directories, globs and stdin in; `Article`s (or `ReadError`s) out.

One module per concern: `paths` expands the inputs, `decoding` turns bytes
into text, and `seed`, `plain`, `records` (JSON) and `html` read formats.
Readers know nothing of NLP or stores.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from graphkit.errors import ReadError
from graphkit.readers.decoding import decode
from graphkit.readers.html import read_html
from graphkit.readers.paths import STDIN, expand
from graphkit.readers.plain import read_plain
from graphkit.readers.records import read_json, read_jsonl
from graphkit.readers.seed import is_seed_format, read_seed
from graphkit.types import Article

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""A single-article file above this is no news article; JSON Lines are streamed and have it per record."""

__all__ = ["MAX_ARTICLE_BYTES", "iter_articles"]


def iter_articles(paths: Iterable[str], *, date: str | None = None, stdin: BinaryIO | None = None) -> Iterator[Article | ReadError]:
    """Every article under `paths`, in order; a `ReadError` value for each input that could not be read."""
    for source in expand(paths):
        if isinstance(source, ReadError):
            yield source
        elif source == STDIN:
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", date)
        else:
            yield from read_file(source, date)


def read_file(path: str, date: str | None) -> Iterator[Article | ReadError]:
    try:
        with open(path, "rb") as stream:
            if path.lower().endswith(".jsonl"):
                yield from read_jsonl(stream, path, date, MAX_ARTICLE_BYTES)
                return
            data = stream.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            size = os.path.getsize(path) / 2**20
            yield ReadError(path, f"file too large for one article ({size:.1f} MB > {MAX_ARTICLE_BYTES // 2**20} MB)")
            return
        yield from read_bytes(data, path, date, format_of(path))
    except OSError as error:
        yield ReadError(path, error.strerror or str(error))


def format_of(path: str) -> str:
    suffix = path.lower().rsplit(".", 1)[-1]
    return {"json": "json", "html": "html", "htm": "html"}.get(suffix, "text")


def read_stream(stream: BinaryIO, name: str, date: str | None) -> Iterator[Article | ReadError]:
    """Standard input: JSON Lines, JSON, HTML or text, told apart by the content."""
    data = stream.read()
    head = data.lstrip()[:200]
    lines = [line for line in data.splitlines() if line.strip()]
    if head.startswith(b"{") and len(lines) > 1 and all(line.lstrip().startswith(b"{") for line in lines):
        yield from read_jsonl(data.splitlines(), name, date, MAX_ARTICLE_BYTES)
    elif head.startswith((b"{", b"[")):
        yield from read_bytes(data, name, date, "json")
    elif head.lower().startswith((b"<!doctype html", b"<html")):
        yield from read_bytes(data, name, date, "html")
    else:
        yield from read_bytes(data, name, date, "text")


def read_bytes(data: bytes, path: str, date: str | None, kind: str) -> Iterator[Article | ReadError]:
    try:
        text = decode(data, path)
        if kind == "json":
            yield from read_json(text, path, date)
        elif kind == "html":
            yield read_html(text, path, date)
        elif is_seed_format(text):
            yield read_seed(text, path)
        else:
            yield read_plain(text, path, date)
    except ReadError as error:
        yield error
