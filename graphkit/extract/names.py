"""Person names: which word is the first name, patronymic or surname, and its nominative.

Russian names inflect ("Белоусова", "Собирзодой", "Путиным"), foreign and
indeclinable ones do not ("Шойгу", "Ху Цзиньтао"), and the dictionary knows
only part of them. So every word gets a set of possible nominatives (from
the dictionary and from the regular surname endings); mentions whose sets
meet are the same name, and the canonical form is the nominative actually
seen in the text when there is one, else the best derived form.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace

from graphkit.extract.inflection import CASES, in_case
from graphkit.nlp.document import Token
from graphkit.nlp.lemmas import parses

FIRST, PATRONYMIC, LAST = "first", "patronymic", "last"

SURNAME_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (oblique ending, nominative endings it may come from), longest first
    ("ского", ("ский",)), ("скому", ("ский",)), ("ским", ("ский",)), ("ском", ("ский",)),
    ("ской", ("ская", "ский")), ("скую", ("ская",)),
    ("цкого", ("цкий",)), ("цкому", ("цкий",)), ("цким", ("цкий",)), ("цкой", ("цкая", "цкий")),
    ("овой", ("ова",)), ("евой", ("ева",)), ("иной", ("ина",)), ("ыной", ("ына",)),
    ("ову", ("ова", "ов")), ("еву", ("ева", "ев")), ("ину", ("ина", "ин")),
    ("ова", ("ов", "ова")), ("ева", ("ев", "ева")), ("ина", ("ин", "ина")), ("ына", ("ын", "ына")),
    ("овым", ("ов",)), ("евым", ("ев",)), ("иным", ("ин",)), ("ыным", ("ын",)),
    ("ове", ("ов",)), ("еве", ("ев",)), ("ине", ("ин",)),
    ("ой", ("а", "ой", "ая")), ("ою", ("а",)), ("ы", ("а",)), ("и", ("а", "я", "ь", "й")),
    ("е", ("а", "я", "")), ("у", ("а", "")), ("ю", ("я", "ь", "й")), ("ом", ("",)), ("ем", ("ь", "й", "")),
    ("ым", ("ый",)), ("им", ("ий", "")), ("а", ("",)), ("я", ("ь", "й")),
)


@dataclass
class NameWord:
    """One word of a person's name and the nominatives it may stand for (lower case, best first)."""

    token: Token
    role: str
    nominatives: list[str] = field(default_factory=list)
    is_nominative: bool = False
    gender: str | None = None


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def restore_case(word: str) -> str:
    """Capitalise each part of a name: "римский-корсаков" -> "Римский-Корсаков", "о'тул" -> "О'Тул"."""
    return re.sub(r"(^|[-'’])(\w)", lambda match: match.group(1) + match.group(2).upper(), word)


@functools.lru_cache(maxsize=100_000)
def dictionary_roles(word: str) -> frozenset[str]:
    """The name parts the dictionary knows `word` as (cached: asking pymorphy whether a form is known is slow)."""
    roles = set()
    for form in parses(word):
        if not form.is_known:
            continue
        if "Name" in form.tag:
            roles.add(FIRST)
        if "Surn" in form.tag:
            roles.add(LAST)
        if "Patr" in form.tag:
            roles.add(PATRONYMIC)
    return frozenset(roles)


@functools.lru_cache(maxsize=100_000)
def dictionary_gender(word: str, case: str | None) -> str | None:
    """"Masc" or "Fem" when the dictionary knows `word`, in the `case` the tagger reads, only as first names of that
    gender ("Джона": Джон; "Роберта" in the genitive: Роберт); None for a name it does not know or knows as both."""
    wanted = CASES.get(case or "")
    genders = {
        form.tag.gender for form in parses(word)
        if wanted is not None and form.is_known and "Name" in form.tag and form.tag.number == "sing" and in_case(form.tag, wanted)
    }
    return {"masc": "Masc", "femn": "Fem"}.get(genders.pop()) if len(genders) == 1 else None


def looks_like_patronymic(word: str) -> bool:
    return fold(word).endswith(("ович", "евич", "ьич", "овича", "евича", "овичем", "евичем", "овичу", "евичу", "овна", "евна", "ична", "овны", "евны", "ичны", "овной", "евной", "ичной", "овне", "евне", "ичне", "овну", "евну", "ичну"))


SURNAME_FIRST = frozenset(
    {
        "ху", "си", "ли", "ван", "чжан", "чэнь", "ян", "хуан", "чжао", "у", "чжоу", "сюй", "сунь", "ма", "чжу", "ху",
        "го", "хэ", "линь", "ло", "гао", "лян", "чжэн", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн",
        "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян", "юй", "ду", "е", "вэй", "шэнь", "лу", "ши",
        "вэнь", "мао", "цзинь", "бо", "ким", "пак", "чхве", "чон", "кан", "чо", "юн", "нгуен", "чан", "хван", "мун",
        "лим", "хон",
    }
)
"""Chinese, Korean and Vietnamese surnames: written first ("Ху Цзиньтао", "Ким Чен Ын")."""

EAST_ASIAN_CASE_ENDINGS = ("ом", "ем", "а", "у", "е")
EAST_ASIAN_FINALS = ("н", "нь", "р", "п", "к", "м", "ль")
EAST_ASIAN_VOWELS = frozenset("аеёиоуыэюяй")
VIETNAMESE_FINALS = ("нг", "т", "ч")
"""Vietnamese syllables also end so ("Нгуен Тан Зунг", "Нгуен Минь Чиет"); they are never declined."""
"""Russian declines an East Asian name on its last syllable only, and only one that ends in a consonant:
"Ким Чен Ына", "Си Цзиньпином", "Кима Чен Ира"; "Ху Цзиньтао" and "Пак Кын Хе" do not decline."""

SURNAME_PARTICLES = frozenset(
    {"ле", "ла", "де", "ди", "да", "дю", "дос", "дер", "фон", "ван", "дель", "делла", "о", "аль", "эль", "ибн", "бен", "бин", "бинт"}
)
"""Words that open a surname ("Марин Ле Пен", "Урсула фон дер Ляйен", "Люк ван Велли", "Усама бин Ладен"): they belong to it, not to the first name, and keep the form the text writes ("Хамад бен Халифа Аль Тани")."""


def east_asian_stem(word: str) -> str | None:
    """The nominative of a declined East Asian syllable ("Ына" -> "ын", "Цзиньпином" -> "цзиньпин"), else None."""
    folded = fold(word)
    for ending in EAST_ASIAN_CASE_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 2 and stem.endswith(EAST_ASIAN_FINALS):
            return stem
    return None


def opens_east_asian_name(words: list[str]) -> bool:
    """Whether the first word is an East Asian surname, as written or declined together with the last word
    ("Кима Чен Ира"; not "Хуану Пабло Монтойе", whose last word does not decline that way), before given names
    that end as East Asian syllables do."""
    if not all(ends_as_east_asian_syllable(word) for word in words[1:]):
        return False
    return fold(words[0]) in SURNAME_FIRST or (east_asian_stem(words[0]) in SURNAME_FIRST and east_asian_stem(words[-1]) is not None)


def ends_as_east_asian_syllable(word: str) -> bool:
    """Whether a given name ends as a transcribed Chinese, Korean or Vietnamese syllable does, in a vowel or one of
    a few consonants (declined: before its case ending): "Хуан Суареш" and "Хуан Карлос" are no Chinese names."""
    stem = east_asian_stem(word) or fold(word)
    return stem.endswith(EAST_ASIAN_FINALS + VIETNAMESE_FINALS) or stem[-1:] in EAST_ASIAN_VOWELS


def assign_roles(tokens: list[Token]) -> list[str]:
    """Decide which token of a person's name is the first name, patronymic and surname."""
    words = [t.text for t in tokens]
    if 2 <= len(words) <= 3 and opens_east_asian_name(words) and not all(dictionary_roles(w) for w in words[1:]):
        return [LAST] + [FIRST] * (len(words) - 1)
    if len(words) == 1:
        roles = dictionary_roles(words[0])
        return [FIRST if roles == {FIRST} else LAST]
    if len(words) == 2:
        first_roles, second_roles = dictionary_roles(words[0]), dictionary_roles(words[1])
        if LAST in first_roles and FIRST not in first_roles and FIRST in second_roles and has_russian_surname_suffix(words[0]):
            return [LAST, FIRST]
        return with_surname_particles(words, [FIRST, LAST])
    if len(words) == 3 and (looks_like_patronymic(words[1]) or all(len(w) == 1 for w in words[:2])):
        return [FIRST, PATRONYMIC, LAST]
    if len(words) == 3 and looks_like_patronymic(words[2]):
        return [LAST, FIRST, PATRONYMIC]
    return with_surname_particles(words, [FIRST] * (len(words) - 1) + [LAST])


RUSSIAN_SURNAME_SUFFIXES = ("ов", "ев", "ин", "ын", "ский", "цкий", "ова", "ева", "ина", "ына", "ская", "цкая")


def has_russian_surname_suffix(word: str) -> bool:
    """Whether the dictionary reads `word` as a surname with a Russian surname's suffix ("Шаймиева": Шаймиев). Only such
    a surname is written before the first name, as in lists ("Иванов Пётр"); "Карлос Симон", "Бойко Борисов" and
    "Аарон Эрнандес" open with a first name the dictionary also knows as a surname."""
    return any(form.is_known and "Surn" in form.tag and fold(form.normal_form).endswith(RUSSIAN_SURNAME_SUFFIXES) for form in parses(word))


def with_surname_particles(words: list[str], roles: list[str]) -> list[str]:
    """Move the particles right before the surname into it; a name of particle and surname alone ("Ле Пен") is all surname."""
    position = len(words) - 2
    while position >= 0 and fold(words[position]) in SURNAME_PARTICLES and roles[position] == FIRST:
        roles[position] = LAST
        position -= 1
    return roles


ROMAN_NUMERAL = re.compile(r"(?=[IVXLC]+$)(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
"""A regnal number, as written after a monarch's or pope's name: "Елизавета II", "Бенедикт XVI"."""


def as_written(words: list[NameWord]) -> str | None:
    """A name word that keeps the form the text writes: a surname particle ("фон", "Ле"), which does not
    inflect and keeps its case, or a regnal number ("II", not "Ii")."""
    spellings = [w.token.text for w in words]
    if fold(spellings[0]) not in SURNAME_PARTICLES and not all(ROMAN_NUMERAL.fullmatch(s) for s in spellings):
        return None
    return max(spellings, key=spellings.count)


INDECLINABLE_ENDINGS = ("о", "е", "и", "у", "ю", "э", "ых", "их")


def nominatives(token: Token, role: str) -> tuple[list[str], str | None]:
    """Possible nominative forms (lower case) of one name word, best first, and its gender when known."""
    word = fold(token.text)
    gender = token.feats.get("Gender")
    restored = surname_nominative(token) if role == LAST else None
    oblique = not reads_nominative(token) or restored is not None
    ranked: list[str] = [restored] if restored else []
    if not oblique:
        ranked.append(word)
    known = dictionary_nominatives(token.text)
    ranked.extend(sorted(known, key=lambda form: not is_a_stem_reading(word, form, token.case)))
    if role == LAST:
        ranked.extend(adjective_nominatives(token.text))
    if oblique and not known:
        ranked.extend(filter(None, [case_nominative(word, token.case, gender)]))
    derived = list(by_endings(word)) if role == LAST or not ranked or (oblique and not known) else []
    if word.endswith(INDECLINABLE_ENDINGS):
        ranked.append(word)
    ranked.extend(derived)
    ranked.append(word)
    if oblique and token.case in (None, "Nom"):
        ranked = [form for form in ranked if form != word] or [word]
    return list(dict.fromkeys(ranked)), gender


def reads_nominative(token: Token) -> bool:
    """The tagger's nominative, unless the word has a woman's oblique ending "-ой" and the dictionary knows
    it as a name only in other cases: "– Анжелиной Джоли", "53-летней Дариги Назарбаевой" are sometimes
    tagged nominative. (Other endings are left to the tagger: the dictionary reads many foreign names as
    declined Russian ones, "Аль Тани" as "Таня", "Трише" as "Триша".)"""
    return token.case in (None, "Nom") and not (fold(token.text).endswith("ой") and never_nominative(token.text))


def surname_nominative(token: Token) -> str | None:
    """The nominative singular of a surname the tagger reads as a nominative in a form no nominative singular
    has: a plural (`singular_surname`), or an unknown word in "-ы", a genitive of one in "-а" ("министра
    иностранных дел Японии Сейджи Маехары" -> "маехара")."""
    if token.case not in (None, "Nom"):
        return None
    return restored_surname(token.text, token.feats.get("Number"), token.feats.get("Gender"))


@functools.lru_cache(maxsize=100_000)
def restored_surname(text: str, number: str | None, gender: str | None) -> str | None:
    word = fold(text)
    return (singular_surname(word, gender) if number == "Plur" else None) or a_stem_genitive(word)


def a_stem_genitive(word: str) -> str | None:
    if not word.endswith("ы") or len(word) < 5 or word.endswith(tuple(ending for ending, _, _ in PLURAL_SURNAME_ENDINGS)):
        return None
    if any(form.is_known and form.tag.case == "nomn" and form.tag.number == "sing" for form in parses(word)):
        return None
    return word[:-1] + "а"


PLURAL_SURNAME_ENDINGS = (("овы", "ов", "ова"), ("евы", "ев", "ева"), ("ёвы", "ёв", "ёва"), ("ины", "ин", "ина"), ("ыны", "ын", "ына"))
"""Plural endings of Russian surnames with the man's and the woman's singular: "Тамерлан и Джохар Царнаевы"."""


def singular_surname(word: str, gender: str | None) -> str | None:
    """The singular of a surname the tagger reads as a plural, as when it names a family or two of its members
    ("Тамерлан и Джохар Царнаевы" -> "царнаев"): a woman's if the tagger gives the feminine, else a man's."""
    for ending, masculine, feminine in PLURAL_SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + (feminine if gender == "Fem" else masculine)
    return None


@functools.lru_cache(maxsize=100_000)
def never_nominative(word: str) -> bool:
    readings = [form for form in parses(word) if form.is_known and {"Name", "Surn", "Patr"} & form.tag.grammemes and form.tag.number == "sing"]
    return bool(readings) and all(form.tag.case != "nomn" for form in readings)


@functools.lru_cache(maxsize=100_000)
def dictionary_nominatives(word: str) -> tuple[str, ...]:
    """The nominative singular (lower case) of each dictionary reading of `word` as a name part."""
    found = []
    for form in parses(word):
        if form.is_known and {"Name", "Surn", "Patr"} & form.tag.grammemes:
            inflected = form.inflect({"Nom", "Sing"})
            if inflected is not None:
                found.append(fold(inflected.word))
    return tuple(found)


@functools.lru_cache(maxsize=100_000)
def adjective_nominatives(word: str) -> tuple[str, ...]:
    """A surname that declines as an adjective, from the dictionary's adjective: "Долгорукому" -> "долгорукий", "Долгорукой" -> "долгорукая"."""
    found = []
    for form in parses(word):
        if form.is_known and form.tag.POS == "ADJF" and form.tag.number == "sing" and form.tag.case != "nomn" and form.tag.gender in ("masc", "femn"):
            inflected = form.inflect({"Nom", "Sing", {"masc": "Masc", "femn": "Fem"}[form.tag.gender]})
            if inflected is not None:
                found.append(fold(inflected.word))
    return tuple(dict.fromkeys(found))


SOFT = "ь"
"""The nominative ending of a soft stem: "ь" after a consonant ("Игоря" -> "Игорь"), "й" after a vowel ("Карзая" -> "Карзай")."""

CASE_ENDINGS: tuple[tuple[str, str, str], ...] = (
    # (case the tagger reads, ending, nominative ending), longest first; a nominative ending "" needs a consonant before it
    ("Gen", "ского", "ский"), ("Acc", "ского", "ский"), ("Gen", "цкого", "цкий"), ("Acc", "цкого", "цкий"),
    ("Dat", "скому", "ский"), ("Dat", "цкому", "цкий"), ("Ins", "ским", "ский"), ("Loc", "ском", "ский"),
    ("Gen", "ской", "ская"), ("Dat", "ской", "ская"), ("Ins", "ской", "ская"), ("Loc", "ской", "ская"), ("Acc", "скую", "ская"),
    ("Ins", "ом", ""), ("Ins", "ой", "а"),
    ("Gen", "а", ""), ("Acc", "а", ""), ("Dat", "у", ""), ("Loc", "е", ""),
    ("Gen", "ы", "а"), ("Acc", "у", "а"), ("Dat", "е", "а"),
    ("Gen", "я", SOFT), ("Acc", "я", SOFT), ("Dat", "ю", SOFT), ("Ins", "ем", SOFT), ("Loc", "е", SOFT),
    ("Acc", "ю", "я"),
)
"""How a name the dictionary does not know declines, by the case the tagger reads in context: "Байдену" (dative)
is "Байден", "Зеленского" (genitive) "Зеленский", "Рамафосу" (accusative) "Рамафоса"; "Тинубу" in the
instrumental ("с Тинубу") cannot be a declined form, so it stays as written; "Небензю" (accusative) is "Небензя". Unlike `SURNAME_ENDINGS`
(every nominative an ending allows, whatever the case), this picks the one the case calls for, to rank first."""
VOWELS = frozenset("аеёиоуыэюя")


def case_nominative(word: str, case: str, gender: str | None) -> str | None:
    """The nominative of an unknown name declined in `case` (`CASE_ENDINGS`), if its ending fits that case.

    A woman's name ending in a consonant does not decline ("Ангеле Меркель"), so for her an "-е" is the
    dative or locative of a name in "-а" ("Присцилле" -> "Присцилла").
    """
    for ending_case, ending, nominative in CASE_ENDINGS:
        stem = word[: -len(ending)]
        if gender == "Fem" and nominative in ("", SOFT):
            if ending != "е" or nominative == SOFT:
                continue
            nominative = "а"
        if ending_case == case and word.endswith(ending) and len(stem) >= 3 and (nominative or stem[-1] not in VOWELS):
            if nominative == SOFT:
                return stem + soft_ending(stem)
            return stem + ("я" if nominative == "а" and stem[-1] in VOWELS | {"й"} else nominative)
    return None


def soft_ending(stem: str) -> str:
    return "й" if stem[-1] in VOWELS else "ь"


def spelt_alike(word: NameWord, other: NameWord) -> bool:
    """Two spellings of one first name, one letter apart: "Раймонда Паулса" and "Раймон Паулс", "Гарри" and "Гари",
    "Беньямин" and "Биньямин". Not names of three letters or fewer, nor names that start apart ("Анна", "Инна"), nor a
    man's and a woman's ("Александр", "Александра")."""
    if word.gender and other.gender and word.gender != other.gender:
        return False
    return any(min(len(a), len(b)) >= 4 and a[0] == b[0] and one_edit_apart(a, b) for a in word.nominatives for b in other.nominatives)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter changed, added or dropped."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    prefix = len(os.path.commonprefix([a, b]))
    if len(a) == len(b):
        return a[prefix + 1 :] == b[prefix + 1 :]
    return a[prefix:] == b[prefix + 1 :]


def is_a_stem_reading(word: str, form: str, case: str | None) -> bool:
    """Whether a dative or locative "-е" reads as a name in "-а" ("Ангеле", "Анне"), before the dictionary's
    indeclinable reading of the word as it stands."""
    return case in ("Dat", "Loc") and word.endswith("е") and form == word[:-1] + "а"


def by_endings(word: str) -> list[str]:
    """Nominatives a Russian surname may have, judged by its ending alone."""
    for ending, replacements in SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            return [stem + r for r in replacements if r not in ("ь", "й") or r == soft_ending(stem)]
    return []


def parse_name(tokens: list[Token]) -> list[NameWord]:
    """Split a person mention's tokens into name words with their possible nominatives (punctuation left out)."""
    tokens = agreeing_cases([t for t in with_apostrophes(tokens) if t.text[:1].isalpha()])
    roles = assign_roles(tokens)
    east_asian = len(tokens) > 1 and roles[0] == LAST
    words = []
    for index, (token, role) in enumerate(zip(tokens, roles)):
        forms, gender = nominatives(token, role)
        declined = token.case not in (None, "Nom")
        stem = east_asian_stem(token.text) if east_asian and declined and index in (0, len(tokens) - 1) else None
        if stem is not None and (index > 0 or stem in SURNAME_FIRST):
            words.append(NameWord(token=token, role=role, nominatives=[stem, *forms], gender=gender))
        else:
            nominative = token.case == "Nom" and reads_nominative(token) and not (role == LAST and surname_nominative(token))
            words.append(NameWord(token=token, role=role, nominatives=forms, is_nominative=nominative, gender=gender))
    return words


INSTRUMENTAL = "Ins"
CASES_WITHOUT_A = frozenset({"Dat", "Ins", "Loc"})
"""Cases no name word ends in "-а"/"-я" in: beside such a word read as a nominative, a word read in one of them
is a nominative too ("Тору Камикава" is no dative of "Тор")."""


def agreeing_cases(tokens: list[Token]) -> list[Token]:
    """The words of one name share a case.

    The case is the one oblique case the tagger reads among them, or the
    instrumental when the dictionary knows the first word only so as a first
    name ("Зухрой", which the tagger may read as a nominative). A word the
    tagger reads as a nominative beside them is in that case too if the
    dictionary knows it as a name in that case of their gender
    ("предпринимателя Яна Абрамова" is Абрамов's genitive, "члена … Ралифа
    Сафина" Ралиф's), or, knowing no name in it, if it has an instrumental
    ending ("Зухрой Муртазиной" -> Муртазина; other endings are ambiguous:
    "Андриану Канду", "Хорхе Ларрионда" stay). A word known only as a name
    of another gender keeps its case: "Хамада … Аль Тани" is no genitive of
    "Таня". East Asian names decline on their last syllable only and are
    left to `east_asian_stem`.
    """
    if opens_east_asian_name([t.text for t in tokens]):
        return tokens
    anchors = {i: t.case for i, t in enumerate(tokens) if t.case not in (None, "Nom")}
    if tokens[0].case == "Nom" and only_oblique_case(tokens[0].text) == INSTRUMENTAL:
        anchors[0] = INSTRUMENTAL
    cases = set(anchors.values())
    if len(cases) != 1:
        return tokens
    case = cases.pop()
    if case in CASES_WITHOUT_A and any(t.case == "Nom" and fold(t.text).endswith(("а", "я")) for t in tokens):
        return [replace(t, feats={**t.feats, "Case": "Nom"}) if i in anchors else t for i, t in enumerate(tokens)]
    genders = {gender for i in anchors for gender in name_genders(tokens[i].text, case)}
    agreed = []
    for index, token in enumerate(tokens):
        gender = None
        if index in anchors:
            gender = token.feats.get("Gender") if token.case == case else min(genders, default=token.feats.get("Gender"))
        elif token.case == "Nom" and (shared := name_genders(token.text, case) & genders):
            gender = min(shared)
        elif case == INSTRUMENTAL and token.case == "Nom" and len(genders) == 1 and not dictionary_roles(token.text) and case_nominative(fold(token.text), case, min(genders)):
            gender = min(genders)
        else:
            agreed.append(token)
            continue
        agreed.append(token if token.case == case else replace(token, feats={**token.feats, "Case": case, "Gender": gender}))
    return agreed


@functools.lru_cache(maxsize=100_000)
def only_oblique_case(word: str) -> str | None:
    """The one case the dictionary knows `word` in as a first name, if it is not the nominative ("Зухрой": "Ins")."""
    cases = {form.tag.case for form in parses(word) if form.is_known and "Name" in form.tag.grammemes and form.tag.number == "sing"}
    if len(cases) != 1:
        return None
    return next((ud for ud, pymorphy in CASES.items() if pymorphy in cases and ud != "Nom"), None)


@functools.lru_cache(maxsize=100_000)
def name_genders(word: str, case: str) -> frozenset[str]:
    """The genders ("Masc", "Fem") of the dictionary's readings of `word` as a name part in `case` (the tagger's)."""
    wanted = CASES[case]
    return frozenset(
        {"masc": "Masc", "femn": "Fem"}[form.tag.gender]
        for form in parses(word)
        if form.is_known and {"Name", "Surn", "Patr"} & form.tag.grammemes and form.tag.case == wanted and form.tag.gender in ("masc", "femn")
    )


APOSTROPHES = frozenset({"'", "’"})


def with_apostrophes(tokens: list[Token]) -> list[Token]:
    """The tokens with a word written across an apostrophe joined into one: "О'Тулом", "Д’Артаньян" are one
    surname, which declines at its end ("Джорджем О'Тулом" -> "Джордж О'Тул")."""
    joined: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if joined and token.text in APOSTROPHES and index + 1 < len(tokens) and joined[-1].end == token.start and token.end == tokens[index + 1].start:
            following = tokens[index + 1]
            joined[-1] = replace(following, start=joined[-1].start, text=joined[-1].text + token.text + following.text)
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def best_nominative(words: list[NameWord], gender: str | None) -> str:
    """The canonical nominative of one name part from all the words seen for it.

    A form the text itself shows in the nominative wins; otherwise the best
    ranked form that every occurrence can stand for, of the right gender.
    """
    common = set.intersection(*(set(w.nominatives) for w in words))
    seen = [fold(w.token.text) for w in words if w.is_nominative]
    for form in seen:
        if form in common or not common:
            return form
    if seen:
        return seen[0]
    candidates = [form for w in words for form in w.nominatives if form in common] or words[0].nominatives
    order = {form: index for index, form in enumerate(candidates)}
    return min(order, key=lambda form: (gender_penalty(form, gender), order[form]))


def spelled_as_seen(form: str, words: list[NameWord]) -> str:
    """`form` (folded: "е" for "ё") with the "ё" the text writes back in: "Фёдора", "Фёдор" -> "фёдор"."""
    chars = list(form)
    for word in words:
        written = word.token.text.lower()
        shared = len(os.path.commonprefix([form, written.replace("ё", "е")]))
        for index in range(shared):
            if written[index] == "ё":
                chars[index] = "ё"
    return "".join(chars)


def gender_penalty(form: str, gender: str | None) -> int:
    feminine = form.endswith(("ова", "ева", "ина", "ына", "ская", "цкая"))
    if gender == "Fem":
        return 0 if feminine else 1
    return 1 if feminine else 0
