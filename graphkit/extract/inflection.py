"""Putting a Russian noun phrase into the nominative: "Брукхейвенской национальной лаборатории" -> "Брукхейвенская национальная лаборатория".

Only the head noun and the words agreeing with it before it change; what
follows the head (genitive complements, names in quotes) stays as written:
"Министерства обороны Российской Федерации" -> "Министерство обороны Российской Федерации".
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from graphkit.nlp.document import Token
from graphkit.nlp.lemmas import parses

AGREEING = ("ADJ", "DET", "NUM")
PROPER_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


def nominative_phrase(tokens: list[Token], text: str, offset: int, singular: bool = False) -> str:
    """The phrase `text` (starting at character `offset`) with its head put into the nominative, and into
    the singular if asked (a title that several people share: "Депутаты Госдумы Шхагошев и Грибов" -> "депутат")."""
    changes = changed_words(tokens, singular)
    return rebuild(tokens, text, offset, {index: forms[0] for index, forms in changes.items()})


def nominative_readings(tokens: list[Token], text: str, offset: int) -> list[str]:
    """Every reading of the phrase in the nominative, `nominative_phrase`'s first.

    The dictionary cannot always tell: "Большим театром" is "Больший театр"
    or "Большой театр". A reading the article writes elsewhere settles it.
    """
    changes = changed_words(tokens)
    chosen = {index: forms[0] for index, forms in changes.items()}
    readings = [rebuild(tokens, text, offset, chosen)]
    for index, forms in changes.items():
        readings.extend(rebuild(tokens, text, offset, chosen | {index: form}) for form in forms[1:])
    return list(dict.fromkeys(readings))


def changed_words(tokens: list[Token], singular: bool = False) -> dict[int, tuple[str, ...]]:
    """Token index -> its nominatives, the likeliest first, for the head and the words agreeing with it before it
    (an abbreviation head stays as written: "Чернобыльской АЭС" -> "Чернобыльская АЭС"), and the same for a head
    joined to it by "и" in its case ("капитана и лидера Bruins" -> "капитан и лидер Bruins"). Participles agree
    ("Объединенного комитета"), and so do hyphenated adjectives, which the tagger leaves without a case
    ("Российско-американского совета")."""
    head = next((i for i, t in enumerate(tokens) if is_noun(t)), None)
    to_singular = singular and head is not None and tokens[head].feats.get("Number") == "Plur"
    if head is None or (tokens[head].case in (None, "Nom") and not to_singular):
        return {}
    changes: dict[int, tuple[str, ...]] = {}
    start = 0
    for current in (head, *coordinated_heads(tokens, head)):
        changes |= head_changes(tokens, start, current, to_singular)
        start = current + 2
    return changes


def coordinated_heads(tokens: list[Token], head: int) -> list[int]:
    """Nouns joined to the head by "и" right after it, in its case and number, with only agreeing words between:
    "капитана и лидера", "президента и председателя правления"."""
    found = []
    while head + 2 < len(tokens) and tokens[head + 1].lower == "и":
        after = next((i for i in range(head + 2, len(tokens)) if is_noun(tokens[i])), None)
        agreeing_between = after is not None and all(tokens[i].pos in AGREEING for i in range(head + 2, after))
        if not agreeing_between or not same_case_and_number(tokens[after], tokens[head]):
            break
        found.append(after)
        head = after
    return found


def same_case_and_number(one: Token, other: Token) -> bool:
    return one.case == other.case and one.feats.get("Number") == other.feats.get("Number")


def head_changes(tokens: list[Token], start: int, head: int, to_singular: bool) -> dict[int, tuple[str, ...]]:
    """The nominatives of one head and the words agreeing with it from `start` on (see `changed_words`)."""
    number = "Sing" if to_singular else tokens[head].feats.get("Number", "Sing")
    gender = noun_gender(tokens[head]) if number == "Sing" else None
    changes = {}
    for index in range(start, head + 1):
        token = tokens[index]
        adjective = is_hyphenated_adjective(token.text)
        agreeing = index < head and (token.pos in AGREEING or token.feats.get("VerbForm") == "Part" or adjective)
        case = token.case or (tokens[head].case if agreeing else None)
        if (index == head and not is_abbreviation(token.text) or agreeing) and (case not in (None, "Nom") or (to_singular and case == "Nom")):
            pos = "NOUN" if index == head else "ADJ" if adjective else token.pos
            forms = nominatives(token.text, pos, case, number, None if index == head else gender)
            changes[index] = tuple(same_shape(form, token.text) for form in forms)
    if (declined := DECLINED_ABBREVIATION.fullmatch(tokens[head].text)) is not None:
        changes[head] = (declined.group(1),)
    return changes


def is_noun(token: Token) -> bool:
    """A noun, or a word the tagger takes for an adjective that the dictionary knows only as a common noun ("в
    Объединении кредитно-финансовых предприятий", whose head is "Объединение"). Not a surname ("Никитинского суда")
    nor a word the dictionary only guesses at ("Руснока кабинетом"), nor a hyphenated word the tagger takes for a
    noun whose last part the dictionary knows only as an adjective ("экс-художественным директором")."""
    if token.pos in ("NOUN", "PROPN"):
        return not is_hyphenated_adjective(token.text)
    if token.pos != "ADJ":
        return False
    readings = parses(token.text)
    return bool(readings) and all(form.is_known and form.tag.POS == "NOUN" and not PROPER_NAME_TAGS & form.tag.grammemes for form in readings)


def is_hyphenated_adjective(word: str) -> bool:
    if "-" not in word:
        return False
    known = [form for form in parses(word.rsplit("-", 1)[1]) if form.is_known]
    return bool(known) and all(form.tag.POS == "ADJF" for form in known)


def rebuild(tokens: list[Token], text: str, offset: int, replaced: dict[int, str]) -> str:
    """`text` with the words of the given token indices replaced, the characters between tokens kept."""
    pieces = []
    cursor = offset
    for index, token in enumerate(tokens):
        pieces.append(text[cursor - offset : token.start - offset])
        pieces.append(replaced.get(index, token.text))
        cursor = token.end
    pieces.append(text[cursor - offset :])
    return "".join(pieces)


def noun_gender(token: Token) -> str | None:
    """The gender of a head noun, which its adjectives must agree with ("Верховного собрания" -> "Верховное")."""
    if token.feats.get("Gender"):
        return token.feats["Gender"]
    for form in parses(token.text):
        if form.tag.POS == "NOUN" and form.tag.gender:
            return {"masc": "Masc", "femn": "Fem", "neut": "Neut"}.get(form.tag.gender)
    return None


@functools.lru_cache(maxsize=100_000)
def nominatives(word: str, pos: str, case: str | None, number: str, gender: str | None) -> tuple[str, ...]:
    """Every nominative of a word with its tagged part of speech and case, in the given number (and gender, for
    adjectives), the likeliest first; the word itself when unknown.

    A tagged adjective may be a participle in the dictionary ("Объединённого фронта"), and a year or number
    hyphenated onto a word stays as written ("Новой волны-2009" -> "Новая волна-2009").

    Cached: pymorphy's inflection is slow.
    """
    if (numbered := NUMBERED.fullmatch(word)) is not None:
        return tuple(form + numbered.group(2) for form in nominatives(numbered.group(1), pos, case, number, gender))
    wanted_pos = WANTED_POS.get(pos, ())
    grammeme = CASES.get(case or "")
    found = []
    for form in parses(word):
        if wanted_pos and form.tag.POS not in wanted_pos:
            continue
        if grammeme and not in_case(form.tag, grammeme):
            continue
        inflected = inflect(form, {"Nom", number, gender} - {None}) or inflect(form, {"Nom", number})
        if inflected is not None and inflected.word not in found:
            found.append(inflected.word)
    return tuple(found) or (word,)


def inflect(form: Any, grammemes: set[str]) -> Any:
    """pymorphy's inflection, except that a superlative keeps its own stem: "Высшей" -> "Высшая", not the
    "высочайшая" that pymorphy picks first among the superlatives of "высокий"."""
    if "Supr" not in form.tag:
        return form.inflect(grammemes)
    wanted = {GRAMMEMES.get(g, g) for g in grammemes}
    fitting = [f for f in form.lexeme if "Supr" in f.tag and wanted <= f.tag.grammemes]
    if not fitting:
        return form.inflect(grammemes)
    return max(fitting, key=lambda f: len(os.path.commonprefix([f.word, form.word])))


WANTED_POS = {"NOUN": ("NOUN",), "PROPN": ("NOUN",), "ADJ": ("ADJF", "PRTF"), "DET": ("ADJF",), "NUM": ("ADJF",)}
"""The tagger's part of speech -> the dictionary's parts of speech a reading may have."""
NUMBERED = re.compile(r"(\w+)(-\d+)")
GRAMMEMES = {"Nom": "nomn", "Sing": "sing", "Plur": "plur", "Masc": "masc", "Fem": "femn", "Neut": "neut"}
CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Nom": "nomn"}
SECOND_CASES = {"loct": "loc2", "gent": "gen2"}
"""The tagger's locative and genitive include pymorphy's second ones: "в аэропорту" (loc2), "чашка чаю" (gen2)."""


def in_case(tag: Any, grammeme: str) -> bool:
    """Whether a pymorphy tag is in a case, a second locative or genitive counting as the locative or genitive."""
    return bool({grammeme, SECOND_CASES.get(grammeme)} & tag.grammemes)


def is_abbreviation(word: str) -> bool:
    """"ИГ", "АН", "ОРИ": written the same in every case, so never put into the nominative ("ИГ" is no "иго")."""
    return len(word) > 1 and word.isupper()


DECLINED_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,})(а|у|ом|е)")
"""An abbreviation with a case ending written on ("ЦИБа", "МИДом", "ОМОНу"): its nominative is the abbreviation."""


def same_shape(word: str, original: str) -> str:
    """Give `word` the capitalisation of `original` (all caps, capitalised or lower case), part by part for a
    hyphenated word ("Аль-Кайдой" -> "Аль-Кайда"), and no "ё" the text does not write ("Вооруженных" ->
    "Вооруженные", not the dictionary's "Вооружённые")."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    parts, original_parts = word.split("-"), original.split("-")
    if len(parts) > 1 and len(parts) == len(original_parts):
        return "-".join(same_shape(part, original_part) for part, original_part in zip(parts, original_parts))
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
