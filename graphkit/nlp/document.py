"""Our own view of an analysed text: tokens with morphology, sentences, NER spans.

Offsets are character offsets into the article text, end exclusive.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from graphkit.nlp.lemmas import lemmatize


@dataclass
class Token:
    start: int
    end: int
    text: str
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1
    """Index (within the sentence) of the syntactic head; -1 for the root or when not parsed."""
    rel: str = ""

    @property
    def lemma(self) -> str:
        """Dictionary form, lower case, ё as е (uses the morphology when the sentence was tagged)."""
        return lemmatize(self.text, self.pos, tuple(sorted(self.feats.items())))

    @functools.cached_property
    def lower(self) -> str:
        """Lower case, ё as е (computed once: the extractor's word lists ask for it many times)."""
        return self.text.lower().replace("ё", "е")

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token]
    tagged: bool = False
    parsed: bool = False

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens inside the character range [start, end)."""
        first = next((i for i, t in enumerate(self.tokens) if t.end > start), len(self.tokens))
        last = first
        while last < len(self.tokens) and self.tokens[last].start < end:
            last += 1
        return first, last

    def children(self, head: int) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.head == head]


@dataclass(frozen=True)
class NerSpan:
    start: int
    end: int
    type: str
    """PER, LOC or ORG, as natasha's news NER tags them."""


@dataclass
class AnalysedText:
    text: str
    sentences: list[Sentence]
    ner_spans: list[NerSpan]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
