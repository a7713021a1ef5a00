"""Manual corrections to entity resolution: the aliases file (`graphkit-aliases.yml`).

An analyst merges two nodes that are one real entity, or splits off what
resolution joined wrongly; `graphkit merge A B` writes the first kind. The
file is YAML (the format is documented in README.md and docs/graph-model.md):

    merge:                      # each list becomes one node, with the first id
      - [person:андрей-белоусов, person:а-р-белоусов]
    split:                      # take records out of a node
      - id: person:андрей-белоусов
        keys: [person:белоусов]          # the records the extractor gave these ids
        articles: [8f2c…]                # and/or the records of these articles
        as: person:белоусов-ярославль    # optional: the node they become

Corrections apply after automatic resolution, merges before splits, so they
hold on every later load. A split record goes to `as`, else keeps the id
the extractor gave it, or, if that is the node's own id, `<id>~split`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graphkit.errors import GraphkitError
from graphkit.resolve.records import Record

ALIASES_FILE = "graphkit-aliases.yml"
SPLIT_SUFFIX = "~split"


class CorrectionsError(GraphkitError):
    """The aliases file cannot be read as corrections."""


@dataclass(frozen=True)
class Split:
    """Records of node `id` that must not be in it: by the extractor's id (`keys`) or by article."""

    id: str
    keys: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    to: str | None = None

    def takes(self, record: Record) -> bool:
        return record.key in self.keys or record.article_id in self.articles

    def target(self, record: Record) -> str:
        if self.to:
            return self.to
        return record.key if record.key != self.id else self.id + SPLIT_SUFFIX

    def to_yaml(self) -> dict[str, Any]:
        values: dict[str, Any] = {"id": self.id}
        if self.keys:
            values["keys"] = sorted(self.keys)
        if self.articles:
            values["articles"] = sorted(self.articles)
        if self.to:
            values["as"] = self.to
        return values


@dataclass(frozen=True)
class Corrections:
    """Merges and splits, in the order the file gives them."""

    merges: tuple[tuple[str, ...], ...] = ()
    splits: tuple[Split, ...] = field(default_factory=tuple)

    def merged_into(self) -> dict[str, str]:
        """Each merged id and the id of its node; groups that share an id are one node, named by the earlier group."""
        into: dict[str, str] = {}
        for group in self.merges:
            head = into.get(group[0], group[0])
            absorbed = {into.get(member, member) for member in group}
            into = {key: head if value in absorbed else value for key, value in into.items()}
            into.update((member, head) for member in (*group, *absorbed))
        return {key: value for key, value in into.items() if key != value}

    def apply(self, record: Record, resolved: str, into: dict[str, str]) -> str:
        """The node of a record that automatic resolution put in `resolved`."""
        node = into.get(resolved, into.get(record.key, resolved))
        if kind_of(node) != kind_of(record.key):
            node = resolved
        for split in self.splits:
            if split.id == node and split.takes(record):
                node = split.target(record)
        return node

    def with_merge(self, keep: str, other: str) -> Corrections:
        """These corrections plus "`other` is `keep`" (a split that separated them is dropped)."""
        if kind_of(keep) != kind_of(other):
            raise CorrectionsError(f"{keep} and {other} are not the same kind of entity: only two people, two organisations … can be merged")
        splits = tuple(s for s in self.splits if not (s.id == keep and other in s.keys))
        return Corrections(merges=(*self.merges, (keep, other)), splits=splits)

    def to_yaml(self) -> dict[str, Any]:
        return {"merge": [list(group) for group in self.merges], "split": [split.to_yaml() for split in self.splits]}


def kind_of(entity_id: str) -> str:
    """The label part of an id: "person", "org", "country", "place"."""
    return entity_id.split(":", 1)[0]


def read_corrections(path: Path | None) -> Corrections:
    """The corrections of an aliases file; none when there is no file."""
    if path is None or not path.exists():
        return Corrections()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CorrectionsError(f"{path}: {error}") from error
    return parse(data, path)


def parse(data: Any, path: Path) -> Corrections:
    if not isinstance(data, dict) or set(data) - {"merge", "split"}:
        raise CorrectionsError(f"{path}: expected a mapping with `merge` and/or `split`")
    merges = []
    for group in data.get("merge") or []:
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(item, str) and item for item in group):
            raise CorrectionsError(f"{path}: each `merge` item is a list of two or more ids, not {group!r}")
        merges.append(tuple(group))
    splits = []
    for item in data.get("split") or []:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or set(item) - {"id", "keys", "articles", "as"}:
            raise CorrectionsError(f"{path}: each `split` item is a mapping with `id` and `keys` and/or `articles` (and optionally `as`), not {item!r}")
        keys, articles = strings(item.get("keys"), path), strings(item.get("articles"), path)
        if not keys and not articles:
            raise CorrectionsError(f"{path}: the split of {item['id']} names no `keys` and no `articles`")
        splits.append(Split(item["id"], keys, articles, item.get("as")))
    return Corrections(tuple(merges), tuple(splits))


def strings(value: Any, path: Path) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CorrectionsError(f"{path}: expected a list of ids, not {value!r}")
    return frozenset(value)


def write_corrections(path: Path, corrections: Corrections) -> None:
    """Write the aliases file (the folder is created if needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "# graphkit entity corrections: see README.md (Manual corrections)\n"
    path.write_text(header + yaml.safe_dump(corrections.to_yaml(), allow_unicode=True, sort_keys=False), encoding="utf-8")
