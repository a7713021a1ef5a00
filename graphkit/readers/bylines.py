"""Who wrote and who published an article: author lists and publisher names as inputs write them."""

from __future__ import annotations

import re

NAME_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+и\s+")
QUOTED = re.compile(r"«([^»]+)»|\"([^\"]+)\"")
ACRONYM_LENGTH = 4


def split_names(value: str) -> tuple[str, ...]:
    """ "Константин Денисов и Николай Баранов" -> ("Константин Денисов", "Николай Баранов")."""
    return tuple(name for name in (part.strip() for part in NAME_SEPARATOR.split(value)) if name)


def publisher_name(raw: str) -> str | None:
    """The name a publisher is known by: "МЕДИАГРУППА «ЗВЕЗДА»" -> "Звезда".

    The name in «» (or "") quotes when there is one. A name written in
    capitals is capitalised ("ЗВЕЗДА" -> "Звезда"), except a short single word,
    which is an acronym ("ТАСС", "РБК").
    """
    quoted = QUOTED.search(raw)
    name = " ".join(((quoted[1] or quoted[2]) if quoted else raw).split())
    is_acronym = " " not in name and len(name) <= ACRONYM_LENGTH
    if name.isupper() and not is_acronym:
        name = name.capitalize()
    return name or None
