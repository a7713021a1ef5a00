"""The news-export format of the seed articles: a `date` header, then the article with its metadata lines.

     date 2025-10-08 МЕДИАГРУППА «ЗВЕЗДА»          <- header: date and publisher
    Белоусов провел переговоры …                   <- title
    Глава ведомства прилетел …                     <- lead
    2025-10-08 19:00:06                            <- publication time
    © Фото: … © Видео: …                           <- photo and video credits
    … body paragraphs …
    Материал подготовили Константин Денисов и Николай Баранов.   <- authors
    #армия #Владимир Путин #Миноброны РФ …         <- tags (a tag may hold spaces)

The header, time, credit, author and tag lines are metadata: their offsets
(line terminator excluded) go to `Article.meta_spans`, so the extractor does
not read them as news. The title and the lead are news text.

An author line is a label ("Материал подготовили", "Автор:", "Авторы:",
"Текст:", …) followed by names only; a line that merely starts like one
("Текст соглашения подписан …") stays news text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphkit.errors import ReadError
from graphkit.readers.bylines import publisher_name, split_names
from graphkit.readers.dates import UnknownDate, parse_date
from graphkit.readers.identity import identified_article
from graphkit.types import Article

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*?))?\s*$")
TIMESTAMP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)\s*$")
CREDIT = re.compile(r"^\s*(?:©|(?:Фото|Видео|Иллюстрация|Инфографика)\s*:)")
BYLINE = re.compile(
    r"^\s*(?:(?:Материал|Текст|Статью|Репортаж)\s+подготовил[аи]?|Подготовил[аи]?\s*:|"
    r"(?:Автор|Авторы|Автор\s+материала|Автор\s+текста|Текст)\s*:)\s*(?P<names>.+?)\s*$"
)
CREDIT_AFTER_NAMES = re.compile(r"[.,;]?\s*(?:Фото|Видео|Иллюстрация|Инфографика)\s*:.*$", re.IGNORECASE)
NAME_WORD = re.compile(r"^(?:[А-ЯЁA-Z][а-яёa-z]*\.?(?:-[А-ЯЁA-Z][а-яёa-z]*)?|фон|де|ван|ибн|оглы|кызы)$")
MAX_NAME_WORDS = 4
HASHTAGS = re.compile(r"^\s*#[^\s#]")


def is_seed_format(text: str) -> bool:
    """True when the first non-blank line is a `date YYYY-MM-DD …` header."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return HEADER.match(first) is not None


def read_seed(text: str, path: str) -> Article:
    """The article of a seed-format text; its metadata lines become `meta_spans`."""
    lines = (span for span in line_spans(text) if span[2].strip())
    start, end, first = next(lines, (0, 0, ""))
    header = HEADER.match(first)
    if header is None:
        raise ReadError(path, "no 'date YYYY-MM-DD' header line")
    try:
        date, _ = parse_date(header[1])
    except UnknownDate:
        raise ReadError(path, f"invalid date {header[1]!r} in the 'date' header line") from None
    source = publisher_name(header[2] or "")
    meta = [(start, end)]
    title = next((line.strip() for _, _, line in lines), None)
    if title is None:
        raise ReadError(path, "no article text after the 'date' header line")
    published: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    for start, end, line in lines:
        if time := publication_time(line):
            published = published or time
        elif names := byline_names(line):
            authors = authors or names
        elif HASHTAGS.match(line):
            tags += tuple(tag.strip() for tag in line.split("#") if tag.strip())
        elif not CREDIT.match(line):
            continue
        meta.append((start, end))
    return identified_article(
        path=path,
        title=title,
        text=text,
        date=date,
        published=published,
        source=source,
        authors=authors,
        tags=tags,
        meta_spans=tuple(meta),
    )


def line_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """`(start, end, line)` of each line; `end` is before the line terminator."""
    start = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        yield start, start + len(content), content
        start += len(line)


def publication_time(line: str) -> str | None:
    """The ISO date-time of a line that holds only a date and a time."""
    stamp = TIMESTAMP.match(line)
    try:
        return parse_date(stamp[1])[1] if stamp else None
    except UnknownDate:
        return None


def byline_names(line: str) -> tuple[str, ...]:
    """The authors an author line names; empty when the line is not one."""
    match = BYLINE.match(line)
    if not match:
        return ()
    names = split_names(CREDIT_AFTER_NAMES.sub("", match["names"]).rstrip("."))
    if names and all(is_person_name(name) for name in names):
        return names
    return ()


def is_person_name(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(NAME_WORD.match(word) for word in words)
