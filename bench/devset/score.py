"""Precision, recall and F1 with partial credit, and the errors behind them."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Error:
    """One thing to read: a false positive ("FP"), a miss ("FN") or a partial match ("partial")."""

    kind: str
    doc: str
    what: str
    context: str = ""


@dataclass
class Score:
    """Counts summed over documents, as the factRuEval scorers sum them.

    `matched_gold` and `matched_predicted` are the credit on each side (equal
    to the number of matches when matching is all or nothing; fractional
    with partial credit). Undefined ratios (nothing predicted, or no gold)
    are 0, except that nothing predicted against no gold is perfect.
    """

    name: str
    matched_gold: float = 0.0
    gold: int = 0
    matched_predicted: float = 0.0
    predicted: int = 0
    errors: list[Error] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return ratio(self.matched_predicted, self.predicted, empty=self.gold == 0)

    @property
    def recall(self) -> float:
        return ratio(self.matched_gold, self.gold, empty=self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, matched_gold: float, gold: int, matched_predicted: float, predicted: int) -> None:
        self.matched_gold += matched_gold
        self.gold += gold
        self.matched_predicted += matched_predicted
        self.predicted += predicted

    def add_sets(self, predicted: set, gold: set) -> None:
        """All-or-nothing matching of two sets of hashable items."""
        both = len(predicted & gold)
        self.add(both, len(gold), both, len(predicted))

    def merged(self, name: str, *others: Score) -> Score:
        """A new score whose counts are the sum of this one's and `others'` (their errors stay with them)."""
        total = Score(name)
        for score in (self, *others):
            total.add(score.matched_gold, score.gold, score.matched_predicted, score.predicted)
        return total

    def error(self, kind: str, doc: str, what: str, context: str = "") -> None:
        self.errors.append(Error(kind, doc, what, " ".join(context.split())))


def ratio(part: float, whole: int, empty: bool) -> float:
    if whole:
        return part / whole
    return 1.0 if empty else 0.0


def pairs(groups: Mapping[Hashable, Iterable[Hashable]]) -> set[frozenset]:
    """All unordered pairs of distinct items that share a group."""
    found = set()
    for items in groups.values():
        ordered = sorted(set(items), key=repr)
        found.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return found
