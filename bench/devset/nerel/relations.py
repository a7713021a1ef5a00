"""Relations on NEREL: who works where, and who met whom.

Workplace: gold WORKPLACE PERSON -> ORGANIZATION against our HEADS and
WORKS_FOR Person -> Organization, one per pair of entities; ours matches a
gold relation when the person has a mention overlapping its first argument
and the organisation one overlapping its second. A pair NEREL states only
through a profession (PERSON -WORKS_AS-> PROFESSION -WORKPLACE-> ORG) counts
neither way. The extended variant also requires those, and employers that
are countries, cities or regions (ours: Person -> Organization, Country or
Place).

Meetings (a check, not a standard NEREL task): gold pairs are two PERSON
spans that are PARTICIPANT_IN one meeting-like EVENT ("встреча",
"переговоры", "беседа", "саммит", "визит", ...); ours are the MET_WITH
pairs of persons. NEREL annotates few such events with two persons (none
in dev, two in train), so the error list of our pairs is the thing to read.
"""

from __future__ import annotations

import re

from devset.nerel.gold import Document, GoldSpan
from devset.prediction import overlaps, relations_of, sentence_around
from devset.score import Score

EMPLOYERS = ("ORGANIZATION",)
EXTENDED_EMPLOYERS = ("ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE")
MEETING_EVENT = re.compile(r"\b(встреч[аеиоу]|встрет|переговор|бесед|саммит|разговор|консультац|визит)", re.IGNORECASE)

GoldPair = tuple[GoldSpan, GoldSpan]


def names(entity: dict, span: GoldSpan) -> bool:
    return any(overlaps((m["start"], m["end"]), (span.start, span.end)) for m in entity["mentions"])


def covers(pair: tuple[dict, dict], gold: GoldPair) -> bool:
    return names(pair[0], gold[0]) and names(pair[1], gold[1])


def employment_pairs(doc: Document, employers: tuple[str, ...]) -> tuple[set[GoldPair], set[GoldPair]]:
    """(stated directly, stated only through a profession) person-employer span pairs."""
    direct = set(doc.related("WORKPLACE", ("PERSON",), employers))
    professions = doc.related("WORKS_AS", ("PERSON",), ("PROFESSION",))
    posts = doc.related("WORKPLACE", ("PROFESSION",), employers)
    indirect = {(person, employer) for person, job in professions for post, employer in posts if post == job}
    return direct, indirect - direct


def our_employment(record: dict, target_labels: tuple[str, ...]) -> list[tuple[dict, dict]]:
    found = {}
    for person, employer, _ in relations_of(record, ("HEADS", "WORKS_FOR")):
        if person["label"] == "Person" and employer["label"] in target_labels:
            found[(person["id"], employer["id"])] = (person, employer)
    return list(found.values())


def score_workplace(doc: Document, record: dict, score: Score, extended: bool = False) -> None:
    direct, indirect = employment_pairs(doc, EXTENDED_EMPLOYERS if extended else EMPLOYERS)
    gold = direct | indirect if extended else direct
    ours = our_employment(record, ("Organization", "Country", "Place") if extended else ("Organization",))
    if not extended:
        ours = [p for p in ours if any(covers(p, g) for g in gold) or not any(covers(p, g) for g in indirect)]
    found = [g for g in gold if any(covers(p, g) for p in ours)]
    right = [p for p in ours if any(covers(p, g) for g in gold)]
    score.add(len(found), len(gold), len(right), len(ours))
    for person, employer in sorted(gold, key=lambda pair: (pair[0].start, pair[1].start, pair[0].id, pair[1].id)):
        if (person, employer) not in found:
            text = f"{doc.text[person.start:person.end]} -> {doc.text[employer.start:employer.end]} ({employer.type})"
            score.error("FN", doc.name, text, sentence_around(doc.text, min(person.start, employer.start), max(person.end, employer.end)))
    for pair in ours:
        if pair not in right:
            score.error("FP", doc.name, f"{pair[0]['name']} -> {pair[1]['name']}", relation_context(doc, record, pair))


def relation_context(doc: Document, record: dict, pair: tuple[dict, dict]) -> str:
    ids = {pair[0]["id"], pair[1]["id"]}
    for relation in record.get("relations", []):
        if {relation["source"], relation["target"]} == ids and relation.get("evidence"):
            return " ".join(relation["evidence"]["text"].split())
    return ""


def meeting_pairs(doc: Document) -> set[frozenset[GoldSpan]]:
    participants: dict[str, set[GoldSpan]] = {}
    for person, event in doc.related("PARTICIPANT_IN", ("PERSON",), ("EVENT",)):
        if MEETING_EVENT.search(doc.text[event.start : event.end]):
            participants.setdefault(event.id, set()).add(person)
    return {frozenset((a, b)) for people in participants.values() for a in people for b in people if a != b}


def score_meetings(doc: Document, record: dict, score: Score) -> None:
    gold = meeting_pairs(doc)
    ours = {}
    for a, b, _ in relations_of(record, ("MET_WITH",)):
        if a["label"] == b["label"] == "Person" and a["id"] != b["id"]:
            ours.setdefault(frozenset((a["id"], b["id"])), (a, b))

    def met(pair: tuple[dict, dict], people: frozenset[GoldSpan]) -> bool:
        first, second = sorted(people, key=lambda s: s.start)
        return covers(pair, (first, second)) or covers(pair, (second, first))

    found = [g for g in gold if any(met(p, g) for p in ours.values())]
    right = [p for p in ours.values() if any(met(p, g) for g in gold)]
    score.add(len(found), len(gold), len(right), len(ours))
    for people in gold:
        if people not in found:
            first, second = sorted(people, key=lambda s: s.start)
            score.error("FN", doc.name, f"{doc.text[first.start:first.end]} + {doc.text[second.start:second.end]}", sentence_around(doc.text, first.start, second.end))
    for pair in ours.values():
        if not any(pair is p for p in right):
            score.error("FP", doc.name, f"{pair[0]['name']} + {pair[1]['name']}", relation_context(doc, record, pair))
