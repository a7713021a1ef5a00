"""The gazetteer: countries, places, international bodies and ministries, recognised in any case form.

The data files in `graphkit/data/` (documented in its README) list each
thing once, in the nominative. At load time every name is inflected into
all cases with pymorphy ("Республика Таджикистан" -> "Республики
Таджикистан", "Республике Таджикистан", …) and country adjectives into every
gender, case and number ("таджикистанского"), so that matching the text is
a dictionary look-up of its words.

Case rules keep common words out: a name matches only when capitalised in
the text; an abbreviation ("РФ", "ООН") only in capitals; a one-word name
that is also an ordinary Russian word ("Того", "Чад", "Перу") only when
capitalised in the middle of a sentence.

State bodies are built by pattern, not listed per country: a kind
("defence": "Министерство обороны", "Минобороны", "министр обороны",
"военное ведомство"; "government": "Правительство") combined with a
country gives one canonical organisation, "Министерство обороны Российской
Федерации", short name "Минобороны России", id "org:ru:ministry:defence",
whether the text says "Минобороны РФ", "министерства обороны России" or
"российского Минобороны". Where a country calls its body otherwise
("Государственный департамент США", "Пентагон"), `national_bodies.tsv` says so.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from graphkit.nlp.lemmas import parses
from graphkit.types import COUNTRY, ORGANIZATION, PLACE

DATA = Path(__file__).resolve().parent.parent / "data"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
NAME, ABBREVIATION, ADJECTIVE = "name", "abbreviation", "adjective"
DEFAULT_COUNTRY = "ru"
"""Country of a ministry named without one ("Минобороны", "министр обороны"): graphkit reads Russian news."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    name: str
    official_name: str = ""
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = ""
    country: str = ""
    """ISO code of the country a place or institution is in ('' for countries and international bodies)."""


@dataclass(frozen=True)
class GazetteerMatch:
    entry: GazetteerEntry
    length: int
    """Number of tokens matched."""
    kind: str
    """"name", "abbreviation" or "adjective"."""
    entries: tuple[GazetteerEntry, ...] = ()
    """Every country a compound adjective names ("российско-таджикистанский": Россия, Таджикистан)."""
    inner: tuple[tuple[int, GazetteerMatch], ...] = ()
    """Matches inside this one, with their offset: the owner of a body ("Минобороны [России]")."""


@dataclass(frozen=True)
class BodyKind:
    """A kind of state body that every country (or city) has: a ministry of defence, a government, a mayor's office."""

    key: str
    full: str
    shorts: tuple[str, ...]
    head: str
    """Lemma of the first word of the full name: "министерство", "правительство"."""
    complement: tuple[str, ...]
    """Lemmas of the rest of the full name: ("иностранный", "дело")."""
    descriptions: tuple[tuple[str, ...], ...]
    """Lemma sequences that describe it: ("военный", "ведомство")."""
    of: str
    """"country" or "place": what it belongs to."""

    @property
    def title_pattern(self) -> tuple[str, ...]:
        """The lemmas that name it inside a post: "министр обороны" -> ("оборона",); "председатель правительства" -> ("правительство",)."""
        return self.complement if self.head == "министерство" else (self.head, *self.complement)


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def tokenize(text: str) -> tuple[str, ...]:
    """Words as natasha's segmenter (razdel) cuts them, so keys line up with the text's tokens."""
    from razdel import tokenize as razdel_tokenize

    return tuple(token.text for token in razdel_tokenize(text))


@functools.lru_cache(maxsize=100_000)
def lemma_of(word: str) -> str:
    forms = parses(word)
    return fold(forms[0].normal_form) if forms else fold(word)


def inflections(word: str, case: str, number: str | None = None, noun: bool = True) -> list[str]:
    """The word in another case, once per nominative reading pymorphy has ("большая": большой, больший).

    The word itself when pymorphy cannot inflect it (indeclinable, unknown).
    """
    from pymorphy2.analyzer import Parse

    wanted = ("NOUN",) if noun else ("ADJF", "PRTF")
    found = []
    for form in parses(word):
        if form.tag.POS not in wanted or "Fixd" in form.tag or form.tag.case != "nomn":
            continue
        grams = {case} | ({number} if number else set())
        inflected = Parse.inflect(form, grams)
        if inflected is not None:
            found.append(same_shape(inflected.word, word))
    return list(dict.fromkeys(found)) or [word]


def same_shape(word: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return "-".join(same_shape(p, o) for p, o in zip(word.split("-"), original.split("-"))) if "-" in original and word.count("-") == original.count("-") else (word[:1].upper() + word[1:] if original[:1].isupper() else word)


def is_adjective(word: str) -> bool:
    return any(f.tag.POS in ("ADJF", "PRTF") and f.tag.case == "nomn" for f in parses(word))


def phrase_forms(name: str, case: str) -> list[str]:
    """A name in a case, every reading: its leading adjectives and head noun change, the rest stays.

    "Российская Федерация" -> "Российской Федерации"; "Республика Таджикистан"
    -> "Республики Таджикистан"; "Босния и Герцеговина" -> "Боснии и Герцеговины".
    The first form is the most likely one.
    """
    words = name.split(" ")
    if case == "nomn":
        return [name]
    plural = len(words) <= 2 and any("plur" in f.tag and f.tag.case == "nomn" and f.tag.POS == "NOUN" for f in parses(words[-1]))
    number = "plur" if plural else None
    options: list[list[str]] = [[w] for w in words]
    index = 0
    while index < len(words) and is_adjective(words[index]):
        options[index] = inflections(words[index], case, number, noun=False)
        index += 1
    if index < len(words):
        options[index] = inflections(words[index], case, number)
        if index + 2 < len(words) and words[index + 1] == "и":
            options[index + 2] = inflections(words[index + 2], case, number)
    return [" ".join(combination) for combination in itertools.product(*options)]


def phrase_in_case(name: str, case: str) -> str:
    return phrase_forms(name, case)[0]


def adjective_forms(lemma: str) -> set[str]:
    for form in parses(lemma):
        if form.tag.POS == "ADJF" and fold(form.normal_form) == fold(lemma):
            return {fold(f.word) for f in form.lexeme if f.tag.POS == "ADJF"}
    return {fold(lemma)}


def common_word(word: str) -> bool:
    """Whether a one-word name is also an ordinary Russian word ("того", "чад", "перу")."""
    return any(f.is_known and not ({"Geox", "Name", "Surn", "Orgn", "Abbr"} & f.tag.grammemes) for f in parses(fold(word)))


def read_table(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as stream:
        yield from csv.DictReader(stream, delimiter="\t")


def split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def slug(name: str) -> str:
    return re.sub(r"[^0-9a-zа-я]+", "-", fold(name)).strip("-")


class Gazetteer:
    """Look-up of countries, places, international bodies and ministries in tokenised text."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], tuple[GazetteerEntry, str, str]] = {}
        """Folded token tuple -> (entry, match kind, case rule)."""
        self.adjective_prefixes: dict[str, GazetteerEntry] = {}
        self.countries: dict[str, GazetteerEntry] = {}
        self.genitive: dict[str, str] = {}
        self.official_genitive: dict[str, str] = {}
        self.abbreviations: dict[str, tuple[str, ...]] = {}
        self.body_kinds: dict[str, BodyKind] = {}
        self.national_names: dict[tuple[str, str], dict[str, str]] = {}
        self.places: dict[str, GazetteerEntry] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}
        """First folded word of a key -> the lengths of keys starting with it, longest first."""
        self.shorts: dict[str, str] = {}
        self.head_stems: tuple[str, ...] = ()

    @classmethod
    def load(cls) -> Gazetteer:
        gazetteer = cls()
        gazetteer.load_countries()
        gazetteer.load_organisations()
        gazetteer.load_places()
        gazetteer.load_bodies()
        return gazetteer

    def add(self, text: str, entry: GazetteerEntry, kind: str, rule: str) -> None:
        key = tuple(fold(t) for t in tokenize(text))
        if not key or key in self.index:
            return
        self.index[key] = (entry, kind, rule)
        self.lengths[key[0]] = tuple(sorted({*self.lengths.get(key[0], ()), len(key)}, reverse=True))

    def add_name(self, name: str, entry: GazetteerEntry) -> None:
        """A name in all its case forms, or an abbreviation as written."""
        if name.isupper() or re.fullmatch(r"[A-ZА-ЯЁ0-9+]+", name):
            self.add(name, entry, ABBREVIATION, "upper")
            return
        rule = "mid" if " " not in name and common_word(name) else "cap"
        for case in CASES:
            for form in phrase_forms(name, case):
                self.add(form, entry, NAME, rule)

    def load_countries(self) -> None:
        for row in read_table("countries.tsv"):
            code = row["iso2"]
            aliases = split(row["aliases"])
            entry = GazetteerEntry(
                id=f"country:{code}", label=COUNTRY, name=row["name"], official_name=row["official_name"], aliases=aliases
            )
            self.countries[code] = entry
            self.genitive[code] = phrase_in_case(row["name"], "gent")
            self.official_genitive[code] = phrase_in_case(row["official_name"], "gent")
            self.abbreviations[code] = tuple(a for a in aliases if a.isupper())
            for name in (row["name"], row["official_name"], *aliases):
                self.add_name(name, entry)
            for adjective in split(row["adjectives"]):
                for form in adjective_forms(adjective):
                    self.add(form, entry, ADJECTIVE, "any")
                self.adjective_prefixes[fold(adjective[:-2] + "о")] = entry
            capital = row["capital"].strip()
            if capital and capital != row["name"]:
                self.add_place(capital, "city", code)

    def add_place(self, name: str, kind: str, country: str, aliases: tuple[str, ...] = ()) -> None:
        prefix = f"place:{country}:" if country else "place:"
        entry = GazetteerEntry(id=prefix + slug(name), label=PLACE, name=name, aliases=aliases, kind=kind, country=country)
        self.places[entry.id] = entry
        for text in (name, *aliases):
            self.add_name(text, entry)

    def load_places(self) -> None:
        for row in read_table("places.tsv"):
            self.add_place(row["name"], row["kind"], row["country"], split(row["aliases"]))

    def load_organisations(self) -> None:
        for row in read_table("international_orgs.tsv"):
            entry = GazetteerEntry(
                id=f"org:{row['key']}", label=ORGANIZATION, name=row["name"], short_name=row["short_name"],
                aliases=split(row["aliases"]), kind="international",
            )
            for name in (row["name"], row["short_name"], *entry.aliases):
                self.add_name(name, entry)

    def load_bodies(self) -> None:
        for row in read_table("state_bodies.tsv"):
            words = tokenize(row["full"])
            self.body_kinds[row["key"]] = BodyKind(
                key=row["key"],
                full=row["full"],
                shorts=split(row["short"]),
                head=lemma_of(words[0]),
                complement=tuple(lemma_of(w) for w in words[1:]),
                descriptions=tuple(tuple(lemma_of(w) for w in tokenize(d)) for d in split(row["descriptions"])),
                of=row["of"],
            )
        self.shorts = {short: kind.key for kind in self.body_kinds.values() for short in kind.shorts}
        self.head_stems = tuple(sorted({kind.head[:4] for kind in self.body_kinds.values()}))
        for row in read_table("national_bodies.tsv"):
            self.national_names[(row["country"], row["kind"])] = row
            entry = self.body(row["kind"], row["country"])
            for name in (entry.short_name, *split(row["aliases"])):
                self.add_name(name, entry)
        for row in read_table("national_agencies.tsv"):
            entry = GazetteerEntry(
                id=f"org:{row['country']}:{row['key']}", label=ORGANIZATION, name=row["name"], short_name=row["short_name"],
                aliases=split(row["aliases"]), kind="agency", country=row["country"],
            )
            for name in (row["name"], row["short_name"], *entry.aliases):
                self.add_name(name, entry)

    def country(self, code: str) -> GazetteerEntry | None:
        return self.countries.get(code)

    def body(self, kind: str, owner: str) -> GazetteerEntry:
        """The canonical state body of a kind: of a country (ISO code) or of a place (its entry id)."""
        return body_entry(self, kind, owner)

    def body_kind_for_title(self, lemmas: Sequence[str]) -> str | None:
        """The kind of body a post names: ["министр", "иностранный", "дело"] -> "foreign"; "военное ведомство" -> "defence"."""
        words = tuple(fold(w) for w in lemmas)
        for kind in self.body_kinds.values():
            for pattern in (kind.title_pattern, *kind.descriptions):
                if pattern and contains(words, pattern):
                    return kind.key
        return None

    def match(self, words: Sequence[str], start: int) -> GazetteerMatch | None:
        """The longest entry whose surface form starts at `words[start]`, or None."""
        return self.match_at(words, [fold(w) for w in words], start)

    def scan(self, words: Sequence[str]) -> Iterator[tuple[int, GazetteerMatch]]:
        """Every match in a sentence's words, left to right, longest first, none overlapping."""
        folded = [fold(w) for w in words]
        index = 0
        while index < len(words):
            match = self.match_at(words, folded, index)
            if match is None:
                index += 1
                continue
            yield index, match
            index += match.length

    def match_at(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        body = self.match_body(words, folded, start)
        if body is not None:
            return body
        found = self.match_indexed(words, folded, start)
        if found is not None and found.kind == ADJECTIVE:
            return self.match_adjective_body(words, folded, start, found) or found
        return found or self.match_compound(folded, start)

    def match_indexed(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        for length in self.lengths.get(folded[start], ()):
            if start + length > len(words):
                continue
            found = self.index.get(tuple(folded[start : start + length]))
            if found is not None and allowed(words, start, found[2]):
                return GazetteerMatch(found[0], length, found[1], (found[0],))
        if words[start][:1].isupper() and words[start].isalpha():
            found = self.by_dictionary_form(words[start])
            if found is not None and allowed(words, start, found[2]):
                return GazetteerMatch(found[0], 1, found[1], (found[0],))
        return None

    def by_dictionary_form(self, word: str) -> tuple[GazetteerEntry, str, str] | None:
        """A name pymorphy does not know well enough to inflect ("Совфеда"): look it up by its possible dictionary forms."""
        for form in parses(word):
            found = self.index.get((fold(form.normal_form),))
            if found is not None and found[1] == NAME:
                return found
        return None

    def match_compound(self, folded: Sequence[str], start: int) -> GazetteerMatch | None:
        """"российско-таджикистанского": every country of a compound adjective."""
        word = folded[start]
        if "-" not in word:
            return None
        *prefixes, last = word.split("-")
        entries = [self.adjective_prefixes.get(p) for p in prefixes]
        found = self.index.get((last,))
        if None in entries or found is None or found[1] != ADJECTIVE:
            return None
        countries = tuple(dict.fromkeys([*entries, found[0]]))
        return GazetteerMatch(countries[0], 1, ADJECTIVE, countries)

    def match_body(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        """"Министерства обороны РФ", "правительства Китая", "мэрии Москвы", "Минобороны": a state body and its owner."""
        kind, length = self.body_at(words, folded, start)
        if kind is None:
            return None
        spec = self.body_kinds[kind]
        owner = self.match_indexed(words, folded, start + length) if start + length < len(words) else None
        if owner is not None and owner.kind != ADJECTIVE:
            if spec.of == "country" and owner.entry.label == COUNTRY:
                return GazetteerMatch(self.body(kind, owner.entry.id.split(":", 1)[1]), length + owner.length, NAME, (), ((length, owner),))
            if spec.of == "place" and owner.entry.label == PLACE:
                return GazetteerMatch(self.body(kind, owner.entry.id), length + owner.length, NAME, (), ((length, owner),))
        named_alone = spec.of == "country" and (words[start] in spec.shorts or (spec.head == "министерство" and words[start][:1].isupper()))
        if named_alone:
            return GazetteerMatch(self.body(kind, DEFAULT_COUNTRY), length, NAME, ())
        return None

    def match_adjective_body(self, words: Sequence[str], folded: Sequence[str], start: int, country: GazetteerMatch) -> GazetteerMatch | None:
        """"китайскому правительству", "российского Минобороны": a country's adjective, then its body."""
        if start + 1 >= len(words):
            return None
        kind, length = self.body_at(words, folded, start + 1)
        if kind is None or self.body_kinds[kind].of != "country":
            return None
        return GazetteerMatch(self.body(kind, country.entry.id.split(":", 1)[1]), 1 + length, NAME, (), ((0, country),))

    def body_at(self, words: Sequence[str], folded: Sequence[str], start: int) -> tuple[str | None, int]:
        """The kind of state body whose name (full or short) starts at `start`, and its length in words."""
        if words[start] in self.shorts:
            return self.shorts[words[start]], 1
        if not folded[start].startswith(self.head_stems):
            return None, 0
        head = lemma_of(words[start])
        best: tuple[str | None, int] = (None, 0)
        for kind in self.body_kinds.values():
            if kind.head != head or 1 + len(kind.complement) <= best[1]:
                continue
            following = tuple(lemma_of(w) for w in words[start + 1 : start + 1 + len(kind.complement)])
            if following == kind.complement:
                best = (kind.key, 1 + len(kind.complement))
        return best


def contains(words: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    return any(words[i : i + len(pattern)] == pattern for i in range(len(words) - len(pattern) + 1))


def allowed(words: Sequence[str], start: int, rule: str) -> bool:
    """Whether the case of the words in the text lets them be this entry."""
    first = words[start]
    if rule == "any":
        return True
    if rule == "upper":
        return first.isupper() or not first.isalpha()
    if not first[:1].isupper():
        return False
    if rule == "mid":
        return start > 0 and words[start - 1] not in (".", "!", "?", "«", '"', "—", "-")
    return True


@functools.lru_cache(maxsize=None)
def body_entry(gazetteer: Gazetteer, kind: str, owner: str) -> GazetteerEntry:
    """One entry per (kind, owner): the same id and names whichever way the text named the body."""
    spec = gazetteer.body_kinds[kind]
    label = "ministry" if spec.head == "министерство" else kind
    if spec.of == "place":
        place = gazetteer.places[owner]
        genitive = phrase_in_case(place.name, "gent")
        return GazetteerEntry(
            id=f"org:{owner.split(':', 1)[1]}:{kind}", label=ORGANIZATION, name=f"{spec.full} {genitive}", kind=label, country=place.country
        )
    ident = f"org:{owner}:ministry:{kind}" if label == "ministry" else f"org:{owner}:{kind}"
    genitive, official = gazetteer.genitive[owner], gazetteer.official_genitive[owner]
    national = gazetteer.national_names.get((owner, kind))
    if national is not None:
        names = [f"{spec.full} {genitive}", f"{spec.full} {official}", *(f"{s} {genitive}" for s in spec.shorts)]
        return GazetteerEntry(
            id=ident, label=ORGANIZATION, name=national["name"], short_name=national["short_name"],
            aliases=tuple(dict.fromkeys(a for a in (*split(national["aliases"]), *names) if a != national["name"])), kind=label, country=owner,
        )
    short = f"{spec.shorts[0]} {genitive}" if spec.shorts else f"{spec.full} {genitive}"
    aliases = [f"{spec.full} {genitive}", *(f"{s} {genitive}" for s in spec.shorts[1:])]
    aliases += [f"{s} {abbreviation}" for s in spec.shorts for abbreviation in gazetteer.abbreviations[owner]]
    name = f"{spec.full} {official}"
    return GazetteerEntry(
        id=ident, label=ORGANIZATION, name=name, short_name=short,
        aliases=tuple(dict.fromkeys(a for a in aliases if a not in (name, short))), kind=label, country=owner,
    )


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, built once per process."""
    return Gazetteer.load()
