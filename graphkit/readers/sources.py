"""The command line's inputs as a stream of sources: file paths in a stable order, or stdin.

An input is a file, a directory (read recursively), a glob pattern, or `-`
for standard input. Directories are walked lazily, one folder listing at a
time, and give only article files (`ARTICLE_SUFFIXES`, any letter case);
hidden files and folders (name starting with ".") and symbolic links to
folders (which can loop) are left out. The order is the sorted order of the
paths' components, the same on every machine. The files a glob pattern
matches are taken as named, like files given one by one.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from graphkit.errors import ReadError

STDIN = "-"
"""The input that stands for standard input."""
STDIN_NAME = "<stdin>"
"""The path of articles read from standard input."""
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
MULTI_ARTICLE_SUFFIXES = (".json", ".jsonl")
GLOB_CHARACTERS = frozenset("*?[")


def expand(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str | ReadError]:
    """Each input as the file paths it stands for (or `STDIN`); a ReadError for one that gives none."""
    for item in inputs:
        item = os.fspath(item)
        if item == STDIN:
            yield STDIN
        elif GLOB_CHARACTERS & set(item) and not os.path.lexists(item):
            yield from expand_pattern(item)
        else:
            yield from expand_path(item)


def expand_pattern(pattern: str) -> Iterator[str | ReadError]:
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield ReadError(pattern, "no file matches this pattern")
    for match in matches:
        yield from expand_path(match)


def expand_path(path: str) -> Iterator[str | ReadError]:
    if os.path.isdir(path):
        files = article_files(path)
        first = next(files, None)
        if first is None:
            yield ReadError(path, f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory")
            return
        yield first
        yield from files
    elif os.path.exists(path):
        yield path
    else:
        yield ReadError(path, "no such file or directory")


def article_files(directory: str) -> Iterator[str | ReadError]:
    """Article files below `directory`, depth first in name order; a ReadError for a folder that cannot be listed."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(directory, os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from article_files(entry.path)
        elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
            yield entry.path


def os_reason(error: OSError) -> str:
    """An OSError as a reason in the CLI's style: "permission denied", "no such file or directory"."""
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:]


def expected_articles(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many items `iter_articles` will give for `inputs`, when that is known without reading them.

    A file of a one-article format (text, HTML) gives one item, and so does
    an input that gives no file; JSON and JSON Lines files hold any number of
    records and standard input is unknown, so with any of them: None.
    """
    count = 0
    for source in expand(inputs):
        if source == STDIN or (isinstance(source, str) and source.lower().endswith(MULTI_ARTICLE_SUFFIXES)):
            return None
        count += 1
    return count
