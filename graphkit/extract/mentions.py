"""Finding the mentions of people, organisations, countries and places in analysed text.

Two sources are merged: natasha's NER spans (PER, ORG, LOC) and the
gazetteer, which knows countries, cities, international bodies and
ministries in every case form, and country and city adjectives
("таджикистанский", "московский") that NER does not tag. Where both see the same words, the gazetteer's
canonical entry wins; NER alone gives names the gazetteer does not know.

Around those, Russian naming patterns add what both miss: a body or site
named by its owner ("администрации США", "штаб-квартире Google"; see
organisation_names), a name restated in brackets ("КЗЖ", "Shi Tao"), a
name NER found once and missed where it is written again. State bodies
named without a name of their own come from `state_bodies`.
"""

from __future__ import annotations

from graphkit.extract.gazetteer import ADJECTIVE as GAZETTEER_ADJECTIVE
from graphkit.extract.gazetteer import BODY, SENTENCE_OPENERS, Gazetteer, GazetteerMatch
from graphkit.extract.inflection import nominative_phrase
from graphkit.extract.lexicon import (
    ACCORDING_TO, AGE, AGE_IN_WORDS, DISTRICT_WORDS, HEAD_TITLES, HONORIFICS, NAMELESS_TERRITORIES, RANKS, RELATIVES, REPORTING_VERBS, STAFF_TITLES,
    SUCCESSION, WEB_ZONES,
)
from graphkit.extract.mention import ADJECTIVE, DESCRIPTION, NAME, Mention
from graphkit.extract.names import LAST, ROMAN_NUMERAL, dictionary_roles, fold, nominatives, parse_name, restore_case
from graphkit.extract.organisation_names import (
    BODY_WORDS,
    FACILITY_NOUNS,
    FACILITY_WORDS,
    LEGAL_FORMS,
    MEMORIAL_WORDS,
    NAMED_AFTER_WORDS,
    OPENING_QUOTES,
    QUOTES,
    area_start,
    body_start,
    names_a_vehicle,
    names_a_work,
    quoted_after_descriptor,
    quoted_name,
    remit_end,
)
from graphkit.extract.state_bodies import common_bodies, described_bodies, take_in_own_country
from graphkit.nlp.document import AnalysedText, Sentence, Token
from graphkit.nlp.lemmas import is_common_noun, parses
from graphkit.types import COUNTRY, ORGANIZATION, PERSON, PLACE

NER_LABELS = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE}
MAX_ALIAS_TOKENS = 6
"""The longest name in brackets taken for another name of the entity before it."""
MAX_EXPANSION_TOKENS = 10
"""The longest full name in brackets after an organisation's abbreviation ("ХДС (Христианско-демократический союз Германии)")."""
MAX_SHARED_HEAD_DISTANCE = 16
DOUBTING_WORDS = frozenset({"самопровозглашенный", "так называемый", "непризнанный"})
"""Words before a place's name in quotes that doubt the name, not change what it names."""
FEDERATION = "федерация"
INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")
EXPANSION_ENDS = (")", "—", "–", ",", ";")
LATIN_DIACRITICS = frozenset("äöüßéèêëáàâíìîïóòôúùûñçãõøåæœÄÖÜÉÈÁÀÍÓÚÑÇ")
LIST_SEPARATORS = frozenset({"•", "·", "|"})
TRAILING_PUNCTUATION = frozenset({",", ";", ":"})
"""Punctuation NER takes in after a name: never part of it (unlike "!" in "Wham!" or "." in "Театр им.")."""
PEOPLE_SEPARATORS = frozenset({",", ";"})
"""Inside a person's name NER found, a comma separates two people."""
COMMON_ABBREVIATIONS = frozenset({"сми", "нко", "вуз", "дтп", "чп", "жкх", "ввп", "егэ", "ндс", "опг"})
"""Abbreviations of common nouns that NER takes for organisations ("по сообщениям [СМИ]")."""
NEVER_NAMES_ALONE = COMMON_ABBREVIATIONS | LEGAL_FORMS
"""One word that names nothing: a common abbreviation, or a legal form without its name ("ПАО")."""


def find_mentions(analysed: AnalysedText, gazetteer: Gazetteer) -> list[Mention]:
    """Every mention in the text, in text order; one may lie inside another ("администрации [США]")."""
    mentions: list[Mention] = []
    spans = sorted(analysed.ner_spans, key=lambda s: s.start)
    for sentence in analysed.sentences:
        in_sentence = [s for s in spans if sentence.start <= s.start < sentence.end]
        mentions.extend(sentence_mentions(sentence, in_sentence, gazetteer))
    mentions = sorted(mentions + repeated_names(analysed.sentences, mentions), key=lambda m: m.start)
    relabel_people(mentions)
    relabel_places(mentions)
    relabel_facilities(mentions)
    rename_quoted_places(mentions)
    return without_district_names(without_work_titles(without_vehicles(mentions, analysed.sentences)))


def without_district_names(mentions: list[Mention]) -> list[Mention]:
    """No country or place for a capitalised adjective that names a district or street with the noun after it: "главы
    Администрации Советского района Уфы" is no СССР, "Московского района Харькова" no Москва, "Варшавском шоссе" no
    Варшава (but "в лондонском районе Тоттенхэм" is in London)."""
    return [m for m in mentions if not names_a_district(m)]


def names_a_district(mention: Mention) -> bool:
    tokens = mention.sentence.tokens
    if mention.form != ADJECTIVE or mention.label not in (COUNTRY, PLACE) or mention.first == 0 or mention.last >= len(tokens):
        return False
    after = tokens[mention.last]
    return tokens[mention.first].is_capitalised and after.text.islower() and DISTRICT_WORDS.matches(after)


def without_vehicles(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """No organisation or place that the article names as a craft once ("шаттл «Дискавери»"), wherever and in
    whatever case it is written ("корабля «Союз»", "с «Союзом»"); a country's name is the craft only in quotes
    ("полёта «Колумбии»", "гибели «Колумбии»"), elsewhere the country."""
    vehicles = {m.text for m in mentions if m.label in (ORGANIZATION, PLACE, COUNTRY) and names_a_vehicle(m.sentence.tokens, m.first)}
    vehicles |= quoted_craft_names(sentences)
    return [
        m for m in mentions
        if not ((m.text in vehicles or m.name in vehicles) and (m.entry is None and m.label in (ORGANIZATION, PLACE) or is_quoted(m)))
    ]


def quoted_craft_names(sentences: list[Sentence]) -> set[str]:
    """The names in quotes after a vehicle word, as written ("корабля «Союз»" -> "Союз"), also where NER found no name."""
    names = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            if token.text in OPENING_QUOTES and names_a_vehicle(tokens, index + 1):
                end = next((i for i in range(index + 1, len(tokens)) if tokens[i].text in QUOTES), index + 1)
                if end > index + 1:
                    names.add(sentence.text[tokens[index + 1].start - sentence.start : tokens[end - 1].end - sentence.start])
    return names


def without_work_titles(mentions: list[Mention]) -> list[Mention]:
    """No organisation for the title of a work in quotes after its word ("в сериале «Бригада»"), and no name inside
    it ("сериала «Доктор Кто»" names no person)."""
    titles = [m for m in mentions if m.label == ORGANIZATION and m.entry is None and names_a_work(m.sentence.tokens, m.first)]
    return [m for m in mentions if not any(m.sentence is t.sentence and t.first <= m.first and m.last <= t.last for t in titles)]


def rename_quoted_places(mentions: list[Mention]) -> None:
    """A place's name in quotes names an organisation after it, mostly a club ("проиграл «Барселоне»", "форвард
    «Кельна»", "агентству «Москва»"); the text means the place itself in quotes only when it doubts the name
    ("самопровозглашённой «Донецкой Народной Республики»")."""
    for mention in mentions:
        if mention.label != PLACE or mention.entry is None or mention.form != NAME or not is_quoted(mention):
            continue
        before = mention.sentence.tokens[: mention.first - 1]
        if before and before[-1].lemma in DOUBTING_WORDS:
            continue
        mention.label, mention.name, mention.entry, mention.countries = ORGANIZATION, mention.entry.name, None, ()


def is_quoted(mention: Mention) -> bool:
    tokens = mention.sentence.tokens
    return mention.first > 0 and mention.last < len(tokens) and tokens[mention.first - 1].text in QUOTES and tokens[mention.last].text in QUOTES


def relabel_people(mentions: list[Mention]) -> None:
    """A name NER once takes for a place or an organisation is the person it tags it as elsewhere.

    A full name as written ("играет [Гата Камский]"), or one word that is
    the surname of a person named in full, in any case ("о [Свиридове]"
    after "Егора Свиридова").
    """
    people = {m.text for m in mentions if m.label == PERSON and len(m.name_words) >= 2}
    surnames = full_name_surnames(mentions)
    for mention in mentions:
        if mention.label not in (ORGANIZATION, PLACE) or mention.entry is not None or mention.alias_of is not None or mention.form != NAME:
            continue
        tokens = mention.sentence.tokens[mention.first : mention.last]
        if mention.text in people or is_surname_of(tokens, surnames):
            mention.label, mention.name, mention.countries = PERSON, "", ()
            mention.name_words = parse_name(tokens)


def relabel_facilities(mentions: list[Mention]) -> None:
    """A name NER takes for an organisation whose noun is a building or site is a place: "Вашингтонский аэропорт",
    "Водный стадион", "Букингемский дворец" (as factRuEval's gold has them; NEREL's are facilities, not scored)."""
    for mention in mentions:
        if mention.label != ORGANIZATION or mention.entry is not None or mention.form != NAME:
            continue
        head = next((t for t in mention.sentence.tokens[mention.first : mention.last] if t.pos == "NOUN"), None)
        if head is not None and head.lemma in FACILITY_NOUNS:
            mention.label = PLACE


def full_name_surnames(mentions: list[Mention]) -> set[str]:
    """The surnames (nominatives) of the people named with more than one word."""
    return {form for m in mentions if m.label == PERSON and len(m.name_words) >= 2 for w in m.name_words if w.role == LAST for form in w.nominatives[:1]}


def relabel_places(mentions: list[Mention]) -> None:
    """One word NER takes for a person is the place the article names with it elsewhere ("[Муром] посетят" beside
    "в родном городе Муроме"), or one the dictionary knows only as a place ("ждет судьба [Царицыно]", "у [Дувра]"),
    unless a person named in full has it for a surname ("Хьюстон" after "Уитни Хьюстон") or it follows a word for a
    relative ("дочь Стефани")."""
    named = [m for m in mentions if m.label in (PLACE, COUNTRY) and m.form == NAME and m.alias_of is None]
    places = {fold(m.entry.name if m.entry else m.name or m.text): m for m in sorted(named, key=lambda m: m.entry is not None)}
    surnames = full_name_surnames(mentions)
    for mention in mentions:
        if mention.label != PERSON or len(mention.name_words) != 1 or mention.name_words[0].role != LAST:
            continue
        readings = mention.name_words[0].nominatives
        if surnames.intersection(readings):
            continue
        place = next((places[r] for r in readings if r in places), None)
        if place is not None:
            mention.label, mention.entry, mention.name, mention.name_words = place.label, place.entry, place.name, []
            mention.countries = place.countries
        elif not after_relative(mention) and (name := place_name(mention.name_words[0].token.text)) is not None:
            mention.label, mention.name, mention.name_words = PLACE, name, []


def after_relative(mention: Mention) -> bool:
    """A name after a word for a relative is a person's, whatever else the word names ("дочь Стефани")."""
    return mention.first > 0 and RELATIVES.matches(mention.sentence.tokens[mention.first - 1])


def place_name(word: str) -> str | None:
    """The nominative of a word the dictionary knows only as the name of a place ("Дувра" -> "Дувр"), else None."""
    known = [form for form in parses(word) if form.is_known]
    if not known or not all("Geox" in form.tag.grammemes for form in known):
        return None
    return restore_case(known[0].normal_form)


def is_surname_of(tokens: list[Token], surnames: set[str]) -> bool:
    """One capitalised word that may be one of `surnames` (nominatives) in some case."""
    return len(tokens) == 1 and tokens[0].text[:1].isupper() and bool(surnames.intersection(nominatives(tokens[0], LAST)[0]))


def repeated_names(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """An organisation's or place's name written again where NER missed it ("Vestas", "MySQL", "Архнадзор").

    Names from NER outside the gazetteer are looked for as written and, of more than one word, in the nominative
    ("Голос Америки:" after "«Голоса Америки»"), word
    for word, wherever no other mention is but a country or place the name
    holds ("Голос [Америки]"), which stays a mention inside it.
    """
    surfaces: dict[tuple[str, ...], Mention] = {}
    for mention in mentions:
        words = tuple(t.text for t in mention.sentence.tokens[mention.first : mention.last])
        if mention.label in (ORGANIZATION, PLACE) and mention.entry is None and mention.form == NAME and mention.alias_of is None and mention.name:
            surfaces.setdefault(words, mention)
            if len(words) > 1:
                surfaces.setdefault(tuple(mention.name.split(" ")), mention)
    if not surfaces:
        return []
    longest = max(len(words) for words in surfaces)
    held = {(m.sentence.index, i) for m in mentions if m.label in (COUNTRY, PLACE) and m.entry is not None for i in range(m.first, m.last)}
    taken = {(m.sentence.index, i) for m in mentions for i in range(m.first, m.last)} - held

    def free(sentence: Sentence, first: int, last: int) -> bool:
        places = [(sentence.index, i) for i in range(first, last)]
        return not any(p in taken for p in places) and not all(p in held for p in places)

    found = []
    for sentence in sentences:
        texts = [t.text for t in sentence.tokens]
        index = 0
        while index < len(texts):
            sizes = range(min(longest, len(texts) - index), 0, -1)
            size = next((n for n in sizes if tuple(texts[index : index + n]) in surfaces and free(sentence, index, index + n)), 0)
            if size:
                known = surfaces[tuple(texts[index : index + size])]
                found.append(Mention(sentence=sentence, first=index, last=index + size, label=known.label, name=known.name, countries=known.countries))
            index += size or 1
    return found


def sentence_mentions(sentence: Sentence, ner_spans: list, gazetteer: Gazetteer) -> list[Mention]:
    """Gazetteer matches first, except where NER sees something larger around them.

    NER wins for a person ("Владимиром Путиным" is no city) unless it tags
    exactly a country's name ("Эфиопия" in a list of countries), for an
    organisation that names a country or place ("Голос Америки",
    "Верховный суд Испании"): the organisation keeps the countries it names,
    and for a part of a place named by a capitalised adjective before it
    ("Восточный Иерусалим", "Северной Европе", "Центральную Америку").
    """
    words = [t.text for t in sentence.tokens]
    ranges = [part for s in ner_spans for part in split_list(sentence, NER_LABELS[s.type], *sentence.token_range(s.start, s.end))]
    person_ranges = [(a, b) for label, a, b in ranges if label == PERSON]
    people = {i for a, b in person_ranges for i in range(a, b)}
    enclosing = [(label, a, b) for label, a, b in ranges if label in (ORGANIZATION, PLACE)]
    found, inside, nested = [], {}, []
    for mention in gazetteer_mentions(sentence, words, gazetteer):
        if is_domain_zone(sentence, mention.first):
            continue
        if people.intersection(range(mention.first, mention.last)):
            if mention.label != COUNTRY or (mention.first, mention.last) not in person_ranges:
                continue
            people.difference_update(range(mention.first, mention.last))
            ranges.remove((PERSON, mention.first, mention.last))
        federation = federation_of_activity(mention, ranges)
        if federation is not None:
            ranges[ranges.index(federation)] = (ORGANIZATION, *federation[1:])
            continue
        outer = next(((label, a, b) for label, a, b in enclosing if encloses(label, a, b, mention)), None)
        if outer is not None:
            inside.setdefault(outer[1:], []).extend(mention.countries)
            if outer[0] == ORGANIZATION:
                nested.append(mention)
            continue
        found.append(mention)
    found += shared_head_places(sentence, gazetteer, {i for m in found for i in range(m.first, m.last)})
    taken = {i for m in found for i in range(m.first, m.last) if not is_nested(m, found)}
    for label, first, last in ranges:
        if first >= last or any(i in taken for i in range(first, last)) or is_domain_zone(sentence, first):
            continue
        mention = ner_mention(sentence, first, last, label)
        if mention is not None:
            mention.countries = tuple(inside.get((first, last), ()))
            found.append(mention)
            taken.update(range(mention.first, mention.last))
    found += initialled_people(sentence, found)
    found += cited_sites(sentence, found)
    ordered = sorted(merge_owners(sorted(found, key=lambda m: (m.first, -m.last))) + nested, key=lambda m: (m.first, -m.last))
    ordered += owned_bodies(sentence, ordered) + quoted_organisations(sentence, ordered) + quoted_owners(sentence, ordered)
    ordered += named_after(sentence, ordered) + capitals(sentence, ordered, gazetteer)
    ordered += place_parts(sentence, ordered)
    ordered += described_bodies(sentence, ordered, gazetteer)
    ordered += common_bodies(sentence, words, ordered, gazetteer)
    add_remits(sentence, ordered)
    take_in_own_country(ordered)
    return sorted(ordered + bracketed_aliases(sentence, ordered), key=lambda m: (m.first, -m.last))


def cited_sites(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A web site a report cites is an organisation, however it is written: "сообщает baltinfo.ru", "цитирует
    infox.ru", "по данным lenta.ru" (NER finds the capitalised ones)."""
    tokens = sentence.tokens
    covered = {i for m in mentions for i in range(m.first, m.last)}
    found = []
    for index in range(1, len(tokens) - 2):
        site, dot, zone = tokens[index : index + 3]
        if index in covered or dot.text != "." or zone.lower not in WEB_ZONES or not (site.end == dot.start and dot.end == zone.start):
            continue
        before = tokens[index - 1]
        if REPORTING_VERBS.matches(before) or (before.lower in ACCORDING_TO and index > 1 and tokens[index - 2].lower == "по"):
            mention = Mention(sentence=sentence, first=index, last=index + 3, label=ORGANIZATION)
            mention.name = mention.text
            found.append(mention)
    return found


def shared_head_places(sentence: Sentence, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Places named by adjectives that share one noun after them: "в Самарской (88), Свердловской (80) и
    Новосибирской (64) областях" names Самарская, Свердловская and Новосибирская область; each adjective
    is a mention of its region when the gazetteer knows the adjective with the noun in the singular."""
    tokens = sentence.tokens
    found = []
    for index, token in enumerate(tokens):
        if index in taken or token.pos != "ADJ" or not token.is_capitalised:
            continue
        head = shared_head(tokens, index)
        case = tokens[head].case if head else None
        singular = case and next((form.inflect({"Sing", case}) for form in parses(tokens[head].text) if form.tag.POS == "NOUN" and form.tag.number == "plur"), None)
        match = gazetteer.match([token.text, singular.word], 0) if singular else None
        if match is not None and match.length == 2 and match.kind != GAZETTEER_ADJECTIVE:
            found.append(Mention(sentence=sentence, first=index, last=index + 1, label=match.entry.label, entry=match.entry, countries=(match.entry,)))
    return found


def shared_head(tokens: list[Token], index: int) -> int | None:
    """The plural noun that the adjective at `index` and the adjectives coordinated after it share (the
    gazetteer then checks that the adjective agrees with it)."""
    for after in range(index + 1, min(index + MAX_SHARED_HEAD_DISTANCE, len(tokens))):
        token = tokens[after]
        if token.pos == "NOUN":
            return after if token.feats.get("Number") == "Plur" else None
        if not (token.text in (",", "и", "(", ")") or token.text.isdigit() or (token.pos == "ADJ" and token.is_capitalised)):
            return None
    return None


def is_domain_zone(sentence: Sentence, first: int) -> bool:
    """"в зоне .РФ": a name written right after a dot is a domain, not the country."""
    if first == 0:
        return False
    dot = sentence.tokens[first - 1]
    return dot.text == "." and dot.end == sentence.tokens[first].start


def split_list(sentence: Sentence, label: str, first: int, last: int) -> list[tuple[str, int, int]]:
    """An NER span over a list is one span per item: "(Овечкин, Фёдоров)" is two people, "Эль Сальвадор • Эфиопия" two
    places; so is one over a relative's name and the person's ("сын Акихито Нарухито")."""
    separators = LIST_SEPARATORS | (PEOPLE_SEPARATORS if label == PERSON else frozenset())
    parts, start = [], first
    for index in range(first, last + 1):
        if index == last or sentence.tokens[index].text in separators:
            if index > start:
                parts.append((label, start, index))
            start = index + 1
    if label == PERSON and len(parts) == 1 and names_relative_and_person(sentence.tokens, first, last):
        return [(label, first, first + 1), (label, first + 1, last)]
    return parts


def names_relative_and_person(tokens: list[Token], first: int, last: int) -> bool:
    """Two words after a word for a relative, the first in the genitive and the second in the nominative: "сын
    Акихито Нарухито" is Акихито's son Нарухито, two people NER took for one. A first word in "-а"/"-я" may as
    well be a woman's first name in the nominative ("Невеста Хадижа Ужахова")."""
    return (
        last - first == 2 and first > 0 and RELATIVES.matches(tokens[first - 1])
        and tokens[first].case == "Gen" and tokens[first + 1].case == "Nom" and not tokens[first].lower.endswith(("а", "я"))
    )


def owned_bodies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Organisations and sites named by a word before their owner's name ("администрации [США]", "штаб-квартире [Google]",
    "памятника [Юрию Долгорукому]").

    The owner stays a mention inside, and so does a place's or country's adjective
    that belongs to the name ("[московского] отделения движения «Солидарность»").
    """
    tokens = sentence.tokens
    covered = {i for m in mentions if m.form != ADJECTIVE for i in range(m.first, m.last)}
    found = []
    for owner in (m for m in mentions if m.form == NAME):
        kinds = [(BODY_WORDS, ORGANIZATION, "Gen"), (FACILITY_WORDS, PLACE, "Gen")] + ([(MEMORIAL_WORDS, PLACE, "Dat")] if owner.label == PERSON else [])
        starts = (
            (first, label) for words, label, case in kinds
            if (first := body_start(tokens, owner.first, covered, words, case, complements=words is BODY_WORDS)) is not None
        )
        first, label = next(starts, (None, ""))
        if first is not None and owner.label == PERSON and not owned_by_person(tokens[owner.first - 1]):
            continue
        if first is not None:
            last = owner.last + (owner.last < len(tokens) and tokens[owner.first - 1].text in QUOTES and tokens[owner.last].text in QUOTES)
            body = Mention(sentence=sentence, first=first, last=last, label=label, countries=owner.countries if owner.label == COUNTRY else ())
            body.name = nominative_phrase(tokens[first:last], body.text, body.start)
            found.append(body)
    return found


def place_parts(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Parts of a place or country named through it: "в центре [Москвы]", "на востоке [Украины]" are places inside
    it. The place stays a mention inside, and the part is `within` it. A name the gazetteer does not know must show
    the genitive: after "центре" an uninflected one names the centre ("в центре Кин-Топ занимаются дети")."""
    tokens = sentence.tokens
    covered = {i for m in mentions if m.form != ADJECTIVE for i in range(m.first, m.last)}
    found = []
    for owner in (m for m in mentions if m.form == NAME and m.label in (PLACE, COUNTRY) and m.part is None):
        first = area_start(tokens, owner.first)
        if first is None or first in covered or (owner.entry is None and not is_inflected(tokens[owner.last - 1])):
            continue
        part = Mention(sentence=sentence, first=first, last=owner.last, label=PLACE, within=owner)
        part.name = nominative_phrase(tokens[first : owner.last], part.text, part.start)
        found.append(part)
    return found


def is_inflected(token: Token) -> bool:
    """Whether the word is written in another form than its dictionary one ("Мэриленда", not "Кин-Топ")."""
    return token.lower != token.lemma


def owned_by_person(before: Token) -> bool:
    """A person owns a body named right before them, or through their post: "пресс-служба [Кадырова]", "администрации
    президента [Обамы]"; not through anything else ("руководством канала [Перепёлкин]" is no body of his)."""
    return any(words.matches(before) for words in (BODY_WORDS, FACILITY_WORDS, MEMORIAL_WORDS, HEAD_TITLES, STAFF_TITLES))


def capitals(sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A country's capital named through the country: "столицы США", "в таджикской столице" -> the capital city.

    The country stays a mention inside. Another word before "столица" makes
    it another city: "северную российскую столицу" is Петербург, "бывшей
    столицы Казахстана" Алматы.
    """
    tokens = sentence.tokens
    found = []
    for country in (m for m in mentions if m.label == COUNTRY and m.entry is not None and m.part is None):
        if country.form == NAME and country.first > 0 and tokens[country.first - 1].lemma == "столица":
            first, last = country.first - 1, country.last
        elif country.form == ADJECTIVE and country.last < len(tokens) and tokens[country.last].lemma == "столица":
            first, last = country.first, country.last + 1
        else:
            continue
        if first > 0 and tokens[first - 1].pos in ("ADJ", "NUM", "DET"):
            continue
        capital = gazetteer.capital_of(country.entry)
        if capital is not None:
            found.append(Mention(sentence=sentence, first=first, last=last, label=PLACE, form=DESCRIPTION, entry=capital, countries=(country.entry,)))
    return found


def initialled_people(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """People NER misses that are written as initials and a surname: "Д.Медведев предложил…", "Б.Обама выдвинул…",
    "Н. П. Старостина". The surname must be one the dictionary knows as a surname or a word it does not know at all
    (a foreign name): "Н.Новгород" is a city. Latin initials belong to a name in Latin script written in full, or to
    no name ("U.S. Open")."""
    tokens = sentence.tokens
    covered = {i for m in mentions for i in range(m.first, m.last)}
    found = []
    index = 0
    while index + 2 < len(tokens):
        last = index
        while last + 2 < len(tokens) and is_cyrillic_initial(tokens[last].text) and tokens[last + 1].text == ".":
            last += 2
        if last > index and not covered.intersection(range(index, last + 1)) and reads_as_surname(tokens[last].text):
            mention = Mention(sentence=sentence, first=index, last=last + 1, label=PERSON)
            mention.name_words = parse_name(tokens[index : last + 1])
            found.append(mention)
        index = max(last, index + 1)
    return found


def is_cyrillic_initial(word: str) -> bool:
    return len(word) == 1 and "А" <= word <= "Я"


def reads_as_surname(word: str) -> bool:
    """A capitalised Cyrillic word the dictionary knows as a surname, or does not know at all."""
    if not (word[:1].isupper() and word.isalpha() and not is_latin(word)):
        return False
    return not any(r.is_known for r in parses(word)) or LAST in dictionary_roles(word)


def named_after(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Institutions named after someone with "имени"/"им.", which NER misses with a lower-case head ("театра имени
    Марии Ермоловой", "больнице имени Кащенко", "институт им. Гнесиных") or cuts after "им." ("Театра им. Йозефа
    Бойса"): one organisation up to the end of the name, whose person stays a mention inside. Only the head
    inflects: "Больница имени Кащенко"."""
    tokens = sentence.tokens
    organisations = {m.last: m for m in mentions if m.label == ORGANIZATION}
    covered = {i for m in mentions if m.label in (ORGANIZATION, PLACE) for i in range(m.first, m.last)}
    found = []
    for index, token in enumerate(tokens[1:], start=1):
        start = named_for_start(tokens, index)
        if start is None:
            continue
        end = name_end(tokens, start)
        cut = organisations.get(start)
        head = tokens[index - 1]
        if end == start or covered.intersection(range(start, end)):
            continue
        named_for = sentence.text[tokens[start].start - sentence.start : tokens[end - 1].end - sentence.start]
        if cut is not None and cut.first < index:
            cut.last = end
            cut.name = f"{cut.name} {named_for}"
        elif index - 1 not in covered and head.text.islower() and NAMED_AFTER_WORDS.matches(head):
            mention = Mention(sentence=sentence, first=index - 1, last=end, label=ORGANIZATION)
            mention.name = f"{head.lemma.capitalize()} {token.text}{'.' if start == index + 2 else ''} {named_for}"
            found.append(mention)
    return found


def named_for_start(tokens: list[Token], index: int) -> int | None:
    """Where the name starts after "имени" or "им." at `index`; None for any other word."""
    if tokens[index].lower == "имени":
        return index + 1
    if tokens[index].lower == "им" and index + 1 < len(tokens) and tokens[index + 1].text == ".":
        return index + 2
    return None


def name_end(tokens: list[Token], start: int) -> int:
    """The end of a name written from `start`: capitalised words and initials with their dots ("И. Д. Воронина")."""
    end = start
    while end < len(tokens) and tokens[end].is_capitalised and tokens[end].text[:1].isalpha():
        end += 2 if is_initial(tokens[end].text) and end + 1 < len(tokens) and tokens[end + 1].text == "." else 1
    return end


def quoted_owners(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """An organisation named in quotes, in the genitive, at the end of another's name, as whose part it names it:
    "Русской службе «[Голоса Америки]»", "Офис «[Башинформа]»". It stays a mention inside, named in the nominative.
    A name in quotes as written is the outer one's own ("театра фольклора «Русская песня»", "РИА «Новости»"), and so
    is one after only a descriptor or legal form ("ОАО «Газпром»", `quoted_name`)."""
    tokens = sentence.tokens
    inner_starts = {m.first for m in mentions}
    found = []
    for outer in (m for m in mentions if m.label == ORGANIZATION and m.entry is None and m.form == NAME):
        opening = next((i for i in range(outer.first + 1, outer.last) if tokens[i].text in OPENING_QUOTES), None)
        if opening is None or tokens[outer.last - 1].text not in QUOTES or outer.last - opening < 3 or quoted_name(tokens[outer.first : outer.last]):
            continue
        first, last = opening + 1, outer.last - 1
        if first in inner_starts or not tokens[first].is_capitalised or any(t.text in QUOTES for t in tokens[first:last]):
            continue
        mention = Mention(sentence=sentence, first=first, last=last, label=ORGANIZATION)
        mention.name = nominative_phrase(tokens[first:last], mention.text, mention.start)
        if mention.name != mention.text:
            found.append(mention)
    return found


def quoted_organisations(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Organisations NER missed that a descriptor introduces in quotes: "институт «Коллективное действие»", "клуба «16 тонн»"."""
    covered = {i for m in mentions for i in range(m.first, m.last)}
    found = []
    for index in range(len(sentence.tokens)):
        span = quoted_after_descriptor(sentence.tokens, index)
        if span is not None and not covered.intersection(range(*span)):
            mention = Mention(sentence=sentence, first=span[0], last=span[1], label=ORGANIZATION)
            mention.name = mention.text
            found.append(mention)
    return found


def add_remits(sentence: Sentence, mentions: list[Mention]) -> None:
    """Organisations outside the gazetteer take in what they deal with ("комитетом ООН [против пыток]"); the gazetteer's entry says what its bodies are."""
    for mention in mentions:
        if mention.label != ORGANIZATION or mention.entry is not None:
            continue
        names = {i for m in mentions if m is not mention and m.label != PERSON for i in range(m.first, m.last)}
        end = remit_end(sentence.tokens, mention.first, mention.last, names)
        if end != mention.last:
            mention.last = end
            mention.name = nominative_phrase(sentence.tokens[mention.first : end], mention.text, mention.start)


def encloses(label: str, first: int, last: int, mention: Mention) -> bool:
    """Whether an NER span of `label` over [first, last) is a larger name around a gazetteer country or place.

    An organisation may name one anywhere ("Голос Америки"), and the country
    stays a mention of its own; a place only after capitalised adjectives of
    its own ("Западном Иерусалиме"), and is then one name.
    """
    if mention.label not in (COUNTRY, PLACE) or not (first <= mention.first and mention.last <= last) or last - first <= mention.last - mention.first:
        return False
    if label == ORGANIZATION:
        return True
    tokens = mention.sentence.tokens
    return label == PLACE and mention.last == last and first < mention.first and all(t.is_capitalised and t.pos == "ADJ" for t in tokens[first : mention.first])


def federation_of_activity(mention: Mention, ranges: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The NER span that reads a country's name ending in "Федерация" on into a common noun in the genitive:
    "судья Российской Федерации Северной ходьбы" names a sports federation, an organisation, and no country."""
    tokens = mention.sentence.tokens
    if mention.label != COUNTRY or tokens[mention.last - 1].lemma != FEDERATION:
        return None
    for label, first, last in ranges:
        if label != PERSON and first == mention.first and last > mention.last and tokens[last - 1].pos == "NOUN":
            if all(t.pos in ("NOUN", "ADJ") and t.case == "Gen" for t in tokens[mention.last : last]):
                return label, first, last
    return None


def is_nested(mention: Mention, mentions: list[Mention]) -> bool:
    """Inside another mention: the owner in "Минобороны России", the country in "Голос Америки"."""
    return any(o is not mention and o.first <= mention.first and mention.last <= o.last and (o.first, o.last) != (mention.first, mention.last) for o in mentions)


def merge_owners(mentions: list[Mention]) -> list[Mention]:
    """An organisation NER cut off before its owner: "Верховное народное собрание" + "КНДР", "Институт этнологии и антропологии" + "РАН" is one name.

    The owner stays a mention inside it, and a country stays known to the organisation (for LOCATED_IN).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = next((m for m in reversed(merged) if m.last <= mention.first or m.first == mention.first), None)
        token = mention.sentence.tokens[mention.first]
        owner = mention.label in (COUNTRY, PLACE, ORGANIZATION) and mention.form == NAME and (token.case == "Gen" or token.text.isupper())
        if previous is not None and owner and previous.label == ORGANIZATION and previous.entry is None and previous.last == mention.first:
            previous.last = mention.last
            previous.countries = (*previous.countries, *(mention.countries if mention.label != ORGANIZATION else ()))
            previous.name = f"{previous.name} {mention.text}"
        merged.append(mention)
    return merged


def bracketed_aliases(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Names restated in brackets right after a name are mentions of the same entity.

    "Комитет защиты журналистов (КЗЖ) (Committee to Protect Journalists)",
    "Ши Тао (Shi Tao)", "газета "Ла стампа" (La Stampa)": a name in Latin
    script after any name, or an abbreviation after an organisation's name.
    A mention already found there joins the name before it when it is of the
    same kind; the returned list holds the new mentions only.
    """
    tokens = sentence.tokens
    starts = {m.first: m for m in mentions if m.form == NAME}
    created: list[Mention] = []
    queue = sorted(mentions, key=lambda m: m.first)
    for mention in queue:
        if mention.form != NAME:
            continue
        opening = mention.last
        while opening < len(tokens) and (tokens[opening].text in QUOTES or tokens[opening].text == ")"):
            opening += 1
        if opening >= len(tokens) or tokens[opening].text != "(":
            continue
        closing = next((i for i in range(opening + 1, min(opening + MAX_ALIAS_TOKENS + 2, len(tokens))) if tokens[i].text == ")"), None)
        expanded = expansion_end(tokens, opening, mention)
        if expanded is not None:
            closing, inside = expanded, (PERSON, ORGANIZATION)
        elif closing is not None and restates(tokens[opening + 1 : closing], mention.label):
            inside = (PERSON, ORGANIZATION, COUNTRY, PLACE)
        else:
            continue
        found = starts.get(opening + 1)
        if found is None and any(m.first <= opening < m.last or (opening < m.first < closing and m.label in inside) for m in queue):
            continue
        if found is not None:
            if found.last == closing and found.label == mention.label and found.alias_of is None:
                found.alias_of, found.name_words, found.name = mention, [], ""
            continue
        alias = Mention(sentence=sentence, first=opening + 1, last=closing, label=mention.label, alias_of=mention)
        created.append(alias)
        queue.append(alias)
        starts[alias.first] = alias
    return created


def expansion_end(tokens: list[Token], opening: int, mention: Mention) -> int | None:
    """Where the full name in brackets after an organisation's abbreviation ends: "ХДС (Христианско-демократический
    союз Германии)", "NHS (Национальная служба здравоохранения Великобритании — Public Health England)"."""
    if mention.label != ORGANIZATION or not is_abbreviation(mention.text) or opening + 1 >= len(tokens) or not tokens[opening + 1].is_capitalised:
        return None
    end = opening + 1
    while end < len(tokens) and end - opening <= MAX_EXPANSION_TOKENS and tokens[end].text not in EXPANSION_ENDS:
        end += 1
    if end >= len(tokens) or tokens[end].text not in EXPANSION_ENDS or end - opening - 1 < 2 or not any(t.text[:1].isalpha() and t.text.islower() for t in tokens[opening + 1 : end]):
        return None
    return end


def is_abbreviation(text: str) -> bool:
    return text.isupper() and 2 <= len(text) <= 6 and text.isalpha()


def restates(tokens: list[Token], label: str) -> bool:
    """Whether bracketed tokens can be another name of a `label` entity: Latin-script words, or an organisation's abbreviation."""
    words = [t.text for t in tokens if t.text[:1].isalnum()]
    if not words or not tokens[0].text[:1].isupper() or any(t.text in (",", ";", ":") for t in tokens):
        return False
    letters = [c for w in words for c in w if c.isalpha()]
    if letters and all("a" <= c.lower() <= "z" or c in LATIN_DIACRITICS for c in letters):
        return True
    return label == ORGANIZATION and len(tokens) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6


def gazetteer_mentions(sentence: Sentence, words: list[str], gazetteer: Gazetteer):
    """Gazetteer matches in text order; a body's owner is a mention of its own inside it ("Минобороны [России]"),
    and each country of a compound adjective is a mention of its own ("[российско]-[британской]")."""
    for index, match in gazetteer.scan(words):
        if match.kind == GAZETTEER_ADJECTIVE and len(match.entries) > 1:
            yield from compound_mentions(sentence, index, match)
            continue
        yield match_mention(sentence, index, match)
        for offset, inner in match.inner:
            yield match_mention(sentence, index + offset, inner)


def compound_mentions(sentence: Sentence, index: int, match: GazetteerMatch) -> list[Mention]:
    """One adjective mention per part of a compound adjective: "российско-британской" is Россия and Великобритания.

    NEREL, like a reader, takes each part for a mention of its country. A
    compound that names one country twice ("российско-российский") stays one mention.
    """
    token = sentence.tokens[index]
    parts = token.text.split("-")
    if len(parts) != len(match.entries):
        return [match_mention(sentence, index, match)]
    mentions, start = [], token.start
    for part, entry in zip(parts, match.entries):
        mentions.append(Mention(
            sentence=sentence, first=index, last=index + 1, label=entry.label, form=ADJECTIVE, entry=entry, countries=(entry,),
            part=(start, start + len(part)),
        ))
        start += len(part) + 1
    return mentions


def match_mention(sentence: Sentence, index: int, match: GazetteerMatch) -> Mention:
    mention = Mention(
        sentence=sentence,
        first=index,
        last=index + match.length,
        label=match.entry.label,
        form=ADJECTIVE if match.kind == GAZETTEER_ADJECTIVE else NAME,
        entry=match.entry,
        name=match.written_name,
        countries=match.entries or (match.entry,),
        owner_named=not (match.kind == BODY and not match.inner),
    )
    tokens = sentence.tokens[mention.first : mention.last]
    if match.kind == BODY and is_owned_by_adjective(match) and all(t.pos for t in tokens):
        # a body after its country's or city's adjective is named as written, where the sentence's grammar is
        # known: "японского МИДа" -> "Японский МИД", "Лондонская полиция"
        phrase = nominative_phrase(tokens, mention.text, mention.start)
        mention.name = phrase[:1].upper() + phrase[1:]
    elif match.kind != BODY and match.entry.label == ORGANIZATION and match.entry.country and not names_its_owner(mention.name):
        # a country's institution named by words other countries' share keeps the gazetteer's name
        mention.name = ""
    return mention


def is_owned_by_adjective(match: GazetteerMatch) -> bool:
    """A body named after its owner's adjective ("японского МИДа", "лондонская полиция"), not one with a name of its
    own, which the gazetteer leaves unwritten ("американский Конгресс")."""
    if not match.inner or match.inner[0][0] != 0:
        return False
    return bool(match.written_name) or match.inner[0][1].entry.label == PLACE


def names_its_owner(name: str) -> bool:
    """Whether a name identifies a country's institution alone: one word ("ФСБ", "Роскосмос", "Пентагон"), or words
    with a proper name among them ("Банк России", "Госдума РФ"); not "Национальное собрание", "Счётная палата"."""
    words = name.split()
    return len(words) == 1 or any(word[:1].isupper() for word in words[1:])


def ner_mention(sentence: Sentence, first: int, last: int, label: str) -> Mention | None:
    """A mention from one NER span, trimmed of what NER sometimes includes around a name.

    Lower-case words before the name go, and posts, except that an
    adjective begins an organisation's name ("Первый канал"). A quote NER
    leaves open is closed ("Русской службе «Голоса Америки»"), and one it
    takes in after a name whose opening quote it left out goes ("Исламское
    государство»"); the same for straight quotes ('РИА "Новости"'). A second name in brackets is cut off ("ДЖЕЙ-ЗИ (JAY-Z)",
    "Союз координационных советов (СКС)"): it is a mention of its own. An age
    NER takes in after a name goes ("ГРУ 66-летний"), and so does the
    sentence's full stop ("в Колумбийском университете."). For people: posts,
    ranks, honorifics and words for relatives before the name go ("Кронпринц
    Нарухито", "Сын А.Лукашенко" is the father's name), initials before it
    are added ("Дж.Коми"), and initials alone are no name; a verb NER took in
    goes ("Отрешить Соловьева Александра Васильевича"), and so does a name in
    another script after the name ("Джонатан Эймс Jonathan Ames").
    """
    tokens = sentence.tokens
    while first < last and (not tokens[first].is_capitalised or (is_title_or_rank(tokens[first].text) and (label == PERSON or tokens[first].pos != "ADJ"))):
        first += 1
    bracket = next((i for i in range(first + 1, last) if tokens[i].text in ("(", "[")), None)
    if bracket is not None:
        last = bracket
    if last > first and closes_nothing(tokens[first:last]):
        last -= 1
    while last - first > 1 and (AGE.fullmatch(tokens[last - 1].lower) or is_trailing_punctuation(tokens, last - 1)):
        last -= 1
    quotes = [t.text for t in tokens[first:last] if t.text in ("«", "»", '"')]
    if last < len(tokens) and tokens[last].text == "»" and quotes.count("«") > quotes.count("»"):
        last += 1
    elif last < len(tokens) and tokens[last].text == '"' and quotes.count('"') % 2 == 1:
        last += 1
    if label == ORGANIZATION:
        last = quoted_name_end(tokens, first, last)
    if label == PERSON:
        while last - first > 1 and is_before_a_name(tokens[first]):
            first += 1
        last = script_end(tokens, first, last)
        while last > first and not tokens[last - 1].text[:1].isalpha():
            last -= 1
        if all(is_initial(t.text) or t.text == "." for t in tokens[first:last]) or (last - first == 1 and (is_never_a_name(tokens[first]) or is_common_noun_opening(tokens, first))):
            return None
        while first >= 2 and tokens[first - 1].text == "." and is_initial(tokens[first - 2].text):
            first -= 2
    if first >= last or (last - first == 1 and names_nothing_alone(tokens[first], label)) or (label != PERSON and is_attributive(tokens, first, last)):
        return None
    mention = Mention(sentence=sentence, first=first, last=last, label=label)
    if label == PERSON:
        mention.name_words = parse_name(tokens[first:last])
    else:
        mention.name = quoted_name(tokens[first:last]) if label == ORGANIZATION else ""
        mention.name = mention.name or nominative_phrase(tokens[first:last], mention.text, mention.start)
    return mention


def quoted_name_end(tokens: list[Token], first: int, last: int) -> int:
    """Where a name in quotes ends when NER stops short of the closing quote: "«[Координационный совет]
    пострадавших соинвесторов»" takes in the lower-case words up to the quote (a few at most)."""
    if first == 0 or tokens[first - 1].text not in OPENING_QUOTES or any(t.text in QUOTES for t in tokens[first:last]):
        return last
    closing = next((i for i in range(last, min(last + QUOTED_TAIL, len(tokens))) if tokens[i].text in QUOTES), None)
    if closing is None or not all(t.text.isalpha() and t.text.islower() for t in tokens[last:closing]):
        return last
    return closing


def names_nothing_alone(token: Token, label: str) -> bool:
    """A common abbreviation or legal form ("ПАО"), or a word for a kind of territory taken for a place's name
    ("избрана президентом Республики", "Королевство"): which one, the word alone does not say."""
    return token.lower in NEVER_NAMES_ALONE or (label in (PLACE, COUNTRY) and NAMELESS_TERRITORIES.matches(token))


def is_trailing_punctuation(tokens: list[Token], index: int) -> bool:
    """A comma, colon or semicolon, or the full stop that ends the sentence (a dot inside it may end an
    abbreviation: "Театр им. Йозефа Бойса")."""
    return tokens[index].text in TRAILING_PUNCTUATION or (tokens[index].text == "." and index == len(tokens) - 1)


def is_before_a_name(token: Token) -> bool:
    """A word NER takes into a person's name that is none of it: a post or rank in any case ("улица Космонавта
    Волкова"), an age in words ("Восьмидесятилетний Маккейн"), an honorific, relative, predecessor or successor
    ("Предшественник Кравцова"), or a verb."""
    return (
        is_title_or_rank(token.text)
        or any(words.matches(token) for words in (HEAD_TITLES, STAFF_TITLES, RANKS, HONORIFICS, RELATIVES, SUCCESSION))
        or AGE_IN_WORDS.fullmatch(token.lower) is not None
        or is_verb(token)
    )


def closes_nothing(tokens: list[Token]) -> bool:
    """Whether the last token is a closing quote that no quote among the tokens opens."""
    words = [t.text for t in tokens]
    if words[-1] == "»":
        return words.count("«") < words.count("»")
    return words[-1] == '"' and words.count('"') % 2 == 1


def is_verb(token: Token) -> bool:
    """A verb, as tagged, or an infinitive as the dictionary knows the word only (a capitalised "Отрешить" is tagged
    a proper noun; past forms are left alone, some are names too: "Робел")."""
    if token.pos == "VERB":
        return True
    if not token.lower.endswith(INFINITIVE_ENDINGS):
        return False
    known = [form for form in parses(token.text) if form.is_known]
    return bool(known) and all(form.tag.POS == "INFN" for form in known)


def script_end(tokens: list[Token], first: int, last: int) -> int:
    """Where the first name of tokens [first, last) ends if another script follows: Cyrillic, then Latin."""
    latin = is_latin(tokens[first].text)
    return next((i for i in range(first + 1, last) if is_word(tokens[i].text) and is_latin(tokens[i].text) != latin), last)


def is_word(text: str) -> bool:
    """A word of a name in some script: not punctuation, nor a regnal number ("Елизавета II")."""
    return text[:1].isalpha() and not ROMAN_NUMERAL.fullmatch(text)


def is_latin(word: str) -> bool:
    return word[:1].isascii()


def is_never_a_name(token: Token) -> bool:
    """A word alone that names no person: a relative, honorific or verb ("Супруга «оружейного барона»", "Маэстро"),
    a word with a digit ("Формулы-1"), or one the dictionary knows only as a company's name or as no noun at all
    ("Феррари", "Подана").

    Nouns are not judged: foreign names coincide with rare ones ("Уорд",
    "Хван", "Мадонна"). A surname of that kind still becomes a mention when
    the article names the person in full (entities.find_more_mentions).
    """
    word = token.text
    if is_before_a_name(token) or any(c.isdigit() for c in word):
        return True
    known = [form for form in parses(word) if form.is_known]
    return bool(known) and all("Orgn" in form.tag.grammemes or "NOUN" not in form.tag.grammemes for form in known)


QUOTED_TAIL = 5
"""How many words after an organisation's name NER cut short may still belong to it, up to its closing quote."""
SHORT_NOUN = 4
"""Common nouns this short are left alone: transliterated names coincide with them ("Уорд", "Хван")."""


def is_common_noun_opening(tokens: list[Token], index: int) -> bool:
    """A word alone at the start of a sentence, where every word has a capital, that the dictionary knows only as a
    common noun: NER takes "Сцена из фильма …", "Приятель Царнаева …", "Кубик гашиша" for people."""
    if any(t.text not in SENTENCE_OPENERS for t in tokens[:index]) or len(tokens[index].text) <= SHORT_NOUN:
        return False
    return is_common_noun(tokens[index].text)


def is_attributive(tokens: list[Token], first: int, last: int) -> bool:
    """One capitalised adjective that agrees with the lower-case word after it is no name of its own: NER takes
    "[Воскресное] заседание", "[Южная] водозаборная станция", "[Северными] территориями" for names. The dictionary
    must know the word as an adjective: the tagger takes unknown names for adjectives too ("в Наньпине провинции Фуцзянь")."""
    if last - first != 1 or last >= len(tokens) or tokens[first].pos != "ADJ":
        return False
    adjective, after = tokens[first], tokens[last]
    agreement = ("Case", "Number") if adjective.feats.get("Number") == "Plur" else ("Case", "Number", "Gender")
    if not (after.text.islower() and after.pos in ("NOUN", "ADJ") and all(adjective.feats.get(f) == after.feats.get(f) for f in agreement)):
        return False
    return any(form.is_known and form.tag.POS == "ADJF" for form in parses(adjective.text))


def is_initial(word: str) -> bool:
    return 1 <= len(word) <= 2 and word[:1].isupper() and word.isalpha()


def is_title_or_rank(word: str) -> bool:
    lowered = word.lower()
    return lowered in HEAD_TITLES or lowered in STAFF_TITLES or lowered in RANKS


