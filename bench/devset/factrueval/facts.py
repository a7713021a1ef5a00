"""factRuEval-2016 task 3: Occupation and Meeting facts (official scorer, easy mode).

Our facts: each HEADS or WORKS_FOR relation from a Person to an
Organization, Country or Place is an Occupation (who, where, position =
`props.title`); MET_WITH relations with one evidence span form Meetings,
the persons they connect being the participants. An argument is written
as the entity's capitalised mention inside the evidence span (the longest),
else its `name`; it matches a gold argument when within the official edit
tolerance of any of its forms (as written, its mentions, its names).

As in the official scorer, each of our facts joins at most one gold fact
that shares a non-position argument with it, or none; a gold fact and the
facts that joined it earn the weighted share of matched arguments (a
position weighs 0.5), lowered when several of ours split one gold fact;
hard cases ("Сложность повышенная") absorb ours and count neither way; of
all the assignments the one with the best document F1 counts. The
official search tries every assignment, and so does this one up to
`MAX_ASSIGNMENTS` per document (graphkit's largest on the dev set: 17640);
beyond, it warns and improves a greedy start one fact at a time, which can
stop short of the best.
"""

from __future__ import annotations

import itertools
import math
import sys
from dataclasses import dataclass

from devset.factrueval.gold import ARGUMENT_WEIGHTS, Argument, Document, Fact
from devset.factrueval.strings import normalize, same_string
from devset.prediction import has_capital, relations_of, sentence_around
from devset.score import Score

OCCUPATION_RELATIONS = ("HEADS", "WORKS_FOR")
EMPLOYER_LABELS = ("Organization", "Country", "Place")
MAX_ASSIGNMENTS = 200_000


@dataclass(eq=False)
class ResponseFact:
    kind: str
    arguments: list[tuple[str, str]]
    evidence: tuple[int, int] | None


@dataclass(frozen=True)
class Outcome:
    """The official `Metrics.create` of one assignment."""

    matched_gold: float
    gold: int
    matched_response: float
    response: int

    @property
    def f1(self) -> float:
        precision = self.matched_response / self.response if self.response else 1.0
        recall = self.matched_gold / self.gold if self.gold else 1.0
        if not self.gold and not self.response:
            return 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def surface(entity: dict, evidence: tuple[int, int] | None) -> str:
    """How an argument is written: the longest capitalised mention inside the evidence, else the entity name."""
    inside = [
        m for m in entity["mentions"]
        if evidence and evidence[0] <= m["start"] and m["end"] <= evidence[1] and has_capital(m["text"])
    ]
    text = max(inside, key=lambda m: (m["end"] - m["start"], -m["start"]))["text"] if inside else entity["name"]
    return as_value(text)


def as_value(text: str) -> str:
    """A value as the official reader takes it from a "name : value" line (a colon would break the line)."""
    return normalize(text.replace(":", " "))


def evidence_of(relation: dict) -> tuple[int, int] | None:
    evidence = relation.get("evidence")
    return (evidence["start"], evidence["end"]) if evidence else None


def response_occupations(record: dict) -> list[ResponseFact]:
    facts = []
    for person, employer, relation in relations_of(record, OCCUPATION_RELATIONS):
        if person["label"] != "Person" or employer["label"] not in EMPLOYER_LABELS:
            continue
        evidence = evidence_of(relation)
        arguments = [("who", surface(person, evidence)), ("where", surface(employer, evidence))]
        title = (relation.get("props") or {}).get("title")
        if title:
            arguments.append(("position", as_value(title)))
        facts.append(ResponseFact("occupation", arguments, evidence))
    return facts


def response_meetings(record: dict) -> list[ResponseFact]:
    """One Meeting per group of persons connected by MET_WITH relations with one evidence span."""
    links: dict[tuple[int, int] | None, list[tuple[dict, dict]]] = {}
    for a, b, relation in relations_of(record, ("MET_WITH",)):
        if a["label"] == "Person" and b["label"] == "Person" and a["id"] != b["id"]:
            links.setdefault(evidence_of(relation), []).append((a, b))
    facts = []
    for evidence, pairs in links.items():
        for people in connected_people(pairs):
            facts.append(ResponseFact("meeting", [("participant", surface(p, evidence)) for p in people], evidence))
    return facts


def connected_people(pairs: list[tuple[dict, dict]]) -> list[list[dict]]:
    groups: list[dict[str, dict]] = []
    for a, b in pairs:
        joined = [g for g in groups if a["id"] in g or b["id"] in g]
        merged = {a["id"]: a, b["id"]: b}
        for group in joined:
            merged.update(group)
            groups.remove(group)
        groups.append(merged)
    return [sorted(g.values(), key=lambda e: e["id"]) for g in groups]


def argument_matches(gold: Argument, name: str, value: str) -> bool:
    return gold.name == name and any(same_string(v, value) for v in gold.values)


def can_join(gold: Fact, ours: ResponseFact) -> bool:
    """A non-position argument in common."""
    return any(g.name != "position" and argument_matches(g, name, value) for g in gold.arguments for name, value in ours.arguments)


def cluster_quality(gold: Fact, members: list[ResponseFact]) -> float:
    """The official `Cluster` quality: argument share, times the mean of 1 and how well the split facts stay together."""
    if not members or gold.hard:
        return 0.0
    found_by: dict[int, list[int]] = {i: [] for i in range(len(gold.arguments))}
    extra = 0.0
    for member_index, member in enumerate(members):
        for name, value in member.arguments:
            hit = next((i for i, g in enumerate(gold.arguments) if argument_matches(g, name, value)), None)
            if hit is None:
                extra += ARGUMENT_WEIGHTS.get(name, 1.0)
            else:
                found_by[hit].append(member_index)
    found = sum(gold.arguments[i].weight for i, by in found_by.items() if by)
    missed = sum(gold.arguments[i].weight for i, by in found_by.items() if not by)
    argument_quality = found / (found + extra + missed)
    return argument_quality * (1 + together(found_by, members)) / 2


def together(found_by: dict[int, list[int]], members: list[ResponseFact]) -> float:
    """Share of pairs of matched gold arguments found in one fact of ours (1 with one fact of ours).

    As written in the official scorer, the pairs are taken among the first
    n gold arguments, n being the number matched (not among the matched ones).
    """
    if len(members) == 1:
        return 1.0
    matched = sum(1 for by in found_by.values() if by)
    pairs = list(itertools.combinations(range(matched), 2))
    if not pairs:
        return 1.0
    joined = sum(1 for x, y in pairs if set(found_by[x]) & set(found_by[y]))
    return joined / len(pairs)


def evaluate(
    gold: list[Fact], ours: list[ResponseFact], assignment: tuple[int | None, ...], known: dict | None = None
) -> tuple[Outcome, list[float]]:
    """The outcome of an assignment of our facts to gold facts (None: unpaired), with each gold fact's quality.

    `known` caches cluster qualities between calls on one document.
    """
    known = {} if known is None else known
    members: list[list[int]] = [[] for _ in gold]
    for index, target in enumerate(assignment):
        if target is not None:
            members[target].append(index)
    qualities = []
    for g, member_ids in enumerate(members):
        key = (g, tuple(member_ids))
        if key not in known:
            known[key] = cluster_quality(gold[g], [ours[i] for i in member_ids])
        qualities.append(known[key])
    matched_response = sum(qualities[t] for t in assignment if t is not None)
    counted_response = sum(1 for t in assignment if t is None or not gold[t].hard)
    return Outcome(sum(qualities), sum(1 for g in gold if not g.hard), matched_response, counted_response), qualities


def best_assignment(gold: list[Fact], ours: list[ResponseFact]) -> tuple[int | None, ...]:
    options = [[g for g, fact in enumerate(gold) if can_join(fact, mine)] + [None] for mine in ours]
    known: dict = {}
    if math.prod(len(o) for o in options) <= MAX_ASSIGNMENTS:
        best, best_f1 = None, -1.0
        for assignment in itertools.product(*options):
            f1 = evaluate(gold, ours, assignment, known)[0].f1
            if f1 > best_f1:
                best, best_f1 = assignment, f1
        return best
    print(f"warning: {len(ours)} facts of ours and {len(gold)} gold facts have over {MAX_ASSIGNMENTS} assignments; a local optimum is used", file=sys.stderr)
    return improved_assignment(gold, ours, options, known)


def improved_assignment(gold: list[Fact], ours: list[ResponseFact], options: list[list[int | None]], known: dict) -> tuple[int | None, ...]:
    """Each fact of ours with the gold fact it matches best alone, then single moves while the F1 grows."""
    current = [max(o, key=lambda g: cluster_quality(gold[g], [mine]) if g is not None else 0.0) for o, mine in zip(options, ours)]
    best_f1 = evaluate(gold, ours, tuple(current), known)[0].f1
    improved = True
    while improved:
        improved = False
        for index, choices in enumerate(options):
            for choice in choices:
                trial = current[:index] + [choice] + current[index + 1 :]
                f1 = evaluate(gold, ours, tuple(trial), known)[0].f1
                if f1 > best_f1:
                    current, best_f1, improved = trial, f1, True
    return tuple(current)


def describe_gold(fact: Fact) -> str:
    return "; ".join(f"{a.name}={a.written}" for a in fact.arguments)


def describe_ours(fact: ResponseFact) -> str:
    return "; ".join(f"{name}={value}" for name, value in fact.arguments)


def score_facts(kind: str, doc: Document, record: dict, score: Score) -> None:
    """Score one kind of fact ("occupation" or "meeting") of one document."""
    gold = [f for f in doc.facts if f.kind == kind]
    ours = response_occupations(record) if kind == "occupation" else response_meetings(record)
    assignment = best_assignment(gold, ours)
    outcome, qualities = evaluate(gold, ours, assignment)
    score.add(outcome.matched_gold, outcome.gold, outcome.matched_response, outcome.response)
    for index, fact in enumerate(gold):
        if fact.hard or qualities[index] == 1.0:
            continue
        anchor = next((a.anchor for a in sorted(fact.arguments, key=lambda a: a.name != "position") if a.anchor), None)
        context = sentence_around(doc.text, *anchor) if anchor else ""
        joined = [describe_ours(mine) for mine, target in zip(ours, assignment) if target == index]
        if joined:
            score.error("partial", doc.name, f"{describe_gold(fact)} ~ {' / '.join(joined)} ({qualities[index]:.2f})", context)
        else:
            score.error("FN", doc.name, describe_gold(fact), context)
    for mine, target in zip(ours, assignment):
        if target is None:
            context = sentence_around(doc.text, *mine.evidence) if mine.evidence else ""
            score.error("FP", doc.name, describe_ours(mine), context)
