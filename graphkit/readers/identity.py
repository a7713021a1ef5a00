"""Article ids: the same article gets the same id on every run and machine.

The id hashes what identifies the article as a publication (its url, or
source + date + title), not its text: a corrected or re-fetched article
keeps its id, so loading it again replaces its facts instead of adding a
second copy. Only when nothing else identifies it is the text hashed.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath


def article_id(*, url: str | None, source: str | None, date: str | None, title: str, path: str | None, text: str) -> str:
    if url:
        key = f"url:{url.strip()}"
    elif date and title:
        key = f"pub:{source or ''}|{date}|{title.strip()}"
    elif path and path != "-":
        key = f"file:{PurePath(path).name}|{title.strip()}"
    else:
        key = f"text:{text}"
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
