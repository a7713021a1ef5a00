"""factRuEval-2016 gold standard, read as the official scorers read it (scripts/dialent/standard.py).

A document is `NAME.txt` with `.tokens`, `.spans`, `.objects` (mentions),
`.coref` (entities) and `.facts`. The official preprocessing is kept where
it changes what matches: token and span texts are normalised, an entity's
`name` gains the variants with its descriptors ("компания Газпром") and in
quotes, a fact argument holds every surface form the scorer accepts, and
position spans gain the scorer's normal form (jobs_processed.txt, from the
same repository, MIT licence).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from devset.factrueval.strings import normalize, safe_normalize

MENTION_KINDS = {"Person": "per", "Organization": "org", "Org": "org", "LocOrg": "locorg", "Location": "loc", "Project": "project"}
PARENT_KINDS = {
    "per": ("loc", "org", "locorg"),
    "loc": ("loc", "org", "locorg"),
    "org": ("org", "locorg"),
    "locorg": ("org", "locorg"),
    "project": ("org", "locorg"),
}
"""Kinds of mention another kind can be embedded in."""
PERSON_NAME_ORDERS = ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn")
"""Name-part orders a person argument may be written in: last, first, patronymic, nickname."""
PERSON_NAME_PARTS = {"f": "firstname", "l": "lastname", "p": "patronymic", "n": "nickname"}
ARGUMENT_WEIGHTS = {"position": 0.5, "фаза": 0.5}
HARD_DIFFICULTY = "повышенная"
JOBS_FILE = Path(__file__).with_name("jobs_processed.txt")


@dataclass(eq=False)
class Token:
    index: int
    start: int
    end: int
    text: str
    previous: Token | None = None
    next: Token | None = None

    @property
    def is_letter(self) -> bool:
        return len(self.text) <= 1 and (self.text.upper() != self.text or self.text.lower() != self.text)

    @property
    def is_punctuation(self) -> bool:
        return len(self.text) == 1 and not self.is_letter

    @property
    def is_attached_punctuation(self) -> bool:
        """A one-character non-letter touching a neighbour: the official scorer drops it from response mentions."""
        return (
            self.end - self.start == 1
            and not self.is_letter
            and (self.previous is not None and self.previous.end == self.start or self.next is not None and self.next.start == self.end)
        )


@dataclass(eq=False)
class Span:
    id: str
    tag: str
    start: int
    end: int
    tokens: list[Token]
    text: str

    @property
    def in_quotes(self) -> bool:
        return self.left_quote + self.right_quote in ('""', "''", "«»")

    @property
    def left_quote(self) -> str:
        before = self.tokens[0].previous
        return before.text if before is not None and before.text in ('"', "'", "«") else ""

    @property
    def right_quote(self) -> str:
        after = self.tokens[-1].next
        return after.text if after is not None and after.text in ('"', "'", "»") else ""


@dataclass(eq=False)
class Mention:
    id: str
    kind: str
    spans: list[Span]
    text: str = ""
    interval_text: str = ""
    embedded: bool = False

    @property
    def tokens(self) -> list[Token]:
        return sorted({t for s in self.spans for t in s.tokens}, key=lambda t: t.start)

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)

    @property
    def end(self) -> int:
        return max(s.end for s in self.spans)

    @property
    def is_geo_adjective(self) -> bool:
        return all(s.tag == "geo_adj" for s in self.spans)

    @property
    def is_descriptor(self) -> bool:
        return all("descr" in s.tag for s in self.spans)


@dataclass(eq=False)
class Attribute:
    name: str
    values: set[str]


@dataclass(eq=False)
class Entity:
    id: str
    kind: str
    mentions: list[Mention]
    spans: list[Span]
    attributes: list[Attribute]

    def values(self, name: str) -> list[str]:
        return [v for a in self.attributes if a.name == name for v in a.values]

    @property
    def ignored(self) -> bool:
        """Task 2 leaves out entities seen only inside other mentions, or only as adjectives or descriptors."""
        return bool(self.mentions) and (
            all(m.embedded for m in self.mentions) or all(m.is_geo_adjective or m.is_descriptor for m in self.mentions)
        )


@dataclass(eq=False)
class Argument:
    """A fact argument: its name and every (normalised) string that matches it."""

    name: str
    values: set[str]
    written: str = ""
    anchor: tuple[int, int] | None = None
    """Where the argument is in the text (a span, or the entity's first mention), for error lists."""

    @property
    def weight(self) -> float:
        return ARGUMENT_WEIGHTS.get(self.name, 1.0)


@dataclass(eq=False)
class Fact:
    id: str
    kind: str
    arguments: list[Argument]
    hard: bool = False


@dataclass
class Document:
    name: str
    text: str
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def read_split(directory: Path) -> dict[str, Document]:
    """Gold documents of a folder by the name of their .txt file."""
    return {path.with_suffix(".txt").name: read_document(path.with_suffix("")) for path in sorted(directory.glob("*.tokens"))}


def read_document(base: Path) -> Document:
    """One gold document; like the official scorer, one that does not load counts as empty (with a warning)."""
    text = base.with_suffix(".txt").read_text(encoding="utf-8")
    try:
        tokens = read_tokens(base.with_suffix(".tokens"))
        spans = read_spans(base.with_suffix(".spans"), tokens)
        mentions = read_mentions(base.with_suffix(".objects"), spans, safe_normalize(text))
        entities = read_entities(base.with_suffix(".coref"), mentions, spans)
        facts = read_facts(base.with_suffix(".facts"), entities, spans)
    except (ValueError, KeyError, IndexError) as problem:
        print(f"warning: gold of {base.name} does not load ({problem!r}); it counts as empty", file=sys.stderr)
        return Document(base.name + ".txt", text)
    ordered_tokens = sorted(tokens.values(), key=lambda t: t.start)
    return Document(base.name + ".txt", text, ordered_tokens, list(mentions.values()), list(entities.values()), facts)


def read_tokens(path: Path) -> dict[str, Token]:
    by_id = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line:
            token_id, start, length, text = line.split(" ", 3)
            by_id[token_id] = Token(0, int(start), int(start) + int(length), normalize(text))
    ordered = sorted(by_id.values(), key=lambda t: t.start)
    for index, token in enumerate(ordered):
        token.index = index
        token.previous = ordered[index - 1] if index else None
        token.next = ordered[index + 1] if index + 1 < len(ordered) else None
    return by_id


def read_spans(path: Path, tokens: dict[str, Token]) -> dict[str, Span]:
    """Spans by id; of two lines with one id (a word tagged twice) the later one wins, as in the official reader."""
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        left, right = line.split("  # ")
        span_id, tag, start, length, _, count = left.split()[:6]
        count_tokens = int(count)
        words = right.split()
        if len(words) != 2 * count_tokens:
            raise ValueError(f"span {span_id}: {count_tokens} tokens expected in {right!r}")
        span_tokens = sorted((tokens[t] for t in words[:count_tokens]), key=lambda t: t.start)
        text = normalize(" ".join(words[count_tokens:])).replace("\n", "")
        spans[span_id] = Span(span_id, tag, int(start), int(start) + int(length), span_tokens, text)
    return spans


def read_mentions(path: Path, spans: dict[str, Span], lowered_text: str) -> dict[str, Mention]:
    mentions = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split(" ")
        if "#" in words:
            words = words[: words.index("#")]
        words = [w for w in words if w]
        if not words:
            continue
        mention_id, kind, *span_ids = words
        if not span_ids:
            raise ValueError(f"mention {mention_id} has no spans")
        mention = Mention(mention_id, MENTION_KINDS[kind], [spans[s] for s in span_ids])
        mention.text = " ".join(t.text for t in mention.tokens)
        mention.interval_text = interval_text(mention.tokens, lowered_text)
        mentions[mention_id] = mention
    for mention in mentions.values():
        mention.embedded = any(is_embedded(mention, other) for other in mentions.values())
    return mentions


def interval_text(tokens: list[Token], lowered_text: str) -> str:
    """The mention's stretch of the lower-cased text, widened to adjacent quote tokens.

    Like the official `Mention.setText`, it stops one character short of
    the last token (an off-by-one there); fuzzy comparison absorbs it.
    """
    first, last = tokens[0], tokens[-1]
    while first.previous is not None and first.previous.text == '"':
        first = first.previous
    while last.next is not None and last.next.text == '"':
        last = last.next
    return lowered_text[first.start : last.end - 1]


def is_embedded(mention: Mention, other: Mention) -> bool:
    """Inside `other` (by characters), or of the same extent as an organisation for a person or place."""
    if other.kind not in PARENT_KINDS[mention.kind]:
        return False
    inner, outer = (mention.start, mention.end), (other.start, other.end)
    if inner == outer:
        return mention.kind in ("per", "loc") and other.kind == "org"
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def read_entities(path: Path, mentions: dict[str, Mention], spans: dict[str, Span]) -> dict[str, Entity]:
    entities = {}
    for block in blocks(path):
        entity_id, *member_ids = block[0].split()
        members = [mentions[m] for m in member_ids if m in mentions]
        direct_spans = [spans[s] for s in member_ids if s not in mentions and s in spans]
        raw = []
        for line in block[1:]:
            name, _, value = line.partition(" ")
            raw.append(Attribute(name.strip().lower(), {normalize(value)}))
        entity = Entity(entity_id, entity_kind(members), members, direct_spans, [])
        entity.attributes = processed_attributes(entity, raw)
        entities[entity_id] = entity
    return entities


def blocks(path: Path) -> list[list[str]]:
    """Blocks of non-empty lines separated by empty ones."""
    found, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip(" \t\r\n")
        if line:
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def entity_kind(members: list[Mention]) -> str:
    """per, org, loc (LocOrg counts as loc, also mixed with others) or project."""
    kinds = {m.kind for m in members}
    if len(kinds) > 1 and kinds & {"locorg", "loc"}:
        return "loc"
    if len(kinds) != 1:
        raise ValueError(f"entity of mention kinds {sorted(kinds)}")
    kind = kinds.pop()
    return "loc" if kind == "locorg" else kind


def processed_attributes(entity: Entity, raw: list[Attribute]) -> list[Attribute]:
    """Attributes as the official `Entity.processAttributes` leaves them.

    Same-named lines merge into one attribute with alternative values;
    `wikidata` is dropped; a `name` also counts in the quotes it stands in;
    descriptors are no attribute but every value gains "value descriptor"
    and "descriptor value" variants; digits end names ("firstname2").
    """
    processed, descriptors = [], set()
    for name in dict.fromkeys(a.name for a in raw):
        same = [a for a in raw if a.name == name]
        if name.endswith("descr") or name.endswith("descriptor"):
            descriptors.update(v for a in same for v in a.values)
        elif name != "wikidata":
            values = {v for a in same for v in a.values}
            if name == "name" and entity.kind != "per":
                values |= {quoted for v in values if (quoted := in_quotes(entity, v))}
            processed.append(Attribute(name, values))
    for attribute in processed:
        if descriptors:
            attribute.values = {
                variant
                for value in attribute.values
                for descriptor in descriptors
                for variant in with_descriptor(value, descriptor)
            }
        attribute.name = attribute.name.strip("1234567890")
    return processed


def in_quotes(entity: Entity, value: str) -> str | None:
    """The value with the quotes around one of the entity's name spans of that text, if any."""
    spans = entity.spans + [s for m in entity.mentions for s in m.spans]
    for span in spans:
        if "name" in span.tag and span.text.lower().replace("ё", "е") == value and span.in_quotes:
            return span.left_quote + value + span.right_quote
    return None


def with_descriptor(value: str, descriptor: str) -> list[str]:
    if f" {descriptor} " in f" {value} ":
        return [value]
    return [value, f"{value} {descriptor}", f"{descriptor} {value}"]


def read_facts(path: Path, entities: dict[str, Entity], spans: dict[str, Span]) -> list[Fact]:
    """Facts in easy mode: hard cases marked, phase and modality arguments dropped.

    The official `expandWithIsPartOf` is left out: as written it never adds
    a value (it pairs values within one argument, which holds one entity).
    """
    facts = []
    for block in blocks(path):
        fact_id, kind = block[0].split(" ")[:2]
        arguments = [read_argument(line, entities, spans) for line in block[1:]]
        hard = any(a.name == "сложность" and HARD_DIFFICULTY in a.values for a in arguments)
        kept = [a for a in arguments if a.name not in ("сложность", "модальность", "фаза")]
        facts.append(Fact(fact_id, kind.strip(" :\n\t\r").lower(), kept, hard))
    return facts


def read_argument(line: str, entities: dict[str, Entity], spans: dict[str, Span]) -> Argument:
    words = line.split(" ")
    name = words[0].lower().strip(" \n\r\t")
    name = "position" if name == "job" else name
    alternatives = " ".join(words[1:]).split("|")
    anchor = None
    if words[1].startswith("span"):
        values = set()
        for alternative in alternatives:
            span = spans[alternative.split()[0][4:]]
            anchor = anchor or (span.start, span.end)
            values.add(span.text)
            if name == "position" and span.text in positions():
                values.add(positions()[span.text])
    elif words[1].startswith("obj"):
        entity = entities[words[1][3:]]
        values = entity_values(entity, " ".join(words[2:]).strip(" \n\r\t").lower())
        anchor = min(((m.start, m.end) for m in entity.mentions), default=None)
    else:
        values = {a.strip(" \n\r\t").lower() for a in alternatives}
    normalised = {v.lower().strip(" \n\r\t").replace("ё", "е") for v in values}
    return Argument(name, normalised, " ".join(words[1:]), anchor)


def entity_values(entity: Entity, written: str) -> set[str]:
    """Every string an entity argument matches: as written in .facts, its mentions, its names."""
    values = {written}
    for mention in entity.mentions:
        values.update((mention.text, mention.interval_text))
    if entity.kind == "per":
        values.update(person_names(entity))
    elif entity.kind in ("org", "loc"):
        values.update(entity.values("name"))
    return values


def person_names(entity: Entity) -> set[str]:
    names = set()
    for order in PERSON_NAME_ORDERS:
        options = [""]
        for part in order:
            parts = [v for v in entity.values(PERSON_NAME_PARTS[part]) if v]
            options = [f"{o} {v}" if o else v for v in parts for o in options]
        names.update(o for o in options if o)
    return names


@cache
def positions() -> dict[str, str]:
    """The official scorer's normal forms of position spans ("мэром" -> "мэр")."""
    pairs = (line.split("|") for line in JOBS_FILE.read_text(encoding="utf-8").splitlines() if line.strip())
    return {written.strip(): normal.strip() for written, normal in pairs}
