"""The typed models passed between readers, extractor, resolver and stores.

They mirror `docs/graph-model.md`: change both together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PERSON = "Person"
ORGANIZATION = "Organization"
COUNTRY = "Country"
PLACE = "Place"
ARTICLE = "Article"
ENTITY_LABELS = (PERSON, ORGANIZATION, COUNTRY, PLACE)

MET_WITH = "MET_WITH"
VISITED = "VISITED"
HEADS = "HEADS"
WORKS_FOR = "WORKS_FOR"
LOCATED_IN = "LOCATED_IN"
MENTIONED_IN = "MENTIONED_IN"
RELATION_TYPES = (MET_WITH, VISITED, HEADS, WORKS_FOR, LOCATED_IN)


MENTION_FORMS = ("name", "adjective", "description", "pronoun")
"""How a mention refers to its entity: "Андрей Белоусов"; "российский" (Россия); "глава ведомства"; "он"."""


@dataclass(frozen=True)
class Span:
    """A stretch of `Article.text`: `start`/`end` are character offsets, end exclusive. A mention of an entity
    also has its `form` (one of `MENTION_FORMS`); an evidence sentence has none."""

    start: int
    end: int
    text: str
    form: str | None = None

    def to_dict(self) -> dict[str, Any]:
        found = {"start": self.start, "end": self.end, "text": self.text}
        return found | {"form": self.form} if self.form else found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(data["start"], data["end"], data["text"], data.get("form"))


@dataclass(frozen=True)
class Article:
    """One source document, as a reader returns it.

    `text` is the decoded input exactly (BOM removed, nothing else changed);
    `meta_spans` mark the parts of it that are metadata (header, photo
    credits, author and hashtag lines) which the extractor must not read as news.
    """

    id: str
    path: str
    title: str
    text: str
    date: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    meta_spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "authors": list(self.authors),
            "tags": list(self.tags),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """An article as `to_dict` (the extraction output) gives it; `meta_spans` are not part of that."""
        return cls(
            id=data["id"], path=data.get("path") or "", title=data.get("title") or "", text=data.get("text") or "",
            date=data.get("date"), published=data.get("published"), source=data.get("source"), url=data.get("url"),
            authors=tuple(data.get("authors") or ()), tags=tuple(data.get("tags") or ()),
        )


@dataclass
class Entity:
    """A real-world thing the article refers to, with every mention of it."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "props": dict(self.props),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        mentions = [Span.from_dict(m) for m in data.get("mentions") or ()]
        return cls(data["id"], data["label"], data["name"], list(data.get("aliases") or ()), dict(data.get("props") or {}), mentions)


@dataclass
class Relation:
    """A typed, directed fact between two entities, with the sentence it came from."""

    type: str
    source: str
    target: str
    evidence: Span
    props: dict[str, Any] = field(default_factory=dict)
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "props": dict(self.props),
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return cls(data["type"], data["source"], data["target"], Span.from_dict(data["evidence"]), dict(data.get("props") or {}), data.get("confidence", 1.0))


@dataclass
class Extraction:
    """Everything extracted from one article: the unit the stores load."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """An extraction read back from `graphkit extract` output (docs/graph-model.md)."""
        return cls(
            Article.from_dict(data["article"]),
            [Entity.from_dict(e) for e in data.get("entities") or ()],
            [Relation.from_dict(r) for r in data.get("relations") or ()],
        )
