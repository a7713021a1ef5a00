"""String comparison of the official factRuEval-2016 scorers (scripts/dialent/common/util.py).

Values are compared after `normalize` (case, ё/е, quote and dash forms
ignored) with a Levenshtein tolerance that grows with length: none up to
1 character, 1 edit up to 8 characters, 2 edits from 9.
"""

from __future__ import annotations

from functools import lru_cache

QUOTES = "«»“”„"
SINGLE_QUOTES = "’`"
DASHES = "-‐−‒–—―"
SPACED_PUNCTUATION = ((" ,", ","), (" .", "."), (" -", "-"), ("- ", "-"), ("( ", "("), (" )", ")"))


def safe_normalize(text: str) -> str:
    """Lower case, trimmed, one form of quote, single quote and dash, е for ё (same length but for the trim)."""
    text = text.lower().strip(" \r\n\t")
    for quote in QUOTES:
        text = text.replace(quote, '"')
    for quote in SINGLE_QUOTES:
        text = text.replace(quote, "'")
    text = text.replace("ё", "е")
    for dash in DASHES:
        text = text.replace(dash, "-")
    return text


def normalize(text: str) -> str:
    """`safe_normalize`, and no space before commas, full stops and closing brackets or around dashes."""
    text = safe_normalize(text)
    for spaced, tight in SPACED_PUNCTUATION:
        text = text.replace(spaced, tight)
    return text


def tolerance(length: int) -> int:
    if length <= 1:
        return 0
    return 1 if length <= 8 else 2


def same_string(a: str, b: str) -> bool:
    """The official `compareStrings`: within `tolerance` edits of each other (inputs already normalised)."""
    return edit_distance(a, b) <= tolerance(max(len(a), len(b)))


@lru_cache(maxsize=200_000)
def edit_distance(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
