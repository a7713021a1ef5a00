"""NER on NEREL: exact span and type.

Gold: the outermost PERSON, ORGANIZATION, COUNTRY and Place (CITY,
STATE_OR_PROVINCE, LOCATION) spans. Ours: Person, Organization, Country and
Place mentions, without those inside another of our mentions, those lying
exactly on a gold span of an unscored type (PROFESSION, NATIONALITY,
FACILITY, DISTRICT, ...) and descriptions (no name: `prediction.is_named`,
touching no scored gold span).
"""

from __future__ import annotations

from devset.nerel.gold import Document
from devset.prediction import is_named, mentions_of, overlaps, sentence_around
from devset.score import Score


def our_spans(doc: Document, record: dict) -> set[tuple[int, int, str]]:
    gold = [(s.start, s.end) for s in doc.scored_spans()]
    unscored = {(s.start, s.end) for s in doc.spans.values() if not s.label} - set(gold)
    forms = {(m.start, m.end, m.label): m.form for m in mentions_of(record)}
    mentions = set(forms)
    kept = set()
    for start, end, label in mentions:
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in mentions)
        description = not is_named(doc.text[start:end], forms[(start, end, label)]) and not any(overlaps((start, end), g) for g in gold)
        if not inside and (start, end) not in unscored and not description:
            kept.add((start, end, label))
    return kept


def score_ner(doc: Document, record: dict, score: Score) -> None:
    gold = {(s.start, s.end, s.label) for s in doc.scored_spans()}
    ours = our_spans(doc, record)
    score.add_sets(ours, gold)
    for kind, spans in (("FP", ours - gold), ("FN", gold - ours)):
        for start, end, label in sorted(spans):
            score.error(kind, doc.name, f"{label} {doc.text[start:end]}", sentence_around(doc.text, start, end))
