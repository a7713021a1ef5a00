"""Turning the command line's inputs into a stream of sources: files in a stable order, or stdin."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.errors import ReadError

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
STDIN = "-"
GLOB_CHARACTERS = set("*?[")


def expand(inputs: Iterable[str]) -> Iterator[str | ReadError]:
    """Each input as the files it stands for, in sorted order; a ReadError for one that gives none."""
    for item in inputs:
        if item == STDIN:
            yield STDIN
        elif GLOB_CHARACTERS & set(item) and not Path(item).exists():
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield ReadError(item, "no file matches this pattern")
            for match in matches:
                yield from expand_path(Path(match))
        else:
            yield from expand_path(Path(item))


def expand_path(path: Path) -> Iterator[str | ReadError]:
    if path.is_dir():
        files = list(article_files(path))
        if not files:
            yield ReadError(str(path), f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory")
        yield from files
    elif path.exists():
        yield str(path)
    else:
        yield ReadError(str(path), "no such file or directory")


def article_files(directory: Path) -> Iterator[str]:
    """Article files below a directory, recursively, sorted, hidden files and folders left out."""
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield os.path.join(root, name)
