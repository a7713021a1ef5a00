"""Generate graphkit/data/forms.tsv: every surface form of the gazetteer's names, inflected with pymorphy.

    python -m graphkit.extract.gazetteer_forms           # rewrite graphkit/data/forms.tsv
    python -m graphkit.extract.gazetteer_forms --check   # exit status 1 if it is out of date

Run it after editing any table in graphkit/data/; tests/test_gazetteer.py
fails while the file is out of date. The gazetteer reads the file instead
of inflecting at load time because pymorphy's dictionary takes seconds to
load (see the module docstring of gazetteer.py).

What is generated, per name in the tables:
- a name in all six cases and the second locative ("в Крыму"): its leading
  adjectives and head noun change, what follows stays ("Республика
  Таджикистан" -> "Республики Таджикистан"); a name coordinated with "и" or
  "—" changes in both parts ("Босния и Герцеговина" -> "Боснии и
  Герцеговины"); an indeclinable word stays as it is ("Душанбе");
- an abbreviation as written, and in its cases when pymorphy declines it ("МИД" -> "МИДа");
- a country or place adjective in every gender, case and number, and for a
  country the first part of compound adjectives ("российский" -> "российско-";
  "американо-" as listed);
- the case rule of each form: a one-word form that pymorphy reads more
  often as an ordinary word than as a name ("Того", "Чад") must be
  capitalised inside a sentence;
- for each kind of state body, its full name and short names in all cases,
  and the lemma patterns of its posts and descriptions ("министр обороны",
  "военное ведомство").
Two entries may not share a form: that is an error here, to be resolved in the tables.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.extract.gazetteer import (
    ABBREVIATION,
    ADJECTIVE,
    ANY_CASE,
    AS_WRITTEN,
    CAPITALISED,
    DATA,
    DESCRIPTION,
    FORMS_FILE,
    INSIDE_SENTENCE,
    NAME,
    PREFIX,
    SHORT,
    TITLE,
    BodyKind,
    Sources,
    SurfaceForm,
    fold,
    is_abbreviation,
    read_sources,
)
from graphkit.nlp.lemmas import parses
from graphkit.types import COUNTRY

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
COLUMNS = ("target", "kind", "rule", "cases", "form", "name")
PERSON_NAMES = frozenset({"Name", "Surn", "Patr"})
PROPER = PERSON_NAMES | {"Geox", "Orgn", "Trad", "Abbr"}
"""pymorphy grammemes of proper names: a reading without them is an ordinary word."""
COORDINATORS = ("и", "—")
APOSTROPHES = ("’", "'")
MINISTRY_POSTS = ("министерство", "министр", "замминистра", "вице-министр")
"""What stands before a ministry's complement in a post: "министр обороны", "замминистра обороны"."""


def tokenize(text: str) -> tuple[str, ...]:
    """Words as natasha's segmenter (razdel) cuts them, so that forms line up with the text's tokens."""
    from razdel import tokenize as razdel_tokenize

    return tuple(token.text for token in razdel_tokenize(text))


def inflect(reading, grammemes: set[str]):
    from pymorphy2.analyzer import Parse

    return Parse.inflect(reading, grammemes)


def nominative_readings(word: str, parts_of_speech: tuple[str, ...]) -> list:
    """pymorphy's readings of `word` as a declinable nominative; proper-name readings only when there are any.

    A noun reading whose dictionary form is another word must come from the
    dictionary and not be a person's name: a guess such as "Алматы" as the
    plural of a name "Алмат" would decline an indeclinable place name.
    """
    readings = [
        r for r in parses(word)
        if r.tag.POS in parts_of_speech and r.tag.case == "nomn" and "Fixd" not in r.tag
        and (r.tag.POS != "NOUN" or fold(r.normal_form) == fold(word) or (r.is_known and not PERSON_NAMES & r.tag.grammemes))
    ]
    proper = [r for r in readings if PROPER & r.tag.grammemes]
    return proper or readings


def is_adjective(word: str) -> bool:
    return bool(nominative_readings(word, ("ADJF", "PRTF")))


def same_shape(word: str, original: str) -> str:
    """`word` capitalised as `original` is, part by part across hyphens: "ростова-на-дону" -> "Ростова-на-Дону"."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    parts, originals = word.split("-"), original.split("-")
    if len(parts) != len(originals):
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals))


def word_forms(word: str, case: str, adjective: bool, animacy: str | None = None, number: str | None = None) -> list[str]:
    """A word in another case (and `number`), one form per reading ("Большая": большой and больший); itself if indeclinable.

    `animacy` ("anim"/"inan") is the head noun's, which an adjective in the accusative agrees with.
    """
    readings = nominative_readings(word, ("ADJF", "PRTF") if adjective else ("NOUN",))
    grammemes = {case, number} - {None}
    found = []
    for reading in readings:
        agrees = adjective and animacy and (number == "plur" or reading.tag.number == "plur" or reading.tag.gender == "masc")
        inflected = (inflect(reading, grammemes | {animacy}) if agrees else None) or inflect(reading, grammemes)
        if inflected is not None:
            found.append(same_shape(inflected.word, word))
    return list(dict.fromkeys(found)) or [word]


def changing_words(words: tuple[str, ...]) -> dict[int, bool]:
    """Positions of the words that take the case, each with whether it is an adjective.

    The leading adjectives and the head noun; after the head, the same again
    after "и" or "—". A name of adjectives only ("Грозный") changes throughout.
    Words joined by an apostrophe are one word, of which the last part
    changes ("Кот-д’Ивуар" -> "Кот-д’Ивуара").
    """
    changing: dict[int, bool] = {}
    index = 0
    while index < len(words):
        while index + 2 < len(words) and words[index + 1] in APOSTROPHES:
            index += 2
        while index < len(words) and is_adjective(words[index]) and index + 1 < len(words) and words[index + 1] not in COORDINATORS:
            changing[index] = True
            index += 1
        if index < len(words):
            changing[index] = is_adjective(words[index]) and not nominative_readings(words[index], ("NOUN",))
        if index + 1 < len(words) and words[index + 1] in COORDINATORS:
            index += 2
            continue
        break
    return changing


def animacy_of(word: str) -> str | None:
    readings = nominative_readings(word, ("NOUN",))
    return readings[0].tag.animacy if readings else None


def phrase_forms(name: str, genitive: str = "", number: str | None = None) -> dict[str, list[str]]:
    """A name in every case: {"nomn": ["Республика Таджикистан"], "gent": ["Республики Таджикистан"], …}.

    A `genitive` written in the tables replaces pymorphy's ("Сейшел", not "Сейшелов"); `number`
    "plur" gives the plural ("посольствах").
    """
    words = tokenize(name)
    changing = changing_words(words)
    heads = [i for i, adjective in changing.items() if not adjective]
    forms = {}
    for case in CASES:
        options = []
        for index, word in enumerate(words):
            head = next((h for h in heads if h >= index), None)
            animacy = animacy_of(words[head]) if head is not None else None
            options.append(word_forms(word, case, changing[index], animacy, number) if index in changing else [word])
        forms[case] = [" ".join(combination) for combination in itertools.product(*options)]
    if number is None:
        forms["nomn"] = [" ".join(words)]
    if genitive:
        forms["gent"] = [" ".join(tokenize(genitive))]
    return forms


def abbreviation_forms(name: str) -> dict[str, list[str]]:
    """An abbreviation in every case: "МИД" -> "МИДа", "МИДу", … when pymorphy declines it, else as written."""
    words = tokenize(name)
    readings = [r for r in parses(words[-1]) if r.tag.case == "nomn" and "Abbr" in r.tag and "Fixd" not in r.tag]
    forms = {}
    for case in CASES:
        endings = [inflected.word[len(words[-1]) :] for r in readings[:1] if (inflected := inflect(r, {case})) is not None]
        forms[case] = [" ".join((*words[:-1], words[-1] + ending)) for ending in endings] or [" ".join(words)]
    return forms


def adjective_forms(lemma: str) -> list[str]:
    """Every full form of an adjective, all genders, cases and numbers: "российский" -> "российского", "российским", …"""
    for reading in parses(lemma):
        if reading.tag.POS == "ADJF" and fold(reading.normal_form) == fold(lemma):
            return list(dict.fromkeys(fold(f.word) for f in reading.lexeme if f.tag.POS == "ADJF"))
    return [fold(lemma)]


def compound_prefix(adjective: str) -> str:
    """"российский" -> "российско", "турецкий" -> "турецко"; a listed first part "американо-" -> "американо"."""
    return fold(adjective[:-1] if adjective.endswith("-") else adjective[:-2] + "о")


def is_common_word(form: str) -> bool:
    """Whether pymorphy reads a one-word form at least as often as an ordinary word as it does as a name ("Того", "Чада")."""
    if " " in form:
        return False
    readings = [r for r in parses(form) if r.is_known]
    common = sum(r.score for r in readings if not PROPER & r.tag.grammemes)
    return bool(readings) and common >= sum(r.score for r in readings if PROPER & r.tag.grammemes)


def lemma_alternatives(word: str) -> str:
    """Every lemma natasha may give a word ("высшего": высокий or высший), as "высокий|высший"."""
    return "|".join(sorted({fold(word)} | {fold(r.normal_form) for r in parses(word)}))


def name_forms(target: str, name: str, genitive: str = "") -> Iterator[SurfaceForm]:
    if is_abbreviation(name):
        for form, cases in by_form(abbreviation_forms(name)).items():
            yield SurfaceForm(target, ABBREVIATION, AS_WRITTEN, cases, form, name)
        return
    for form, cases in by_form(phrase_forms(name, genitive)).items():
        yield SurfaceForm(target, NAME, INSIDE_SENTENCE if is_common_word(form) else CAPITALISED, cases, form, name)


def by_form(forms: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """{case: forms} -> {form: its cases}, in case order."""
    cases: dict[str, list[str]] = {}
    for case, found in forms.items():
        for form in found:
            cases.setdefault(form, []).append(case)
    return {form: tuple(c) for form, c in cases.items()}


def entry_forms(sources: Sources) -> Iterator[SurfaceForm]:
    """The forms of every entry: its name first (the gazetteer takes a place's genitive from it), then the other names, then its adjectives."""
    for entry in sources.entries:
        country = sources.countries.get(entry.id.removeprefix("country:")) if entry.label == COUNTRY else None
        genitives = {entry.name: country.genitive, entry.official_name: country.official_genitive} if country else {}
        names = (entry.name, entry.official_name, entry.short_name, *entry.aliases)
        for name in dict.fromkeys(n for n in names if n):
            yield from name_forms(entry.id, name, genitives.get(name, ""))
        for adjective in entry.adjectives:
            if not adjective.endswith("-"):
                for form in adjective_forms(adjective):
                    yield SurfaceForm(entry.id, ADJECTIVE, ANY_CASE, (), form)
            if country is not None:
                yield SurfaceForm(entry.id, PREFIX, ANY_CASE, (), compound_prefix(adjective))


def body_forms(kind: BodyKind) -> Iterator[SurfaceForm]:
    """A kind of body's full name in both numbers ("посольствах Японии"), its short names, its lemma patterns."""
    target = f"body:{kind.key}"
    for number in (None, "plur"):
        for form, cases in by_form(phrase_forms(kind.full, number=number)).items():
            yield SurfaceForm(target, NAME, ANY_CASE, cases, form, kind.full)
    for short in (kind.short, *kind.aliases) if kind.short else kind.aliases:
        for form in name_forms(target, short):
            yield SurfaceForm(target, SHORT, form.rule, form.cases, form.form, short)
    words = tokenize(kind.full)
    head = "|".join(MINISTRY_POSTS) if kind.is_ministry else lemma_alternatives(words[0])
    yield SurfaceForm(target, TITLE, ANY_CASE, (), " ".join((head, *(lemma_alternatives(w) for w in words[1:]))))
    for short in (kind.short, *kind.aliases) if kind.short else kind.aliases:
        yield SurfaceForm(target, TITLE, ANY_CASE, (), " ".join(lemma_alternatives(w) for w in tokenize(short)))
    for description in kind.descriptions:
        yield SurfaceForm(target, DESCRIPTION, ANY_CASE, (), " ".join(lemma_alternatives(w) for w in tokenize(description)))


def merged(forms: Iterable[SurfaceForm]) -> list[SurfaceForm]:
    """One row per (target, kind, form), its cases joined, in first-seen order."""
    rows: dict[tuple[str, str, str], SurfaceForm] = {}
    for form in forms:
        key = (form.target, form.kind, form.form)
        seen = rows.get(key)
        cases = form.cases if seen is None else tuple(dict.fromkeys((*seen.cases, *form.cases)))
        rows[key] = SurfaceForm(form.target, form.kind, (seen or form).rule, cases, form.form, (seen or form).name)
    return list(rows.values())


def collisions(forms: Iterable[SurfaceForm]) -> dict[tuple[str, ...], set[str]]:
    """Folded forms that more than one entry has: each must be resolved in the tables."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for form in forms:
        if form.kind in (NAME, ABBREVIATION, ADJECTIVE, PREFIX) and not form.target.startswith("body:"):
            owners.setdefault(tuple(fold(w) for w in form.form.split(" ")), set()).add(form.target)
    return {key: targets for key, targets in owners.items() if len(targets) > 1}


def surface_forms(sources: Sources) -> list[SurfaceForm]:
    forms = merged(itertools.chain(entry_forms(sources), *(body_forms(k) for k in sources.body_kinds.values())))
    clashes = collisions(forms)
    if clashes:
        listed = "; ".join(f"{' '.join(key)}: {', '.join(sorted(targets))}" for key, targets in sorted(clashes.items()))
        raise ValueError(f"forms shared by several entries (resolve them in graphkit/data): {listed}")
    return forms


def render(forms: Iterable[SurfaceForm]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join((f.target, f.kind, f.rule, ",".join(f.cases), f.form, f.name)) for f in forms]
    return "\n".join(lines) + "\n"


def generated(directory: Path = DATA) -> str:
    """The text forms.tsv must have for the tables in `directory`."""
    return render(surface_forms(read_sources(directory)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether forms.tsv is up to date")
    parser.add_argument("--data", type=Path, default=DATA, help="the data directory (default: graphkit/data)")
    args = parser.parse_args(argv)
    path = args.data / FORMS_FILE
    text = generated(args.data)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run python -m graphkit.extract.gazetteer_forms", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}: {text.count(chr(10)) - 1} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
