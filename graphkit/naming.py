"""Names folded for comparison, the same way in one article and across articles.

Case, "ё", quotes and spacing do not count, and for grouping an
organisation's or place's names, neither does "гос-" for "государственный":
"Госсовет Кубы" and "Государственный совет Кубы" are one name.
"""

from __future__ import annotations

import re

STATE_ADJECTIVE = re.compile(r"\bгосударственн(?:ый|ая|ое|ые|ого|ой|ых) ")
"""The adjective that Russian compounds into "гос-": "Государственный совет" is "Госсовет"."""


def fold_name(name: str) -> str:
    """"«Роснефть»" -> "роснефть", "Щёлково" -> "щелково"."""
    return " ".join(name.lower().replace("ё", "е").replace("«", "").replace("»", "").replace('"', "").split())


def name_key(name: str) -> str:
    """The folded name by which the names of one organisation or place are matched: "Госсовет Кубы" and
    "Государственный совет Кубы", "госкорпорация «Роскосмос»" and "Государственная корпорация «Роскосмос»" are one."""
    return STATE_ADJECTIVE.sub("гос", fold_name(name))
