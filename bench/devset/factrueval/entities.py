"""factRuEval-2016 task 2: entities and their names (official scorer).

Each of our entities with a mention that names it (`prediction.is_named`) is one response entity: a
Person gives firstname/lastname/patronymic (from `props`, else from `name`
read as "First [Patronymic] Last"), an Organization, Country or Place its
`name`. A gold entity and ours earn matched / (matched + missed + extra)
attributes, an attribute matching when one of its values is within the
official edit tolerance. Gold entities with no name, or seen only inside
other mentions or only as adjectives or descriptors, count neither way.

The `any_name` variant is a diagnostic, not the official score: an
organisation or place of ours matches by any name it is known under
(`aliases` too). graphkit names a country "Россия" and an organisation by
its full name ("Организация Североатлантического договора", `short_name`
"НАТО"), where the gold takes the name the text writes ("РФ", "НАТО"): the
difference between the two scores is what that naming costs.
"""

from __future__ import annotations

from dataclasses import dataclass

from devset.factrueval.gold import Attribute, Document, Entity
from devset.factrueval.matching import best_matching
from devset.factrueval.strings import normalize, same_string
from devset.prediction import is_named, sentence_around
from devset.score import Score

KIND_ORDER = ("per", "loc", "org")
OUR_KINDS = {"Person": "per", "Organization": "org", "Country": "loc", "Place": "loc"}
PERSON_PROPS = {"firstname": "first_name", "lastname": "last_name", "patronymic": "patronymic"}


@dataclass(eq=False)
class ResponseEntity:
    entity: dict
    kind: str
    attributes: list[Attribute]


def person_attributes(entity: dict) -> list[tuple[str, str]]:
    """firstname/lastname/patronymic of one of our Person entities.

    A first name of two words is two `firstname` attributes, as the gold
    writes it ("firstname Реджеп", "firstname1 Тайип").
    """
    props = entity.get("props") or {}
    found = [(field, props[prop]) for field, prop in PERSON_PROPS.items() if props.get(prop)]
    if found:
        return [(field, part) for field, value in found for part in (value.split() if field == "firstname" else [value])]
    words = entity["name"].split()
    if len(words) == 1:
        return [("lastname", words[0])]
    named = [("firstname", words[0]), ("lastname", words[-1])]
    if len(words) == 3:
        named.append(("patronymic", words[1]))
    return named


def response_entities(record: dict, any_name: bool = False) -> list[ResponseEntity]:
    found = []
    for entity in record.get("entities", []):
        kind = OUR_KINDS.get(entity["label"])
        if kind is None or not any(is_named(m["text"], m.get("form")) for m in entity["mentions"]):
            continue
        if kind == "per":
            attributes = [Attribute(name, {normalize(value)}) for name, value in person_attributes(entity)]
        else:
            names = [entity["name"], *(entity.get("aliases") or [])] if any_name else [entity["name"]]
            attributes = [Attribute("name", {normalize(name) for name in names})]
        found.append(ResponseEntity(entity, kind, attributes))
    found.sort(key=lambda e: KIND_ORDER.index(e.kind))
    return found


def gold_entities(doc: Document) -> list[Entity]:
    """Gold entities with a name, in the official order (kind, then id as text)."""
    named = [e for e in doc.entities if e.attributes and e.kind in KIND_ORDER]
    return sorted(named, key=lambda e: (KIND_ORDER.index(e.kind), e.id))


def attributes_match(gold: Attribute, ours: Attribute) -> bool:
    return gold.name == ours.name and any(same_string(a, b) for a in gold.values for b in ours.values)


def attribute_quality(gold: list[Attribute], ours: list[Attribute]) -> float:
    matched_gold = [g for g in gold if any(attributes_match(g, o) for o in ours)]
    extra = [o for o in ours if not any(attributes_match(g, o) for g in gold)]
    total = len(gold) + len(extra)
    return len(matched_gold) / total if total else 0.0


class EntityComparison:
    """The official `EntityQualityCalculator` (regular mode) over one document."""

    def __init__(self, gold: list[Entity], response: list[ResponseEntity]) -> None:
        self.gold, self.response = gold, response
        self.gold_count, self.response_count = len(gold), len(response)

    def priority(self, g: int, r: int) -> float:
        return self.quality(g, r) if self.gold[g].kind == self.response[r].kind else 0.0

    def quality(self, g: int, r: int) -> float:
        return attribute_quality(self.gold[g].attributes, self.response[r].attributes)

    def ignored(self, g: int, matched: set[int]) -> bool:
        return self.gold[g].ignored

    def linked(self, g: int) -> list[int]:
        return []


def describe(attributes: list[Attribute]) -> str:
    return "; ".join(f"{a.name}={'|'.join(sorted(a.values)[:3])}" for a in attributes)


def score_entities(doc: Document, record: dict, score: Score, any_name: bool = False) -> None:
    comparison = EntityComparison(gold_entities(doc), response_entities(record, any_name))
    matching = best_matching(comparison)
    score.add(matching.credit, matching.gold, matching.credit, matching.response)
    paired = dict(matching.pairs)
    for g, gold in enumerate(comparison.gold):
        if g in matching.ignored_gold:
            continue
        first = min(gold.mentions, key=lambda m: m.start, default=None)
        context = sentence_around(doc.text, first.start, first.end) if first else ""
        if g not in paired:
            score.error("FN", doc.name, f"{gold.kind} {describe(gold.attributes)}", context)
        elif (quality := comparison.quality(g, paired[g])) < 1.0:
            ours = comparison.response[paired[g]]
            score.error("partial", doc.name, f"{gold.kind} {describe(gold.attributes)} ~ {describe(ours.attributes)} ({quality:.2f})", context)
    matched_response = set(paired.values())
    for r, response in enumerate(comparison.response):
        if r not in matched_response:
            first = min((m for m in response.entity["mentions"] if is_named(m["text"], m.get("form"))), key=lambda m: m["start"])
            score.error("FP", doc.name, f"{response.kind} {describe(response.attributes)} ({response.entity['id']})", sentence_around(doc.text, first["start"], first["end"]))
