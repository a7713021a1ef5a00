"""Saved news pages (`.html`, `.htm`): main text and metadata found by trafilatura.

`Article.text` is the main text trafilatura extracts (navigation, footers,
comments and ads left out), so offsets index that text, not the HTML.
trafilatura favours precision here: a section page of headline links or a
menu is no article, and gives "no article text found in the page".
Title, url, publisher, authors and tags come from the page's metadata;
the publication date from htmldate (through trafilatura), restricted to the
page's markup and metadata, because a date found anywhere in the text is as
likely the date of an event the article recalls.
"""

from __future__ import annotations

from configparser import ConfigParser
from functools import cache

from graphkit.errors import ReadError
from graphkit.readers.bylines import publisher_name, split_names
from graphkit.readers.dates import UnknownDate, parse_date
from graphkit.readers.identity import identified_article
from graphkit.types import Article
from graphkit.readers.plain import first_line

MIN_ARTICLE_CHARACTERS = 25
"""Main text shorter than a short sentence is a menu item ("Главная") trafilatura fell back to, not an article."""
DATE_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
DATE_ONLY_SUFFIX = "T00:00:00"
"""htmldate pads a date without a time to midnight with no UTC offset: such a value is a date only."""


def read_html(html: str, path: str, date: str | None = None) -> Article:
    """The article of a saved page; ReadError when the page has no main text."""
    import trafilatura  # here, not at the top: it takes a while to load and only pages need it
    from trafilatura.settings import set_date_params

    found = trafilatura.bare_extraction(
        html,
        config=extraction_config(),
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={**set_date_params(extensive=False), "outputformat": DATE_TIME_FORMAT},
    )
    text = (found.text if found is not None else None) or ""
    if not text.strip():
        raise ReadError(path, "no article text found in the page")
    title = (found.title or "").strip() or first_line(text)
    day, published = page_date(found.date, date)
    url = found.url or None
    source = publisher_name(found.sitename or "")
    return identified_article(
        path=path,
        title=title,
        text=text,
        date=day,
        published=published,
        source=source,
        url=url,
        authors=split_names(found.author or ""),
        tags=tuple(tag.strip() for tag in found.tags or () if tag.strip()),
    )


@cache
def extraction_config() -> ConfigParser:
    """trafilatura's default settings, with `MIN_ARTICLE_CHARACTERS` as the smallest text it returns."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_ARTICLE_CHARACTERS))
    return config


def page_date(found: str | None, default: str | None) -> tuple[str | None, str | None]:
    """`(date, published)` of htmldate's value; the caller's date when the page gives none."""
    if not found:
        return default, None
    try:
        day, published = parse_date(found)
    except UnknownDate:
        return default, None
    return day, None if found.endswith(DATE_ONLY_SUFFIX) else published
