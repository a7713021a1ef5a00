"""A node's properties from the records resolved into it, the same whatever order they came in.

Lists (`aliases`, and for people `titles`, `ranks`) are the sorted union of
the records'. Each scalar (`name`, `first_name`, `kind`, …) is the value
most records give, ties going to the first in code-point order; the
records whose extractor id is the node's own id decide when there are any,
so "Андрей Белоусов" keeps its name when articles that say only
"Белоусов" join it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from graphkit.resolve.records import Record
from graphkit.types import PERSON

LISTS = {PERSON: ("aliases", "titles", "ranks")}
DEFAULT_LISTS = ("aliases",)


def node_properties(node_id: str, label: str, records: Iterable[Record]) -> dict[str, Any]:
    """Every property of the node `node_id` made of `records` (one label), `id` included."""
    records = list(records)
    deciding = [r for r in records if r.key == node_id] or records
    values: dict[str, Any] = {"id": node_id, "name": most_frequent(r.name for r in deciding)}
    for key in sorted({key for r in records for key in r.props}):
        chosen = most_frequent(r.props[key] for r in deciding if r.props.get(key) is not None)
        values[key] = chosen if chosen is not None else most_frequent(r.props[key] for r in records if r.props.get(key) is not None)
    for key in LISTS.get(label, DEFAULT_LISTS):
        values[key] = sorted({value for r in records for value in getattr(r, key)})
    return {key: value for key, value in values.items() if value is not None}


def most_frequent(values: Iterable[Any]) -> Any:
    """The most frequent value, ties to the smallest; None for no values."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda value: (-counts[value], str(value)))
