"""The gazetteer: countries, places, international bodies and state bodies, recognised in any case form.

The data files in `graphkit/data/` (documented in its README) list each
thing once, in the nominative. `forms.tsv` beside them holds every surface
form of those names: each name inflected into all cases ("Республика
Таджикистан" -> "Республики Таджикистан", "Республике Таджикистан", …),
each country or city adjective in every gender, case and number ("таджикистанского", "московской"),
and whether a form is also an ordinary word. `gazetteer_forms.py` generates
it with pymorphy; it is a file rather than built at load time because
pymorphy's dictionary alone takes two seconds to load, while reading the
file takes a fraction of that. Matching the text is then a dictionary
look-up of its folded words (lower case, ё as е).

Case rules keep common words out: a name matches only when capitalised in
the text; an abbreviation ("РФ", "ООН", "МИДа") only as written or in
capitals; a one-word name that is more often an ordinary Russian word
("Того", "Чад", "Штаты") only when capitalised inside a sentence, since a
capital at the start of a sentence proves nothing. Adjectives match in any case.

State bodies are built by pattern, not listed per country: a kind
("defence": "Министерство обороны", "Минобороны", "министр обороны",
"военное ведомство") combined with a country gives one canonical
organisation, "Министерство обороны Российской Федерации", short name
"Минобороны России", id "org:ru:ministry:defence", whether the text says
"Минобороны РФ", "министерства обороны России" or "российского Минобороны".
Where a country calls its body otherwise ("Государственный департамент
США", "Пентагон"), `national_bodies.tsv` says so.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from graphkit.types import COUNTRY, ORGANIZATION, PLACE

DATA = Path(__file__).resolve().parent.parent / "data"
FORMS_FILE = "forms.tsv"

NAME, ABBREVIATION, ADJECTIVE, BODY = "name", "abbreviation", "adjective", "body"
"""Kinds of match (and of form): a name in any case, an abbreviation, a country adjective, a state body by pattern."""
PREFIX = "prefix"
"""Kind of form: the first part of a compound adjective ("российско-", "американо-")."""
SHORT, TITLE, DESCRIPTION = "short", "title", "description"
"""Kinds of form of a state body besides NAME (its full name): a short name ("Минобороны", "МИДа"), and the lemma
patterns of posts ("министр обороны") and of descriptions ("военное ведомство")."""

CAPITALISED, INSIDE_SENTENCE, AS_WRITTEN, ANY_CASE = "cap", "mid", "upper", "any"
"""Case rules: capitalised; capitalised and not first in its sentence; as written or in capitals; any."""

SENTENCE_OPENERS = frozenset({".", "!", "?", "…", "«", '"', "„", "“", "(", ":", "—", "–", "-"})
"""A word after one of these (or first in its sentence) may be capitalised for reasons other than being a name."""

DEFAULT_COUNTRY = "ru"
"""Country of a body named without one ("Минобороны", "МИД"): graphkit reads Russian news."""
EMPIRE = "импери"
"""The stem of "империя": a country's adjective before it names a state of the past ("Российской империи", "Британской
империи"), not the country."""
FORMER_STATES = frozenset({"su", "yu", "cs", "dd"})
"""Countries that no longer exist (СССР, Югославия, Чехословакия, ГДР): never the country an article is about."""

COMMON_BODY_KINDS = frozenset({"government", "parliament", "senate", "police", "presidential_administration", "armed_forces"})
"""State bodies a news story names by their common noun alone ("Полиция задержала…", "спикер парламента"), each
meaning the one body of the country the story is about."""

MINISTRY = "ministry"
"""`GazetteerEntry.kind` of a ministry; other state bodies have their body kind ("government")."""


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    label: str
    """COUNTRY, PLACE or ORGANIZATION (graphkit.types)."""
    name: str
    official_name: str = ""
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = ""
    """city / region / other for places; international, agency, ministry or the body kind for organisations."""
    country: str = ""
    """ISO code of the country a place or institution is in ('' for countries, international bodies, disputed places)."""
    adjectives: tuple[str, ...] = ()
    """Masculine nominative adjectives of a country or place ("российский", "московский"); a country's may include
    first parts of compound adjectives ending in "-" ("русско-")."""


@dataclass(frozen=True)
class GazetteerMatch:
    entry: GazetteerEntry
    length: int
    """Number of tokens matched."""
    kind: str
    """NAME, ABBREVIATION, ADJECTIVE or BODY."""
    entries: tuple[GazetteerEntry, ...] = ()
    """Everything the words name: `(entry,)`, or every country of a compound adjective ("российско-таджикистанский")."""
    inner: tuple[tuple[int, GazetteerMatch], ...] = ()
    """Matches inside this one, with their offset in tokens: the owner of a body ("Минобороны [России]", "[российского] МИД").

    A BODY match without one was named without its owner ("Минобороны") and belongs to DEFAULT_COUNTRY.
    """
    written_name: str = ""
    """The entry's name the text writes, in the nominative: the name, official name or alias a NAME or ABBREVIATION
    match spells ("Беларуси" -> "Беларусь", "РФ"), or a country's state body's full name with the country as the
    text writes it ("правительства РФ" -> "Правительство РФ"; "китайского правительства" -> "Правительство
    Китая"); '' otherwise."""


@dataclass(frozen=True)
class CountryNames:
    """What countries.tsv says about a country beyond its entry: the names its state bodies are built from (its adjectives are on its entry)."""

    iso2: str
    genitive: str
    """"России", "США"."""
    official_genitive: str
    """"Российской Федерации"."""
    abbreviations: tuple[str, ...]
    """"РФ": the aliases written in capitals, for "Минобороны РФ"."""
    capital: str


@dataclass(frozen=True)
class BodyKind:
    """A kind of state body that every country (or city) has: a ministry of defence, a government, a mayor's office."""

    key: str
    full: str
    """"Министерство обороны", "Правительство"."""
    short: str
    """Prefix of the short name: "Минобороны" -> "Минобороны России"; '' when the full name is used."""
    aliases: tuple[str, ...]
    """Other one-word names: "Кабмин"."""
    head_title: str
    """"министр обороны", "председатель правительства"."""
    descriptions: tuple[str, ...]
    """"военное ведомство"."""
    of: str
    """"country" or "place": what it belongs to."""
    title_patterns: tuple[tuple[frozenset[str], ...], ...] = ()
    """Lemma sequences that name it inside a post, each position a set of lemmas: ({"министр", "министерство", …}, {"оборона"})."""
    description_patterns: tuple[tuple[frozenset[str], ...], ...] = ()

    @property
    def is_ministry(self) -> bool:
        return self.full.startswith("Министерство")


@dataclass(frozen=True)
class Sources:
    """The hand-written tables, read: what the gazetteer knows before any inflection."""

    entries: tuple[GazetteerEntry, ...]
    """Countries, places, international bodies, national agencies and national bodies, in file order."""
    countries: dict[str, CountryNames]
    body_kinds: dict[str, BodyKind]
    national_bodies: dict[tuple[str, str], dict[str, str]]
    """(country, body kind) -> its national_bodies.tsv row."""


@dataclass(frozen=True)
class SurfaceForm:
    """One row of forms.tsv: a form of a name of `target` (an entry id, or "body:<kind>")."""

    target: str
    kind: str
    rule: str
    cases: tuple[str, ...]
    """The pymorphy cases the form stands for ("gent", "loct"); empty for adjectives and patterns."""
    form: str
    """Tokens joined by single spaces, as written ("Республики Таджикистан"); lemmas for patterns."""
    name: str = ""
    """The name this is a form of, as the tables write it ("Республики Беларусь" -> "Республика Беларусь", a body
    kind's "Минобороны"); '' for adjectives, prefixes and patterns."""


@dataclass(frozen=True)
class IndexedForm:
    target: str
    kind: str
    rule: str
    tokens: tuple[str, ...]
    name: str = ""


@dataclass
class Index:
    """Folded token tuples -> what they spell, with the lengths to try for each first word."""

    forms: dict[tuple[str, ...], list[IndexedForm]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """First folded word -> the lengths of the keys starting with it, longest first."""

    def add(self, form: SurfaceForm) -> None:
        tokens = tuple(form.form.split(" "))
        key = tuple(fold(t) for t in tokens)
        self.forms.setdefault(key, []).append(IndexedForm(form.target, form.kind, form.rule, tokens, form.name))
        self.lengths[key[0]] = tuple(sorted({*self.lengths.get(key[0], ()), len(key)}, reverse=True))

    def at(self, words: Sequence[str], folded: Sequence[str], start: int) -> Iterator[tuple[int, IndexedForm]]:
        """Every form the words at `start` spell and whose case rule they keep, longest first."""
        for length in self.lengths.get(folded[start], ()):
            if start + length > len(words):
                continue
            for found in self.forms.get(tuple(folded[start : start + length]), ()):
                if case_allows(words, start, found):
                    yield length, found


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def slug(name: str) -> str:
    """The id part of a name: "Нью-Йорк" -> "нью-йорк", "Нижний Новгород" -> "нижний-новгород"."""
    return re.sub(r"[^0-9a-zа-я]+", "-", fold(name)).strip("-")


def split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_table(directory: Path, name: str) -> Iterator[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as stream:
        yield from csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)


def is_abbreviation(name: str) -> bool:
    """"РФ", "СБ ООН", "G7", "БиГ", "МИ-6": every word has two capitals or digits and no two lower-case letters in a row
    ("Шри-Ланка" is a name)."""
    return all(
        sum(c.isupper() or c.isdigit() for c in word) >= 2 and not re.search(r"[a-zа-яё]{2}", word) for word in name.split(" ")
    )


def place_id(name: str, country: str) -> str:
    return f"place:{country}:{slug(name)}" if country else f"place:{slug(name)}"


def body_id(kind: BodyKind, owner: str) -> str:
    """"org:ru:ministry:defence", "org:ru:government"; for a place's body "org:ru:москва:mayoralty"."""
    if kind.of == "place":
        return f"org:{owner.split(':', 1)[1]}:{kind.key}"
    return f"org:{owner}:ministry:{kind.key}" if kind.is_ministry else f"org:{owner}:{kind.key}"


def country_body(kind: BodyKind, country: CountryNames, national: dict[str, str] | None) -> GazetteerEntry:
    """A country's body of a kind: "Министерство обороны Российской Федерации", short "Минобороны России"."""
    prefixes = (kind.short, *kind.aliases) if kind.short else kind.aliases
    generic = [f"{kind.full} {country.genitive}", f"{kind.full} {country.official_genitive}"]
    generic += [f"{p} {owner}" for p in prefixes for owner in (country.genitive, *country.abbreviations)]
    if national is not None:
        name, short = national["name"], national["short_name"]
        aliases = [*split(national["aliases"]), *generic]
    else:
        name = f"{kind.full} {country.official_genitive}"
        short = f"{kind.short} {country.genitive}" if kind.short else f"{kind.full} {country.genitive}"
        aliases = generic
    return GazetteerEntry(
        id=body_id(kind, country.iso2),
        label=ORGANIZATION,
        name=name,
        short_name=short,
        aliases=tuple(a for a in dict.fromkeys(aliases) if a not in (name, short)),
        kind=MINISTRY if kind.is_ministry else kind.key,
        country=country.iso2,
    )


def read_sources(directory: Path = DATA) -> Sources:
    """Read the hand-written tables (no inflection: that is in forms.tsv)."""
    entries: list[GazetteerEntry] = []
    countries: dict[str, CountryNames] = {}
    for row in read_table(directory, "countries.tsv"):
        aliases = split(row["aliases"])
        code = row["iso2"]
        entries.append(GazetteerEntry(
            id=f"country:{code}", label=COUNTRY, name=row["name"], official_name=row["official_name"], aliases=aliases,
            adjectives=split(row["adjectives"]),
        ))
        countries[code] = CountryNames(
            iso2=code,
            genitive=row["name_gen"],
            official_genitive=row["official_gen"],
            abbreviations=tuple(a for a in aliases if is_abbreviation(a)),
            capital=row["capital"],
        )
    for row in read_table(directory, "places.tsv"):
        entries.append(GazetteerEntry(
            id=place_id(row["name"], row["country"]), label=PLACE, name=row["name"], aliases=split(row["aliases"]),
            kind=row["kind"], country=row["country"], adjectives=split(row["adjectives"]),
        ))
    for row in read_table(directory, "international_orgs.tsv"):
        entries.append(GazetteerEntry(
            id=f"org:{row['key']}", label=ORGANIZATION, name=row["name"], short_name=row["short_name"],
            aliases=split(row["aliases"]), kind="international",
        ))
    for row in read_table(directory, "national_agencies.tsv"):
        entries.append(GazetteerEntry(
            id=f"org:{row['country']}:{row['key']}", label=ORGANIZATION, name=row["name"], short_name=row["short_name"],
            aliases=split(row["aliases"]), kind="agency", country=row["country"],
        ))
    body_kinds = {
        row["key"]: BodyKind(
            key=row["key"], full=row["full"], short=row["short"], aliases=split(row["aliases"]),
            head_title=row["head_title"], descriptions=split(row["descriptions"]), of=row["of"],
        )
        for row in read_table(directory, "state_bodies.tsv")
    }
    national_bodies = {(row["country"], row["kind"]): row for row in read_table(directory, "national_bodies.tsv")}
    for (code, kind), row in national_bodies.items():
        entries.append(country_body(body_kinds[kind], countries[code], row))
    return Sources(tuple(entries), countries, body_kinds, national_bodies)


def read_forms(path: Path) -> Iterator[SurfaceForm]:
    for row in read_table(path.parent, path.name):
        yield SurfaceForm(row["target"], row["kind"], row["rule"], tuple(c for c in row["cases"].split(",") if c), row["form"], row["name"])


def case_allows(words: Sequence[str], start: int, found: IndexedForm) -> bool:
    """Whether the words at `start`, as capitalised and placed in the text, may be this form."""
    if not written_as(words[start : start + len(found.tokens)], found):
        return False
    return found.rule != INSIDE_SENTENCE or (start > 0 and words[start - 1] not in SENTENCE_OPENERS)


def written_as(written: Sequence[str], found: IndexedForm) -> bool:
    """Whether words capitalised so may be this form, wherever they stand."""
    if found.rule == ANY_CASE:
        return True
    if found.rule == AS_WRITTEN:
        return all(w == t or w.isupper() or not any(c.isalpha() for c in w) for w, t in zip(written, found.tokens))
    first = next((w for w in written if any(c.isalpha() for c in w)), "")
    return first[:1].isupper()


def contains(words: Sequence[str], pattern: tuple[frozenset[str], ...]) -> bool:
    return any(all(w in allowed for w, allowed in zip(words[i : i + len(pattern)], pattern)) for i in range(len(words) - len(pattern) + 1))


class Gazetteer:
    """Look-up of countries, places, international bodies and state bodies in tokenised text.

    Build it with `Gazetteer.load()` (or `default_gazetteer()`, cached per
    process) and pass it around; after loading it only caches the bodies it has
    named and the kinds of body posts name.
    """

    def __init__(self, sources: Sources, forms: Sequence[SurfaceForm]) -> None:
        self.entries: dict[str, GazetteerEntry] = {e.id: e for e in sources.entries}
        self.countries = sources.countries
        self.national_bodies = sources.national_bodies
        self.names = Index()
        """Names, abbreviations and adjectives of the entries."""
        self.body_names = Index()
        """Full names and short names of the body kinds ("министерства обороны", "Минобороны", "МИДа")."""
        self.prefixes: dict[str, str] = {}
        """Compound adjective first part -> country id: "российско" -> "country:ru"."""
        self.genitives: dict[str, str] = {}
        """Place id -> its name in the genitive ("place:ru:москва" -> "Москвы"), for "Мэрия Москвы".

        forms.tsv lists an entry's name before its aliases, so the first genitive is the name's."""
        titles: dict[str, list[tuple[frozenset[str], ...]]] = {}
        descriptions: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for form in forms:
            if form.kind == PREFIX:
                self.prefixes[form.form] = form.target
            elif form.kind in (TITLE, DESCRIPTION):
                pattern = tuple(frozenset(position.split("|")) for position in form.form.split(" "))
                (titles if form.kind == TITLE else descriptions).setdefault(form.target, []).append(pattern)
            elif form.target.startswith("body:"):
                self.body_names.add(form)
            else:
                self.names.add(form)
                if "gent" in form.cases and self.entries[form.target].label == PLACE:
                    self.genitives.setdefault(form.target, form.form)
        self.body_kinds: dict[str, BodyKind] = {
            key: replace(kind, title_patterns=tuple(titles.get(f"body:{key}", ())), description_patterns=tuple(descriptions.get(f"body:{key}", ())))
            for key, kind in sources.body_kinds.items()
        }
        self.bodies: dict[tuple[str, str], GazetteerEntry] = {
            (kind, code): self.entries[body_id(self.body_kinds[kind], code)] for code, kind in sources.national_bodies
        }
        """(kind, owner) -> the body's entry: the listed national ones, the others made on first use."""
        self.title_kinds: dict[tuple[str, ...], str | None] = {}
        """Lemmas of a post -> the kind of body it names: `body_kind_for_title`'s answers, as news repeats its posts."""

    @classmethod
    def load(cls, directory: Path = DATA) -> Gazetteer:
        """Read the tables and the generated forms in `directory` (the bundled data by default)."""
        return cls(read_sources(directory), list(read_forms(directory / FORMS_FILE)))

    # Entries

    def entry(self, entry_id: str) -> GazetteerEntry | None:
        """Any listed entry by id: "country:ru", "place:tj:душанбе", "org:un", "org:us:ministry:defence" (national names)."""
        return self.entries.get(entry_id)

    def country(self, iso2: str) -> GazetteerEntry | None:
        """"ru" -> the entry of Россия."""
        return self.entries.get(f"country:{iso2}")

    def country_of(self, entry: GazetteerEntry) -> GazetteerEntry | None:
        """The country an entry is in: itself for a country; None for international bodies and disputed places."""
        if entry.label == COUNTRY:
            return entry
        return self.country(entry.country) if entry.country else None

    def capital_of(self, country: GazetteerEntry) -> GazetteerEntry | None:
        """Таджикистан -> Душанбе; None for a city-state ("Сингапур") or a country whose capital is not listed."""
        names = self.countries.get(country.id.removeprefix("country:"))
        return self.entries.get(place_id(names.capital, names.iso2)) if names and names.capital else None

    def country_by_adjective(self, word: str) -> GazetteerEntry | None:
        """The country of an adjective in any form: "российского" -> Россия, "Таджикистанскому" -> Таджикистан (not a place's: "московского")."""
        for found in self.names.forms.get((fold(word),), ()):
            if found.kind == ADJECTIVE and self.entries[found.target].label == COUNTRY:
                return self.entries[found.target]
        return None

    # State bodies

    def body_kind_of(self, entry: GazetteerEntry) -> BodyKind | None:
        """The kind of state body an entry is ("org:ru:ministry:defence" -> defence), None for any other entry."""
        kind = entry.id.rsplit(":", 1)[-1]
        if not entry.id.startswith("org:") or kind not in self.body_kinds or entry.kind not in (MINISTRY, kind):
            return None
        return self.body_kinds[kind]

    def same_body_of(self, entry: GazetteerEntry, code: str) -> GazetteerEntry:
        """The body of the same kind in another country: "Минздрав" of a British story is Britain's."""
        kind = self.body_kind_of(entry)
        return self.body(kind.key, code) if kind is not None and kind.of == "country" and code in self.countries else entry

    def body(self, kind: str, owner: str) -> GazetteerEntry:
        """The canonical state body of a kind: of a country (ISO code) or of a place (its entry id).

        ("defence", "ru") -> "Министерство обороны Российской Федерации"; ("mayoralty", "place:ru:москва") -> "Мэрия Москвы".
        """
        entry = self.bodies.get((kind, owner))
        if entry is None:
            spec = self.body_kinds[kind]
            if spec.of == "place":
                place = self.entries[owner]
                name = f"{spec.full} {self.genitives.get(owner, place.name)}"
                entry = GazetteerEntry(id=body_id(spec, owner), label=ORGANIZATION, name=name, kind=kind, country=place.country)
            else:
                entry = country_body(spec, self.countries[owner], self.national_bodies.get((owner, kind)))
            self.bodies[(kind, owner)] = entry
        return entry

    def ministry(self, kind: str, iso2: str) -> GazetteerEntry:
        """A country's ministry: ("defence", "ru") -> "Министерство обороны Российской Федерации", id "org:ru:ministry:defence"."""
        if not self.body_kinds[kind].is_ministry:
            raise KeyError(f"{kind!r} is not a kind of ministry")
        return self.body(kind, iso2)

    def body_kind_for_title(self, lemmas: Sequence[str]) -> str | None:
        """The kind of body a post names, from its lemmas: ["министр", "иностранный", "дело"] -> "foreign";
        ["глава", "военный", "ведомство"] -> "defence"."""
        words = tuple(fold(w) for w in lemmas)
        if words not in self.title_kinds:
            best: tuple[int, str | None] = (0, None)
            for kind in self.body_kinds.values():
                for pattern in (*kind.title_patterns, *kind.description_patterns):
                    if len(pattern) > best[0] and contains(words, pattern):
                        best = (len(pattern), kind.key)
            self.title_kinds[words] = best[1]
        return self.title_kinds[words]

    def body_kind_by_description(self, lemmas: Sequence[str]) -> str | None:
        """["военный", "ведомство"] -> "defence": a description that stands for a body."""
        words = [fold(w) for w in lemmas]
        return next((k.key for k in self.body_kinds.values() for p in k.description_patterns if contains(words, p)), None)

    def body_kind_by_short(self, word: str) -> str | None:
        """"Минобороны", "МИДа", "Генштабу" -> the kind it abbreviates, written as inside a sentence ("минобороны": None)."""
        found = next((f for f in self.body_names.forms.get((fold(word),), ()) if f.kind == SHORT and written_as([word], f)), None)
        return found.target.removeprefix("body:") if found else None

    # Matching

    def scan(self, words: Sequence[str]) -> Iterator[tuple[int, GazetteerMatch]]:
        """Every match in a sentence's words, left to right, the longest at each place, none overlapping."""
        folded = [fold(w) for w in words]
        index = 0
        while index < len(words):
            match = self.match_at(words, folded, index)
            if match is None:
                index += 1
                continue
            yield index, match
            index += match.length

    def match(self, words: Sequence[str], start: int) -> GazetteerMatch | None:
        """The longest entry whose surface form starts at `words[start]`, or None.

        `words` are token texts as natasha (razdel) cuts them, best a whole
        sentence, so that a capital after its start shows a name. To read a
        whole sentence, `scan` it.
        """
        return self.match_at(words, [fold(w) for w in words], start)

    def match_at(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        name = self.match_name(words, folded, start)
        if name is not None and name.kind == ADJECTIVE:
            if start + 1 < len(words) and folded[start + 1].startswith(EMPIRE):
                return None
            return self.match_adjective_body(words, folded, start, name) or name
        body = self.match_body(words, folded, start)
        if body is not None and (name is None or body.length > name.length):
            return body
        return name or self.match_compound(folded, start)

    def match_name(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        for length, found in self.names.at(words, folded, start):
            entry = self.entries[found.target]
            return GazetteerMatch(entry, length, found.kind, (entry,), written_name=found.name)
        return None

    def match_compound(self, folded: Sequence[str], start: int) -> GazetteerMatch | None:
        """"российско-таджикистанского", "американо-китайских": every country of a compound adjective."""
        *prefixes, last = folded[start].split("-")
        if not prefixes:
            return None
        last_country = self.country_by_adjective(last)
        countries = [self.prefixes.get(p) for p in prefixes]
        if last_country is None or None in countries:
            return None
        entries = tuple(dict.fromkeys([*(self.entries[c] for c in countries), last_country]))
        return GazetteerMatch(entries[0], 1, ADJECTIVE, entries)

    def match_body(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        """"Министерства обороны РФ", "МИД Таджикистана", "мэрии Москвы", "Минобороны": a state body and its owner.

        The owner is an inner match. Without an owner only a short name or a
        ministry written with a capital counts, and it is DEFAULT_COUNTRY's.
        """
        found = list(self.body_names.at(words, folded, start))
        for length, form in found:
            kind = self.body_kinds[form.target.removeprefix("body:")]
            owner = self.match_name(words, folded, start + length) if start + length < len(words) else None
            if owner is None or owner.kind == ADJECTIVE:
                continue
            if kind.of == "country" and owner.entry.label == COUNTRY:
                code = owner.entry.id.removeprefix("country:")
                written = " ".join(words[start + length : start + length + owner.length])
                return self.body_match(kind, code, length + owner.length, ((length, owner),), self.written_body_name(kind, code, written))
            if kind.of == "place" and owner.entry.label == PLACE:
                return self.body_match(kind, owner.entry.id, length + owner.length, ((length, owner),))
        for length, form in found:
            kind = self.body_kinds[form.target.removeprefix("body:")]
            if kind.of == "country" and (form.kind == SHORT or (kind.is_ministry and words[start][:1].isupper())):
                return self.body_match(kind, DEFAULT_COUNTRY, length, written_name=form.name)
        return None

    def match_common_body(self, words: Sequence[str], folded: Sequence[str], start: int) -> GazetteerMatch | None:
        """"правительство", "полиции", "министерстве образования": a country's state body named by its common noun
        alone, in any case and capitalisation, as DEFAULT_COUNTRY's. Only kinds a country has one of
        (`COMMON_BODY_KINDS`, ministries); whether the words stand for one body the caller decides."""
        for length, form in self.body_names.at(words, folded, start):
            kind = self.body_kinds[form.target.removeprefix("body:")]
            if form.kind == NAME and kind.of == "country" and (kind.key in COMMON_BODY_KINDS or kind.is_ministry):
                return self.body_match(kind, DEFAULT_COUNTRY, length)
        return None

    def match_adjective_body(self, words: Sequence[str], folded: Sequence[str], start: int, adjective: GazetteerMatch) -> GazetteerMatch | None:
        """"китайскому правительству", "российского Минобороны", "московской мэрии": an adjective (an inner match), then the body
        of its country or place."""
        if start + 1 >= len(words):
            return None
        for length, form in self.body_names.at(words, folded, start + 1):
            kind = self.body_kinds[form.target.removeprefix("body:")]
            if kind.of == "country" and adjective.entry.label == COUNTRY:
                code = adjective.entry.id.removeprefix("country:")
                return self.body_match(kind, code, 1 + length, ((0, adjective),), self.written_body_name(kind, code))
            if kind.of == "place" and adjective.entry.label == PLACE:
                return self.body_match(kind, adjective.entry.id, 1 + length, ((0, adjective),))
        return None

    def body_match(
        self, kind: BodyKind, owner: str, length: int, inner: tuple[tuple[int, GazetteerMatch], ...] = (), written_name: str = ""
    ) -> GazetteerMatch:
        entry = self.body(kind.key, owner)
        return GazetteerMatch(entry, length, BODY, (entry,), inner, written_name)

    def written_body_name(self, kind: BodyKind, iso2: str, written_owner: str = "") -> str:
        """A country's body named as the text names its country: "Министерство обороны" + "РФ", "России",
        "Российской Федерации" or "Страны восходящего солнца" as written after it (a name of the tables as they spell
        it); after an adjective ("российского Минобороны"), the country's common name (`mentions` names such a body
        as written where it can inflect it: "Российское Минобороны").

        A body with a name of its own ("Государственный департамент США") keeps it: ''.
        """
        if (iso2, kind.key) in self.national_bodies:
            return ""
        country = self.countries[iso2]
        spelled = {fold(name): name for name in (country.genitive, country.official_genitive, *country.abbreviations)}
        return f"{kind.full} {spelled.get(fold(written_owner), written_owner) or country.genitive}"


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, built once per process."""
    return Gazetteer.load()
