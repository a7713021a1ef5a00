"""Article readers: files, directories, globs and stdin in; `Article`s, or `ReadError`s, out.

    for item in iter_articles(["news/", "extra/*.json", "-"], date="2025-10-08"):
        if isinstance(item, ReadError):
            report(item.path, item.reason)
        else:
            extract(item)

A bad input does not stop the others: it is yielded as a `ReadError` value
(never raised) and reading goes on. One module per concern:

- `sources`: inputs to file paths (directories, globs, `-`);
- `files`, `stdin`: reading bytes within the size limit (`limits`);
- `decoding`: bytes to text;
- `documents`: a document to articles by format: `seed`, `plain`,
  `records` (JSON and JSON Lines), `html`;
- `dates`, `bylines`, `identity`: dates, names and ids shared by the formats.

Readers know nothing of NLP or stores.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from graphkit.errors import ReadError
from graphkit.readers.dates import is_iso_date
from graphkit.readers.files import read_file
from graphkit.readers.limits import MAX_ARTICLE_BYTES
from graphkit.readers.sources import ARTICLE_SUFFIXES, STDIN, STDIN_NAME, expand, expected_articles
from graphkit.readers.stdin import read_stdin
from graphkit.types import Article

__all__ = ["ARTICLE_SUFFIXES", "MAX_ARTICLE_BYTES", "STDIN", "STDIN_NAME", "expected_articles", "iter_articles"]


def iter_articles(
    paths: Iterable[str | os.PathLike[str]], *, date: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[Article | ReadError]:
    """Every article under `paths`, in input order, with a `ReadError` value for each input that cannot be read.

    `paths`: files, directories (recursive, sorted), glob patterns, or `-`
    for standard input (`stdin`, else `sys.stdin.buffer`). `date` (ISO
    YYYY-MM-DD) is the date of articles whose input gives none, such as plain text.
    Raises only for a misuse: `paths` given as one string, or a malformed `date`.
    """
    if isinstance(paths, (str, bytes)):
        raise TypeError("iter_articles() takes a list of paths, not one path")
    if date is not None and not is_iso_date(date):
        raise ValueError(f"date must be of the form YYYY-MM-DD, not {date!r}")
    for source in expand(paths):
        if isinstance(source, ReadError):
            yield source
        elif source == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, date)
        else:
            yield from read_file(source, date)
