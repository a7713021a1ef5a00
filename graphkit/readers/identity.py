"""Article ids: the same article gets the same id on every run and on every machine.

The id is "a_" and the first 16 hex digits of a SHA-256 over what identifies
the article as a publication, in this order of preference:

1. its url;
2. `source|date|title` when the date and the title are known;
3. the file's base name and the title (`name|title`), when it came from a file;
4. only when nothing else identifies it (text piped in with no metadata), its text.

The text is not hashed when metadata exists because a news article is
corrected after publication: a typo fixed, a sentence added. The corrected
article is the same publication, so it must keep its id; loading it again
then replaces the facts of the old version in the store instead of adding
a second copy of the article beside it.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Any

from graphkit.readers.sources import STDIN_NAME
from graphkit.types import Article


def identified_article(
    *, path: str, title: str, text: str, date: str | None = None, source: str | None = None, url: str | None = None, **details: Any
) -> Article:
    """An `Article` with its id; `details` are its other fields (published, authors, tags, …)."""
    return Article(
        id=article_id(url=url, source=source, date=date, title=title, path=path, text=text),
        path=path,
        title=title,
        text=text,
        date=date,
        source=source,
        url=url,
        **details,
    )


def article_id(*, url: str | None, source: str | None, date: str | None, title: str, path: str, text: str) -> str:
    """The id of an article; `path` is where it was read (a file, a record in one, or stdin)."""
    title = " ".join(title.split())
    if url and url.strip():
        key = url.strip()
    elif date and title:
        key = f"{source or ''}|{date}|{title}"
    elif not path.startswith(STDIN_NAME):
        key = f"{PurePath(path).name}|{title}"
    else:
        key = text
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
