"""Standard input (`-`): the format is told by the content, as there is no file name.

JSON Lines when the first non-blank line is a JSON object by itself and more
lines follow (streamed, as from a file); JSON when the input starts with `{`
or `[`; HTML when it starts with `<!DOCTYPE html` or `<html`; otherwise text
(the seed format when it starts with a `date` header, else plain text).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from itertools import chain
from typing import BinaryIO

from graphkit.errors import ReadError
from graphkit.readers.documents import Format, read_document
from graphkit.readers.files import SKIP_CHUNK, bounded_lines
from graphkit.readers.limits import MAX_ARTICLE_BYTES, too_large
from graphkit.readers.records import read_jsonl
from graphkit.readers.sources import STDIN_NAME
from graphkit.types import Article

HTML_STARTS = (b"<!doctype html", b"<html")


def read_stdin(stream: BinaryIO, date: str | None = None) -> Iterator[Article | ReadError]:
    """The articles piped in on `stream`; their path is `STDIN_NAME`."""
    lines = bounded_lines(stream)
    head = first_lines(lines, 2)
    if is_json_lines(head):
        yield from read_jsonl(chain(head, lines), STDIN_NAME, date)
        return
    data = b"".join(line for line in head if isinstance(line, bytes))
    data += stream.read(MAX_ARTICLE_BYTES + 1 - len(data))
    if len(data) > MAX_ARTICLE_BYTES or any(isinstance(line, int) for line in head):
        size = len(data) + sum(line for line in head if isinstance(line, int)) + remaining_size(stream)
        yield ReadError(STDIN_NAME, too_large(size, "input too large for one article"))
        return
    yield from read_document(data, STDIN_NAME, sniffed_format(data), date)


def first_lines(lines: Iterator[bytes | int], count: int) -> list[bytes | int]:
    """Lines up to and including the `count`-th non-blank one (or an over-long one)."""
    head: list[bytes | int] = []
    filled = 0
    for line in lines:
        head.append(line)
        if isinstance(line, int):
            break
        filled += bool(line.strip())
        if filled == count:
            break
    return head


def is_json_lines(head: list[bytes | int]) -> bool:
    filled = [line for line in head if isinstance(line, bytes) and line.strip()]
    if len(filled) < 2:
        return False
    try:
        return isinstance(json.loads(filled[0].removeprefix(codecs.BOM_UTF8)), dict)
    except ValueError:
        return False


def sniffed_format(data: bytes) -> Format:
    start = data.removeprefix(codecs.BOM_UTF8).lstrip()[:32].lower()
    if start.startswith((b"{", b"[")):
        return Format.JSON
    if start.startswith(HTML_STARTS):
        return Format.HTML
    return Format.TEXT


def remaining_size(stream: BinaryIO) -> int:
    """The number of bytes left in `stream`, read in chunks and dropped."""
    size = 0
    while chunk := stream.read(SKIP_CHUNK):
        size += len(chunk)
    return size
