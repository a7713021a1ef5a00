"""factRuEval-2016 task 1: mentions of persons, organisations and places (official scorer, `-l` mode).

Mentions are compared as sets of tokens of the gold tokenisation. A gold
token weighs 1 when it belongs to a name span (name, surname, org_name,
loc_name, ...) and 0 otherwise, so descriptor words ("компания") neither
help nor hurt; a response token outside the gold mention costs 1. Gold
mentions embedded in another gold mention, or without a name, count
neither way, and so does whatever response mention is paired with them.
LocOrg counts as a place. Our mentions with no capital letter that touch
no gold mention (descriptions, resolved pronouns) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devset.factrueval.gold import PARENT_KINDS, Document, Mention, Token
from devset.factrueval.matching import best_matching
from devset.prediction import is_named, mentions_of, overlaps, sentence_around
from devset.prediction import Mention as OurMention
from devset.score import Score

KIND_ORDER = ("per", "loc", "org")
OUR_KINDS = {"Person": "per", "Organization": "org", "Country": "loc", "Place": "loc"}
NAME_TAGS = {
    "per": {"name", "surname", "patronymic", "nickname"},
    "loc": {"loc_name", "org_name"},
    "org": {"loc_name", "org_name"},
}
"""Span tags whose tokens weigh 1 in a gold mention of each kind."""


@dataclass(eq=False)
class GoldTokens:
    mention: Mention
    kind: str
    tokens: frozenset[Token]
    weights: dict[Token, int]
    embedded: bool = False
    siblings: list[int] = field(default_factory=list)

    @property
    def unnamed(self) -> bool:
        return not any(self.weights.values())


@dataclass(eq=False)
class ResponseTokens:
    mention: OurMention
    kind: str
    tokens: frozenset[Token]


def gold_token_sets(doc: Document) -> list[GoldTokens]:
    """The scored gold mentions in the official order (kind, then id as text), with embedding and siblings."""
    sets = []
    for mention in doc.mentions:
        kind = "loc" if mention.kind == "locorg" else mention.kind
        if kind not in KIND_ORDER:
            continue
        weights: dict[Token, int] = {}
        for span in mention.spans:
            for token in span.tokens:
                weights[token] = max(weights.get(token, 0), int(span.tag in NAME_TAGS[kind]))
        sets.append(GoldTokens(mention, kind, frozenset(weights), weights))
    sets.sort(key=lambda s: (KIND_ORDER.index(s.kind), s.mention.id))
    for index, inner in enumerate(sets):
        for other_index, outer in enumerate(sets):
            if other_index == index or outer.kind not in PARENT_KINDS[inner.kind]:
                continue
            if inner.tokens < outer.tokens:
                inner.embedded = True
            elif inner.tokens == outer.tokens:
                inner.siblings.append(other_index)
    return sets


def response_token_sets(doc: Document, record: dict) -> list[ResponseTokens]:
    """Our scored mentions as the tokens wholly inside them (attached punctuation left out)."""
    gold_spans = [(m.start, m.end) for m in doc.mentions if m.kind in ("per", "org", "loc", "locorg")]
    sets = []
    for mention in mentions_of(record):
        if not is_named(mention.text, mention.form) and not any(overlaps((mention.start, mention.end), g) for g in gold_spans):
            continue
        tokens = frozenset(t for t in doc.tokens if mention.start <= t.start and t.end <= mention.end and not t.is_attached_punctuation)
        sets.append(ResponseTokens(mention, OUR_KINDS[mention.label], tokens))
    sets.sort(key=lambda s: KIND_ORDER.index(s.kind))
    return sets


class MentionComparison:
    """The official `TokenSetQualityCalculator` over one document."""

    def __init__(self, gold: list[GoldTokens], response: list[ResponseTokens]) -> None:
        self.gold, self.response = gold, response
        self.gold_count, self.response_count = len(gold), len(response)

    def priority(self, g: int, r: int) -> float:
        gold, response = self.gold[g], self.response[r]
        if gold.kind != response.kind or not gold.tokens & response.tokens:
            return 0.0
        return len(gold.tokens & response.tokens) / len(gold.tokens | response.tokens)

    def quality(self, g: int, r: int) -> float:
        gold, response = self.gold[g], self.response[r]
        if gold.kind != response.kind:
            return 0.0
        found = sum(gold.weights[t] for t in gold.tokens & response.tokens)
        missed = sum(gold.weights[t] for t in gold.tokens - response.tokens if not t.is_punctuation)
        extra = len(response.tokens - gold.tokens)
        total = found + missed + extra
        return found / total if total else self.priority(g, r)

    def ignored(self, g: int, matched: set[int]) -> bool:
        """Unnamed and embedded gold mentions; of two with the same tokens, one.

        Siblings as in the official scorer: when both or neither are
        matched, the organisation is kept (of two of one kind, the first);
        otherwise the unmatched one is dropped.
        """
        gold = self.gold[g]
        if gold.unnamed or gold.embedded:
            return True
        if not gold.siblings:
            return False
        sibling = gold.siblings[0]
        if (g in matched) != (sibling in matched):
            return g not in matched
        if self.gold[sibling].kind == gold.kind:
            return sibling < g
        return gold.kind != "org"

    def linked(self, g: int) -> list[int]:
        return self.gold[g].siblings


def score_mentions(doc: Document, record: dict, score: Score) -> None:
    comparison = MentionComparison(gold_token_sets(doc), response_token_sets(doc, record))
    matching = best_matching(comparison)
    score.add(matching.credit, matching.gold, matching.credit, matching.response)
    paired = dict(matching.pairs)
    for g, gold in enumerate(comparison.gold):
        if g in matching.ignored_gold:
            continue
        span = (gold.mention.start, gold.mention.end)
        if g not in paired:
            score.error("FN", doc.name, f"{gold.kind} {doc.text[span[0]:span[1]]}", sentence_around(doc.text, *span))
        elif (quality := comparison.quality(g, paired[g])) < 1.0:
            ours = comparison.response[paired[g]].mention
            score.error("partial", doc.name, f"{gold.kind} {doc.text[span[0]:span[1]]} ~ {ours.text} ({quality:.2f})", sentence_around(doc.text, *span))
    matched_response = set(paired.values())
    for r, response in enumerate(comparison.response):
        if r not in matched_response:
            m = response.mention
            score.error("FP", doc.name, f"{response.kind} {m.text} ({m.label})", sentence_around(doc.text, m.start, m.end))
