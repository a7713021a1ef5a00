"""NEREL v1.1: gold reading (brat standoff) and the scores of ../shared/data/README.md.

- NER: exact span and type over the outermost gold spans of PERSON,
  ORGANIZATION, COUNTRY and Place (CITY, STATE_OR_PROVINCE, LOCATION).
- WORKPLACE: gold PERSON -> ORGANIZATION pairs against our HEADS/WORKS_FOR
  Person -> Organization, matched by mention overlap.
- Meetings: people who are PARTICIPANT_IN one meeting-like EVENT
  ("встреча", "переговоры", "беседа", "саммит", …), as pairs, against our MET_WITH.
- Entity resolution: gold spans linked to one Wikidata item should be one
  graphkit entity, within and across documents (pairwise).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from devset.scoring import Score, overlaps, pairs

PLACE_TYPES = {"CITY", "STATE_OR_PROVINCE", "LOCATION"}
LABELS = {"PERSON": "Person", "ORGANIZATION": "Organization", "COUNTRY": "Country", **{t: "Place" for t in PLACE_TYPES}}
MEETING_STEMS = ("встреч", "встрет", "переговор", "бесед", "саммит", "разговор", "консультац", "визит")


@dataclass
class GoldDoc:
    name: str
    text: str
    spans: dict[str, tuple[str, int, int]]
    relations: list[tuple[str, str, str]]
    links: dict[str, str]

    def outermost(self) -> set[tuple[int, int, str]]:
        candidates = [(s, e, LABELS[t]) for t, s, e in self.spans.values() if t in LABELS]
        return {c for c in candidates if not any(o[0] <= c[0] and c[1] <= o[1] and (o[0], o[1]) != (c[0], c[1]) for o in candidates)}


def read_doc(path: Path) -> GoldDoc:
    spans, relations, links = {}, [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        try:
            if parts[0].startswith("T"):
                kind, offsets = parts[1].split(" ", 1)
                pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
                spans[parts[0]] = (kind, pieces[0][0], pieces[-1][1])
            elif parts[0].startswith("R"):
                kind, first, second = parts[1].split()
                relations.append((kind, first.split(":", 1)[1], second.split(":", 1)[1]))
            elif parts[0].startswith("N"):
                _, target, link = parts[1].split()
                if link.startswith("Wikidata:Q"):
                    links.setdefault(target, link.split(":", 1)[1])
        except ValueError:
            continue
    return GoldDoc(path.stem + ".txt", path.with_suffix(".txt").read_text(encoding="utf-8"), spans, relations, links)


def read_gold(directory: Path) -> dict[str, GoldDoc]:
    return {p.stem + ".txt": read_doc(p) for p in sorted(directory.glob("*.ann"))}


def our_spans(record: dict) -> list[tuple[int, int, str, str]]:
    return [(m["start"], m["end"], e["label"], e["id"]) for e in record.get("entities", []) if e["label"] in LABELS.values() for m in e["mentions"]]


def score_ner(doc: GoldDoc, record: dict, score: Score) -> tuple[set, set]:
    gold = doc.outermost()
    other = {(s, e) for t, s, e in doc.spans.values() if t not in LABELS}
    ours = {(s, e, label) for s, e, label, _ in our_spans(record)}
    ours = {o for o in ours if not any(x[0] <= o[0] and o[1] <= x[1] and (x[0], x[1]) != (o[0], o[1]) for x in ours)}
    ours = {o for o in ours if (o[0], o[1]) not in other}
    ours = {o for o in ours if doc.text[o[0] : o[1]][:1].isupper() or any(overlaps((o[0], o[1]), (g[0], g[1])) for g in gold)}
    score.add_sets(ours, gold)
    return ours - gold, gold - ours


def person_org_pairs(record: dict) -> list[tuple[dict, dict]]:
    by_id = {e["id"]: e for e in record.get("entities", [])}
    found = {}
    for r in record.get("relations", []):
        source, target = by_id.get(r["source"]), by_id.get(r["target"])
        if r["type"] in ("HEADS", "WORKS_FOR") and source and target and source["label"] == "Person" and target["label"] == "Organization":
            found[(source["id"], target["id"])] = (source, target)
    return list(found.values())


def names(entity: dict, span: tuple[int, int]) -> bool:
    return any(overlaps((m["start"], m["end"]), span) for m in entity["mentions"])


def score_workplace(doc: GoldDoc, record: dict, score: Score) -> list[tuple[str, str]]:
    gold = set()
    for kind, first, second in doc.relations:
        a, b = doc.spans.get(first), doc.spans.get(second)
        if kind == "WORKPLACE" and a and b and a[0] == "PERSON" and b[0] == "ORGANIZATION":
            gold.add(((a[1], a[2]), (b[1], b[2])))
    ours = person_org_pairs(record)
    score.matched_gold += sum(1 for g in gold if any(names(p, g[0]) and names(o, g[1]) for p, o in ours))
    score.matched_predicted += sum(1 for p, o in ours if any(names(p, g[0]) and names(o, g[1]) for g in gold))
    score.gold += len(gold)
    score.predicted += len(ours)
    return [(doc.text[g[0][0] : g[0][1]], doc.text[g[1][0] : g[1][1]]) for g in gold if not any(names(p, g[0]) and names(o, g[1]) for p, o in ours)]


def score_meetings(doc: GoldDoc, record: dict, score: Score) -> None:
    events: dict[str, set[str]] = {}
    for kind, first, second in doc.relations:
        person, event = doc.spans.get(first), doc.spans.get(second)
        if kind == "PARTICIPANT_IN" and person and event and person[0] == "PERSON" and event[0] == "EVENT":
            if doc.text[event[1] : event[2]].lower().startswith(MEETING_STEMS) or any(s in doc.text[event[1] : event[2]].lower() for s in MEETING_STEMS):
                events.setdefault(second, set()).add(first)
    gold = pairs(events)
    by_id = {e["id"]: e for e in record.get("entities", [])}
    ours = set()
    for r in record.get("relations", []):
        if r["type"] != "MET_WITH" or r["source"] not in by_id or r["target"] not in by_id:
            continue
        a_spans = {t for t, (kind, s, e) in doc.spans.items() if kind == "PERSON" and names(by_id[r["source"]], (s, e))}
        b_spans = {t for t, (kind, s, e) in doc.spans.items() if kind == "PERSON" and names(by_id[r["target"]], (s, e))}
        match = next((p for p in gold if any(frozenset((a, b)) == p for a in a_spans for b in b_spans)), None)
        ours.add(match if match else frozenset((r["source"], r["target"], "ours")))
    score.add_sets(ours, gold)


def resolution_items(doc: GoldDoc, record: dict) -> list[tuple[str, str]]:
    """(gold QID, our entity id) for each outermost linked gold span; our id from the best overlapping mention."""
    outer = {(s, e) for s, e, _ in doc.outermost()}
    mine = our_spans(record)
    items = []
    for span_id, qid in doc.links.items():
        kind, start, end = doc.spans.get(span_id, ("", 0, 0))
        if kind not in LABELS or (start, end) not in outer:
            continue
        hits = [m for m in mine if overlaps((m[0], m[1]), (start, end))]
        hits.sort(key=lambda m: (m[2] != LABELS[kind], -(min(m[1], end) - max(m[0], start))))
        items.append((qid, hits[0][3] if hits else f"none:{doc.name}:{span_id}"))
    return items


def score_resolution(items: list[tuple[str, str, str]], score: Score) -> None:
    """items: (item key, gold QID, our id). Pairs of items with one QID vs pairs with one id of ours."""
    gold_groups, our_groups = {}, {}
    for key, qid, ours in items:
        gold_groups.setdefault(qid, set()).add(key)
        if not ours.startswith("none:"):
            our_groups.setdefault(ours, set()).add(key)
    score.add_sets(pairs(our_groups), pairs(gold_groups))
