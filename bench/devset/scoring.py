"""Precision, recall and F1, and the small text normalisations every scorer shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Score:
    """Matched weight on each side over the number of items on that side."""

    name: str
    matched_predicted: float = 0.0
    predicted: int = 0
    matched_gold: float = 0.0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_sets(self, predicted: set, gold: set) -> None:
        self.matched_predicted += len(predicted & gold)
        self.matched_gold += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)


def norm(text: str) -> str:
    """Case, ё/е and quotes ignored; spaces folded."""
    for quote in "«»\"„“”'’":
        text = text.replace(quote, "")
    return " ".join(text.lower().replace("ё", "е").split())


def close(a: str, b: str) -> bool:
    """Equal after `norm`, allowing 1 typo in short words and 2 in longer ones."""
    a, b = norm(a), norm(b)
    if a == b:
        return True
    allowed = 1 if max(len(a), len(b)) <= 6 else 2
    return abs(len(a) - len(b)) <= allowed and edit_distance(a, b) <= allowed


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pairs(groups: dict[object, set]) -> set[frozenset]:
    """All unordered pairs of items that share a group."""
    out = set()
    for items in groups.values():
        ordered = sorted(items)
        out.update(frozenset((x, y)) for i, x in enumerate(ordered) for y in ordered[i + 1 :])
    return out
