"""Loading natasha's models: once per process, passed around explicitly."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class NlpModels:
    """The natasha components graphkit uses (typed loosely: natasha ships no type hints)."""

    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


@functools.lru_cache(maxsize=1)
def load_models() -> NlpModels:
    """Load natasha's news models from its wheel (no download); about 1.5 s, cached per process."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from graphkit.nlp.lemmas import morph_vocab

    embedding = NewsEmbedding()
    return NlpModels(
        segmenter=Segmenter(),
        morph_vocab=morph_vocab(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )
