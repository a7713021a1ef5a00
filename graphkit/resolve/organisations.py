"""Organisations known under several names across articles: "Рособрнадзор" and its full name.

An article that writes both names of one organisation ("Федеральная служба
по надзору в сфере образования и науки (Рособрнадзор)") gives the entity
the other name as an alias. When exactly two organisation ids hold a name
(as their name or an alias) and it is the name of one of them, they are
one organisation. A name more ids hold is ambiguous and joins nothing.
Names are matched as within an article (`graphkit.naming.name_key`), so
"Госсовет Кубы" in one article and "Государственный совет Кубы" in another
are one name.
The joined organisation keeps the id of a gazetteer entry (it has a
`kind`), else of its fullest name, else the first in code-point order.
"""

from __future__ import annotations

from collections import defaultdict

from graphkit.naming import name_key
from graphkit.resolve.records import Record


def resolve_organisations(records: list[Record]) -> dict[tuple[str, str], str]:
    """The canonical id of each organisation record, by (article id, key)."""
    names: dict[str, set[str]] = defaultdict(set)
    """Each id's names, as written."""
    holders: dict[str, set[str]] = defaultdict(set)
    listed: set[str] = set()
    for record in records:
        names[record.key].add(record.name)
        for alias in {record.name, *record.aliases}:
            holders[name_key(alias)].add(record.key)
        if record.props.get("kind"):
            listed.add(record.key)
    parent = {key: key for key in names}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    def preference(key: str) -> tuple:
        fullest = max(len(name.split()) for name in names[key])
        return (key not in listed, -fullest, key)

    # Each union keeps the preferred root, so every group ends under its preferred id in any order.
    for name, keys in holders.items():
        if len(keys) == 2 and any(name in {name_key(own) for own in names[key]} for key in keys):
            roots = sorted({root(key) for key in keys}, key=preference)
            if len(roots) == 2:
                parent[roots[1]] = roots[0]
    return {(record.article_id, record.key): root(record.key) for record in records}
