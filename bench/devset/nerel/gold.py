"""NEREL v1.1 gold standard (brat standoff: NAME.txt with NAME.ann)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

OUR_LABEL = {
    "PERSON": "Person",
    "ORGANIZATION": "Organization",
    "COUNTRY": "Country",
    "CITY": "Place",
    "STATE_OR_PROVINCE": "Place",
    "LOCATION": "Place",
}
"""The NEREL types scored against graphkit's labels."""
WIKIDATA_LINK = re.compile(r"Wikidata:\(?(Q\d+)\)?")


@dataclass(frozen=True)
class GoldSpan:
    """An entity span; a discontinuous one is taken from its first start to its last end."""

    id: str
    type: str
    start: int
    end: int

    @property
    def label(self) -> str | None:
        return OUR_LABEL.get(self.type)


@dataclass(frozen=True)
class GoldRelation:
    type: str
    source: str
    target: str


@dataclass
class Document:
    name: str
    text: str
    spans: dict[str, GoldSpan] = field(default_factory=dict)
    relations: list[GoldRelation] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    """Wikidata QID by span id (the first well-formed link of a span)."""

    def related(self, relation_type: str, source_types: tuple[str, ...], target_types: tuple[str, ...]) -> list[tuple[GoldSpan, GoldSpan]]:
        found = []
        for r in self.relations:
            source, target = self.spans.get(r.source), self.spans.get(r.target)
            if r.type == relation_type and source and target and source.type in source_types and target.type in target_types:
                found.append((source, target))
        return found

    def scored_spans(self) -> list[GoldSpan]:
        """The outermost spans of the scored types (a country inside an organisation name is not required)."""
        scored = [s for s in self.spans.values() if s.label]
        return [
            s for s in scored
            if not any(o.start <= s.start and s.end <= o.end and (o.start, o.end) != (s.start, s.end) for o in scored)
        ]


def read_split(directory: Path) -> dict[str, Document]:
    """Gold documents of a folder by the name of their .txt file."""
    return {path.with_suffix(".txt").name: read_document(path) for path in sorted(directory.glob("*.ann"))}


def read_document(path: Path) -> Document:
    """One document; lines that do not parse (a stray line in train/21013_text.ann) are skipped."""
    doc = Document(path.with_suffix(".txt").name, path.with_suffix(".txt").read_text(encoding="utf-8"))
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        try:
            read_line(doc, fields[0], fields[1])
        except (ValueError, IndexError):
            continue
    return doc


def read_line(doc: Document, key: str, body: str) -> None:
    if key.startswith("T"):
        span_type, offsets = body.split(" ", 1)
        pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
        doc.spans[key] = GoldSpan(key, span_type, pieces[0][0], pieces[-1][1])
    elif key.startswith("R"):
        relation_type, source, target = body.split()
        doc.relations.append(GoldRelation(relation_type, source.split(":", 1)[1], target.split(":", 1)[1]))
    elif key.startswith("N"):
        _, span_id, link = body.split()
        found = WIKIDATA_LINK.fullmatch(link)
        if found:
            doc.links.setdefault(span_id, found.group(1))
