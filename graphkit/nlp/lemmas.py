"""Lemmas from pymorphy's dictionary (through natasha's MorphVocab), cached.

Looking a word up in the dictionary is the costliest step after the neural
taggers, and news repeats its vocabulary, so every (word, tags) pair is
looked up once per process.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def morph_vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


@functools.lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    """The dictionary form of `word`, chosen by its part of speech and features when known."""
    vocab = morph_vocab()
    if pos:
        lemma = vocab.lemmatize(word, pos, dict(feats))
    else:
        forms = vocab(word.lower())
        lemma = forms[0].normal if forms else word
    return lemma.lower().replace("ё", "е")


@functools.lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Any, ...]:
    """Every dictionary reading of `word`: pymorphy `Parse` objects (tag, normal_form, inflect)."""
    return tuple(morph_vocab().parse(word.lower()))


PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy's grammemes of proper names."""


def is_common_noun(word: str) -> bool:
    """Whether the dictionary knows `word` only as a common noun ("Сцена", "Союз"), never as a name or another part of speech."""
    readings = parses(word)
    return bool(readings) and all(form.is_known and form.tag.POS == "NOUN" and not PROPER_GRAMMEMES & form.tag.grammemes for form in readings)


@functools.lru_cache(maxsize=4096)
def inflected_forms(lemma: str) -> frozenset[str]:
    """Every form of the word whose dictionary form is `lemma` (with ё as е), itself included: "стать" -> "стал",
    "станет", "ставший", …; "дума" -> "думы", "дум"."""
    forms = {lemma}
    for parse in parses(lemma):
        if parse.normal_form.replace("ё", "е") == lemma:
            forms.update(form.word.replace("ё", "е") for form in parse.lexeme)
    return frozenset(forms)
