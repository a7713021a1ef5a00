"""The news-export format of the seed articles.

    date 2025-10-08 МЕДИАГРУППА «ЗВЕЗДА»        <- header: date and source
    Белоусов провел переговоры …                 <- title
    Глава ведомства прилетел …                   <- lead
    2025-10-08 19:00:06                          <- publication time
    © Фото: … © Видео: …                         <- photo/video credits
    … body paragraphs …
    Материал подготовили Константин Денисов и Николай Баранов.   <- authors
    #армия #Владимир Путин #Миноброны РФ …       <- tags (may contain spaces)

Header, time, credit, author and tag lines are metadata: their offsets go
to `Article.meta_spans` so the extractor does not read them as news.
"""

from __future__ import annotations

import re

from graphkit.readers.identity import article_id
from graphkit.types import Article

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*?)\s*$")
TIMESTAMP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*$")
AUTHORS = re.compile(r"^\s*(?:Материал\s+подготовил[аи]?|Подготовил[аи]?|Авторы?|Текст|Автор\s+материала)\s*[:—-]?\s+(.+?)\.?\s*$")
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+и\s+")
QUOTED = re.compile(r"«([^»]+)»|\"([^\"]+)\"")


def is_seed_format(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(HEADER.match(first))


def read_seed(text: str, path: str) -> Article:
    lines = list(line_spans(text))
    meta: list[tuple[int, int]] = []
    date = source = published = title = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    for start, end, line in lines:
        if date is None and (header := HEADER.match(line)):
            date, source = header[1], source_name(header[2])
            meta.append((start, end))
        elif date is not None and title is None and line.strip():
            title = line.strip()
        elif published is None and (stamp := TIMESTAMP.match(line)):
            published = f"{stamp[1]}T{stamp[2]}" + (":00" if len(stamp[2]) == 5 else "")
            meta.append((start, end))
        elif line.lstrip().startswith("©"):
            meta.append((start, end))
        elif not authors and (byline := AUTHORS.match(line)):
            authors = tuple(n for n in NAME_SEPARATOR.split(byline[1]) if n)
            meta.append((start, end))
        elif line.lstrip().startswith("#"):
            tags = tuple(t.strip() for t in line.split("#") if t.strip())
            meta.append((start, end))
    title = title or ""
    return Article(
        id=article_id(url=None, source=source, date=date, title=title, path=path, text=text),
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


def line_spans(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), line
        start += len(line) + 1


def source_name(raw: str) -> str | None:
    """"МЕДИАГРУППА «ЗВЕЗДА»" -> "Звезда": the quoted name, capitalised when written in capitals."""
    quoted = QUOTED.search(raw)
    name = (quoted[1] or quoted[2]) if quoted else raw
    name = name.strip()
    if name.isupper():
        name = name.capitalize()
    return name or None
