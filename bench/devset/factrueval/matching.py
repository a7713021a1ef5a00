"""The optimal gold-to-response matching of the official factRuEval scorers (tasks 1 and 2).

The official `EvaluationMatrix` walks the gold objects in order; each is
paired with one of the response objects it could match (only the perfect
ones if there are any; never one that another gold object matches
perfectly) or, in a few situations, left unpaired; of all the matchings
so built it keeps the one with the best document F1.

That F1 is 2·credit / (counted gold + counted response), and every term
is a sum over groups of objects that can only match among themselves
(connected by a non-zero priority, or gold siblings whose ignoring depends
on each other). So the same candidate matchings are built group by group,
and the best combination is found exactly with Dinkelbach's method for
ratios instead of by enumerating the product: pick in each group the
candidate with the best credit - λ·count, set λ to the ratio reached,
repeat until it stops growing.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

MAX_CANDIDATES = 50_000
"""Candidate matchings built per group at most (the official search has no limit; real groups have a few)."""


class Calculator(Protocol):
    """One document's gold and response objects, by index, as one task compares them."""

    gold_count: int
    response_count: int

    def priority(self, gold: int, response: int) -> float:
        """How well the pair fits, for building candidates (0: cannot match; 1: perfect)."""

    def quality(self, gold: int, response: int) -> float:
        """The credit the pair earns."""

    def ignored(self, gold: int, matched: set[int]) -> bool:
        """Whether the gold object counts neither way, given the matched gold objects."""

    def linked(self, gold: int) -> list[int]:
        """Gold objects whose `ignored` depends on whether this one is matched."""


@dataclass
class Matching:
    pairs: list[tuple[int, int]]
    credit: float
    gold: int
    response: int
    ignored_gold: set[int]


@dataclass
class Candidate:
    pairs: tuple[tuple[int, int], ...]
    credit: float
    count: int


def best_matching(calculator: Calculator) -> Matching:
    """The matching with the best document F1, with its credit and the numbers of gold and response objects counted."""
    priority = [[calculator.priority(g, r) for r in range(calculator.response_count)] for g in range(calculator.gold_count)]
    groups = connected_groups(calculator, priority)
    chosen = best_combination([evaluated_candidates(calculator, g_ids, r_ids, priority) for g_ids, r_ids in groups])
    pairs = sorted(p for c in chosen for p in c.pairs)
    matched = {g for g, _ in pairs}
    ignored = {g for g in range(calculator.gold_count) if calculator.ignored(g, matched)}
    counted = [(g, r) for g, r in pairs if g not in ignored]
    unmatched_gold = calculator.gold_count - len(matched | ignored)
    unmatched_response = calculator.response_count - len(pairs)
    credit = sum(calculator.quality(g, r) for g, r in counted)
    return Matching(pairs, credit, len(counted) + unmatched_gold, len(counted) + unmatched_response, ignored)


def connected_groups(calculator: Calculator, priority: list[list[float]]) -> list[tuple[list[int], list[int]]]:
    """Gold and response indices split into groups that cannot interact (each in ascending order)."""
    gold_count = calculator.gold_count
    parent = list(range(gold_count + calculator.response_count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for g in range(gold_count):
        for r in range(calculator.response_count):
            if priority[g][r] > 0:
                parent[root(g)] = root(gold_count + r)
        for other in calculator.linked(g):
            parent[root(g)] = root(other)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for node in range(len(parent)):
        g_ids, r_ids = groups.setdefault(root(node), ([], []))
        if node < gold_count:
            g_ids.append(node)
        else:
            r_ids.append(node - gold_count)
    return list(groups.values())


def evaluated_candidates(calculator: Calculator, g_ids: list[int], r_ids: list[int], priority: list[list[float]]) -> list[Candidate]:
    """Every candidate matching of one group, with its credit and its count of gold and response objects counted."""
    built = list(itertools.islice(candidate_pairs(g_ids, tuple(r_ids), (), priority), MAX_CANDIDATES + 1))
    if len(built) > MAX_CANDIDATES:
        print(f"warning: {len(g_ids)} gold and {len(r_ids)} response objects give over {MAX_CANDIDATES} candidate matchings; the first are used", file=sys.stderr)
        built = built[:MAX_CANDIDATES]
    candidates = []
    for pairs in built:
        matched = {g for g, _ in pairs}
        counted = [(g, r) for g, r in pairs if not calculator.ignored(g, matched)]
        unmatched_gold = sum(1 for g in g_ids if g not in matched and not calculator.ignored(g, matched))
        credit = sum(calculator.quality(g, r) for g, r in counted)
        candidates.append(Candidate(pairs, credit, 2 * len(counted) + unmatched_gold + len(r_ids) - len(pairs)))
    return candidates


def candidate_pairs(g_ids: list[int], r_ids: tuple[int, ...], pairs: tuple, priority) -> Iterator[tuple]:
    """The official recursive search's leaves, for one group."""
    if not g_ids or not r_ids:
        yield pairs
        return
    current, rest = g_ids[0], g_ids[1:]
    perfect = [r for r in r_ids if priority[current][r] == 1.0]
    options = perfect or [r for r in r_ids if priority[current][r] > 0.0]
    possible, most_alternatives = 0, 0
    for r in options:
        alternatives = 0
        taken_elsewhere = False
        for k in rest:
            if priority[k][r] == 1.0 and priority[current][r] < 1.0:
                taken_elsewhere = True
            if priority[k][r] != 0.0:
                alternatives += 1
            most_alternatives = max(most_alternatives, alternatives)
        if taken_elsewhere:
            continue
        possible += 1
        yield from candidate_pairs(rest, tuple(x for x in r_ids if x != r), pairs + ((current, r),), priority)
    if possible == 0 or possible == 1 and most_alternatives > 0 and not perfect:
        yield from candidate_pairs(rest, r_ids, pairs, priority)


def best_combination(candidates: list[list[Candidate]]) -> list[Candidate]:
    """One candidate per group maximising sum(credit) / sum(count) (Dinkelbach's method)."""
    ratio, chosen = -1.0, []
    while True:
        pick = [max(group, key=lambda c: (c.credit - max(ratio, 0.0) * c.count, -c.count)) for group in candidates]
        credit, count = sum(c.credit for c in pick), sum(c.count for c in pick)
        reached = credit / count if count else 0.0
        if reached <= ratio:
            return chosen
        ratio, chosen = reached, pick
