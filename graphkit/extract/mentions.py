"""Finding the mentions of people, organisations, countries and places in analysed text.

Two sources are merged: natasha's NER spans (PER, ORG, LOC) and the
gazetteer, which knows countries, cities, international bodies and
ministries in every case form, and country adjectives ("таджикистанский")
that NER does not tag. Where both see the same words, the gazetteer's
canonical entry wins; NER alone gives names the gazetteer does not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.extract.gazetteer import Gazetteer, GazetteerEntry
from graphkit.extract.inflection import nominative_phrase
from graphkit.extract.lexicon import HEAD_TITLES, HONORIFICS, RANKS, STAFF_TITLES
from graphkit.extract.names import NameWord, parse_name
from graphkit.nlp.document import AnalysedText, Sentence
from graphkit.types import COUNTRY, ORGANIZATION, PERSON, PLACE

NER_LABELS = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE}
NAME, ADJECTIVE, DESCRIPTION = "name", "adjective", "description"


@dataclass(eq=False)
class Mention:
    """One place in the text that refers to an entity."""

    sentence: Sentence
    first: int
    last: int
    """Token indices in the sentence, [first, last)."""
    label: str
    form: str = NAME
    """"name", "adjective" (российский -> Россия) or "description" (глава ведомства -> a person)."""
    entry: GazetteerEntry | None = None
    name: str = ""
    """Nominative name for organisations and places outside the gazetteer."""
    name_words: list[NameWord] = field(default_factory=list)
    countries: tuple[GazetteerEntry, ...] = ()
    """Every country named: by a compound adjective ("российско-таджикистанский"), or inside an organisation's name."""

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last - 1].end

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]

    def covers(self, index: int) -> bool:
        return self.first <= index < self.last


def find_mentions(analysed: AnalysedText, gazetteer: Gazetteer) -> list[Mention]:
    """Every mention in the text, in text order, none overlapping another."""
    mentions: list[Mention] = []
    spans = sorted(analysed.ner_spans, key=lambda s: s.start)
    for sentence in analysed.sentences:
        in_sentence = [s for s in spans if sentence.start <= s.start < sentence.end]
        mentions.extend(sentence_mentions(sentence, in_sentence, gazetteer))
    return mentions


def sentence_mentions(sentence: Sentence, ner_spans: list, gazetteer: Gazetteer) -> list[Mention]:
    """Gazetteer matches first, except where NER sees something larger around them.

    NER wins for a person ("Владимиром Путиным" is no city) and for an
    organisation that names a country or place ("Голос Америки",
    "Верховный суд Испании"): the organisation keeps the countries it names.
    """
    words = [t.text for t in sentence.tokens]
    ranges = [(NER_LABELS[s.type], *sentence.token_range(s.start, s.end)) for s in ner_spans]
    people = {i for label, a, b in ranges if label == PERSON for i in range(a, b)}
    organisations = [(a, b) for label, a, b in ranges if label == ORGANIZATION]
    found, inside = [], {}
    for mention in gazetteer_mentions(sentence, words, gazetteer):
        if people.intersection(range(mention.first, mention.last)):
            continue
        outer = next(((a, b) for a, b in organisations if mention.label in (COUNTRY, PLACE) and a <= mention.first and mention.last <= b and b - a > mention.last - mention.first), None)
        if outer is not None:
            inside.setdefault(outer, []).extend(mention.countries)
            continue
        found.append(mention)
    taken = {i for m in found for i in range(m.first, m.last)}
    for label, first, last in ranges:
        if first >= last or any(i in taken for i in range(first, last)):
            continue
        mention = ner_mention(sentence, first, last, label)
        if mention is not None:
            mention.countries = tuple(inside.get((first, last), ()))
            found.append(mention)
            taken.update(range(mention.first, mention.last))
    return merge_owners(sorted(found, key=lambda m: m.first))


def merge_owners(mentions: list[Mention]) -> list[Mention]:
    """An organisation NER cut off before its country: "Верховное народное собрание" + "КНДР" is one name.

    The country stays known to the organisation (for LOCATED_IN).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        token = mention.sentence.tokens[mention.first]
        owner = mention.label in (COUNTRY, PLACE) and mention.form == NAME and (token.case == "Gen" or token.text.isupper())
        if previous is not None and owner and previous.label == ORGANIZATION and previous.entry is None and previous.last == mention.first:
            previous.last = mention.last
            previous.countries = (*previous.countries, *mention.countries)
            previous.name = f"{previous.name} {mention.text}"
            continue
        merged.append(mention)
    return merged


def gazetteer_mentions(sentence: Sentence, words: list[str], gazetteer: Gazetteer):
    index = 0
    while index < len(words):
        match = gazetteer.match(words, index)
        if match is None:
            index += 1
            continue
        form = ADJECTIVE if match.kind == "adjective" else NAME
        yield Mention(
            sentence=sentence,
            first=index,
            last=index + match.length,
            label=match.entry.label,
            form=form,
            entry=match.entry,
            countries=tuple(match.entries) if getattr(match, "entries", None) else (match.entry,),
        )
        index += match.length


def ner_mention(sentence: Sentence, first: int, last: int, label: str) -> Mention | None:
    """A mention from one NER span, trimmed of what NER sometimes includes around a name.

    For people: posts, ranks and honorifics before the name ("Кронпринц
    Нарухито", "Поп-звезда Мадонна"), and a second name in brackets
    ("ДЖЕЙ-ЗИ (JAY-Z)"); initials before it are added ("Дж.Коми").
    """
    tokens = sentence.tokens
    while first < last and not tokens[first].is_capitalised:
        first += 1
    if label == PERSON:
        while last - first > 1 and (is_title_or_rank(tokens[first].text) or HONORIFICS.matches(tokens[first])):
            first += 1
        bracket = next((i for i in range(first, last) if tokens[i].text in ("(", "[")), None)
        if bracket is not None:
            last = bracket
        while last > first and not tokens[last - 1].text[:1].isalpha():
            last -= 1
        while first >= 2 and tokens[first - 1].text == "." and is_initial(tokens[first - 2].text):
            first -= 2
    if first >= last:
        return None
    mention = Mention(sentence=sentence, first=first, last=last, label=label)
    if label == PERSON:
        mention.name_words = parse_name(tokens[first:last])
    else:
        mention.name = nominative_phrase(tokens[first:last], mention.text, mention.start)
    return mention


def is_initial(word: str) -> bool:
    return 1 <= len(word) <= 2 and word[:1].isupper() and word.isalpha()


def is_title_or_rank(word: str) -> bool:
    lowered = word.lower()
    return lowered in HEAD_TITLES or lowered in STAFF_TITLES or lowered in RANKS
