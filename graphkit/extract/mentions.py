"""Finding the mentions of people, organisations, countries and places in analysed text.

Two sources are merged: natasha's NER spans (PER, ORG, LOC) and the
gazetteer, which knows countries, cities, international bodies and
ministries in every case form, and country adjectives ("таджикистанский")
that NER does not tag. Where both see the same words, the gazetteer's
canonical entry wins; NER alone gives names the gazetteer does not know.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from graphkit.extract.gazetteer import BODY, DEFAULT_COUNTRY, Gazetteer, GazetteerEntry, GazetteerMatch
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
    owner_named: bool = True
    """False for a state body named without its country ("Минздрава"): the gazetteer's default country was assumed."""

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last - 1].end

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]


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
    found, inside, nested = [], {}, []
    for mention in gazetteer_mentions(sentence, words, gazetteer):
        if people.intersection(range(mention.first, mention.last)):
            continue
        outer = next(((a, b) for a, b in organisations if mention.label in (COUNTRY, PLACE) and a <= mention.first and mention.last <= b and b - a > mention.last - mention.first), None)
        if outer is not None:
            inside.setdefault(outer, []).extend(mention.countries)
            nested.append(mention)
            continue
        found.append(mention)
    taken = {i for m in found for i in range(m.first, m.last) if not is_nested(m, found)}
    for label, first, last in ranges:
        if first >= last or any(i in taken for i in range(first, last)):
            continue
        mention = ner_mention(sentence, first, last, label)
        if mention is not None:
            mention.countries = tuple(inside.get((first, last), ()))
            found.append(mention)
            taken.update(range(mention.first, mention.last))
    return sorted(merge_owners(sorted(found, key=lambda m: (m.first, -m.last))) + nested, key=lambda m: (m.first, -m.last))


def is_nested(mention: Mention, mentions: list[Mention]) -> bool:
    """Inside another mention: the owner in "Минобороны России", the country in "Голос Америки"."""
    return any(o is not mention and o.first <= mention.first and mention.last <= o.last and (o.first, o.last) != (mention.first, mention.last) for o in mentions)


def merge_owners(mentions: list[Mention]) -> list[Mention]:
    """An organisation NER cut off before its country: "Верховное народное собрание" + "КНДР" is one name.

    The country stays known to the organisation (for LOCATED_IN).
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = next((m for m in reversed(merged) if m.last <= mention.first or m.first == mention.first), None)
        token = mention.sentence.tokens[mention.first]
        owner = mention.label in (COUNTRY, PLACE) and mention.form == NAME and (token.case == "Gen" or token.text.isupper())
        if previous is not None and owner and previous.label == ORGANIZATION and previous.entry is None and previous.last == mention.first:
            previous.last = mention.last
            previous.countries = (*previous.countries, *mention.countries)
            previous.name = f"{previous.name} {mention.text}"
        merged.append(mention)
    return merged


def gazetteer_mentions(sentence: Sentence, words: list[str], gazetteer: Gazetteer):
    """Gazetteer matches in text order; a body's owner is a mention of its own inside it ("Минобороны [России]")."""
    for index, match in gazetteer.scan(words):
        yield match_mention(sentence, index, match)
        for offset, inner in match.inner:
            yield match_mention(sentence, index + offset, inner)


def match_mention(sentence: Sentence, index: int, match: GazetteerMatch) -> Mention:
    return Mention(
        sentence=sentence,
        first=index,
        last=index + match.length,
        label=match.entry.label,
        form=ADJECTIVE if match.kind == "adjective" else NAME,
        entry=match.entry,
        countries=match.entries or (match.entry,),
        owner_named=not (match.kind == BODY and not match.inner),
    )


def ner_mention(sentence: Sentence, first: int, last: int, label: str) -> Mention | None:
    """A mention from one NER span, trimmed of what NER sometimes includes around a name.

    A second name in brackets is cut off ("ДЖЕЙ-ЗИ (JAY-Z)", "Союз
    координационных советов (СКС)"). For people: posts, ranks and
    honorifics before the name go ("Кронпринц Нарухито"), initials before
    it are added ("Дж.Коми"), and initials alone are no name.
    """
    tokens = sentence.tokens
    while first < last and (not tokens[first].is_capitalised or is_title_or_rank(tokens[first].text)):
        first += 1
    bracket = next((i for i in range(first + 1, last) if tokens[i].text in ("(", "[")), None)
    if bracket is not None:
        last = bracket
    if label == PERSON:
        while last - first > 1 and (is_title_or_rank(tokens[first].text) or HONORIFICS.matches(tokens[first])):
            first += 1
        while last > first and not tokens[last - 1].text[:1].isalpha():
            last -= 1
        if all(is_initial(t.text) or t.text == "." for t in tokens[first:last]):
            return None
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


def home_country(mentions: list[Mention]) -> str:
    """The country an article is about: the default country unless another is mentioned more often."""
    counts = Counter(m.entry.id.split(":", 1)[1] for m in mentions if m.label == COUNTRY and m.entry is not None)
    if not counts:
        return DEFAULT_COUNTRY
    code, count = counts.most_common(1)[0]
    return code if count > counts.get(DEFAULT_COUNTRY, 0) else DEFAULT_COUNTRY


def rehome_bodies(mentions: list[Mention], gazetteer: Gazetteer, home: str) -> None:
    """State bodies named without a country belong to the article's home country ("Глава Минздрава Мэтт Хэнкок" in a story about Britain)."""
    if home == DEFAULT_COUNTRY:
        return
    for mention in mentions:
        if not mention.owner_named and mention.entry is not None:
            mention.entry = gazetteer.same_body_of(mention.entry, home)
