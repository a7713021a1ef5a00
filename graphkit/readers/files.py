"""Reading one file: JSON Lines streamed line by line, any other format as one size-limited document."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from graphkit.errors import ReadError
from graphkit.readers.documents import format_of, read_document
from graphkit.readers.limits import MAX_ARTICLE_BYTES, too_large
from graphkit.readers.records import read_jsonl
from graphkit.readers.sources import os_reason
from graphkit.types import Article

JSON_LINES_SUFFIX = ".jsonl"
SKIP_CHUNK = 2**20


def read_file(path: str, date: str | None = None) -> Iterator[Article | ReadError]:
    """The articles of the file at `path`; ReadErrors for it (or its records) when they cannot be read."""
    try:
        with open(path, "rb") as stream:
            if path.lower().endswith(JSON_LINES_SUFFIX):
                yield from read_jsonl(bounded_lines(stream), path, date)
                return
            data = stream.read(MAX_ARTICLE_BYTES + 1)
            if len(data) > MAX_ARTICLE_BYTES:
                yield ReadError(path, too_large(os.fstat(stream.fileno()).st_size))
                return
    except OSError as error:
        yield ReadError(path, os_reason(error))
        return
    yield from read_document(data, path, format_of(path), date)


def bounded_lines(stream: BinaryIO) -> Iterator[bytes | int]:
    """The lines of a binary stream, each at most the size limit.

    A longer line is read on in chunks that are dropped, and given as its size
    (an int) so that the caller can report it without holding it in memory.
    """
    while line := stream.readline(MAX_ARTICLE_BYTES + 1):
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := stream.readline(SKIP_CHUNK)):
            size += len(line)
        yield size
