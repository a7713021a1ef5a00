"""Saved news pages: the main text, title, date and url, found by trafilatura.

The article text is trafilatura's main text (navigation, footers and ads
left out); offsets index that text.
"""

from __future__ import annotations

from graphkit.errors import ReadError
from graphkit.readers.identity import article_id
from graphkit.readers.records import parse_date
from graphkit.types import Article


def read_html(html: str, path: str, date: str | None = None) -> Article:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    found = document.as_dict() if document is not None else {}
    text = found.get("text") or ""
    if not text.strip():
        raise ReadError(path, "no article text found in the page")
    title = (found.get("title") or "").strip() or next(line.strip() for line in text.splitlines() if line.strip())
    day, published = parse_date(found.get("date"))
    day = day or date
    url, source = found.get("url"), found.get("sitename")
    authors = tuple(a.strip() for a in (found.get("author") or "").split(";") if a.strip())
    return Article(
        id=article_id(url=url, source=source, date=day, title=title, path=path, text=text),
        path=path,
        title=title,
        text=text,
        date=day,
        published=published,
        source=source,
        url=url,
        authors=authors,
        tags=tuple(found.get("tags") or ()),
    )
