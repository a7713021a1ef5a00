"""Putting a Russian noun phrase into the nominative: "Брукхейвенской национальной лаборатории" -> "Брукхейвенская национальная лаборатория".

Only the head noun and the words agreeing with it before it change; what
follows the head (genitive complements, names in quotes) stays as written:
"Министерства обороны Российской Федерации" -> "Министерство обороны Российской Федерации".
"""

from __future__ import annotations

from graphkit.nlp.document import Token
from graphkit.nlp.lemmas import parses

AGREEING = ("ADJ", "DET", "NUM")


def nominative_phrase(tokens: list[Token], text: str, offset: int) -> str:
    """The phrase `text` (starting at character `offset`) with its head put into the nominative."""
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")), None)
    if head is None or tokens[head].case in (None, "Nom"):
        return text
    number = tokens[head].feats.get("Number", "Sing")
    pieces = []
    cursor = offset
    for index, token in enumerate(tokens):
        pieces.append(text[cursor - offset : token.start - offset])
        if index <= head and (index == head or token.pos in AGREEING) and token.case not in (None, "Nom"):
            pieces.append(same_shape(inflect(token, number), token.text))
        else:
            pieces.append(token.text)
        cursor = token.end
    pieces.append(text[cursor - offset :])
    return "".join(pieces)


def inflect(token: Token, number: str) -> str:
    """The nominative of one word, keeping its gender and number; the word itself when unknown."""
    wanted_pos = {"NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJF", "DET": "ADJF", "NUM": "ADJF"}.get(token.pos)
    case = CASES.get(token.case or "")
    for form in parses(token.text):
        if wanted_pos and form.tag.POS != wanted_pos:
            continue
        if case and case not in form.tag.grammemes:
            continue
        inflected = form.inflect({"Nom", number})
        if inflected is not None:
            return inflected.word
    return token.text


CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Nom": "nomn"}


def same_shape(word: str, original: str) -> str:
    """Give `word` the capitalisation of `original` (all caps, capitalised or lower case)."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
