"""Posts: a title phrase next to a person's name, read as a title, an institution and HEADS or WORKS_FOR.

"министр обороны Российской Федерации Андрей Белоусов": the phrase before
the name holds a post word ("министр"), its complement ("обороны") and the
country ("Российской Федерации"); together they name the institution
(Министерство обороны Российской Федерации), and "министр" leads it, so
HEADS. "заместитель министра обороны …" starts with a post that does not
lead: WORKS_FOR. "президент Таджикистана" leads the country itself.
A title phrase with no name next to it is a description ("глава
ведомства"), resolved to a person in `descriptions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.extract.gazetteer import Gazetteer, GazetteerEntry
from graphkit.extract.inflection import nominative_phrase
from graphkit.extract.lexicon import (
    FORMER,
    HEAD_OF_PLACE,
    HEAD_OF_STATE,
    HEAD_TITLES,
    INSTITUTION_WORDS,
    NATIONAL_LEADERS,
    NOT_ALONE,
    RANKS,
    RELATIVES,
    STAFF_TITLES,
    TITLE_MODIFIERS,
)
from graphkit.extract.mentions import ADJECTIVE, Mention
from graphkit.nlp.document import Sentence, Token
from graphkit.types import COUNTRY, HEADS, ORGANIZATION, PERSON, PLACE, WORKS_FOR

COMPLEMENT_POS = ("NOUN", "ADJ", "PROPN", "NUM", "DET")
LINKING_WORDS = frozenset({"и", "по", "в", "на", "при", "от", "-", "«", "»", '"'})
TITLE_BREAKS = frozenset({"в", "во", "на", "при", "от", "«", "»", '"', "(", ")", ",", "—", "–"})
"""Where a title ends inside a post phrase: "посол [Италии] в Грузии" -> "посол"."""


@dataclass
class TitlePhrase:
    """A run of tokens naming a post, with what it says about the institution."""

    sentence: Sentence
    first: int
    last: int
    relation: str
    title: str
    head_lemma: str
    head: int
    """Token index of the post word that heads the phrase."""
    institution: GazetteerEntry | None = None
    institution_mention: Mention | None = None
    country: GazetteerEntry | None = None
    body_kind: str | None = None

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last - 1].end


@dataclass
class Post:
    """What the words around one person's name say: a post (maybe none) and ranks."""

    person: Mention
    phrase: TitlePhrase | None
    ranks: list[str] = field(default_factory=list)


def is_title(token: Token) -> bool:
    return HEAD_TITLES.matches(token) or STAFF_TITLES.matches(token)


def is_post_word(token: Token) -> bool:
    """A title, or a rank, which is a post when an institution follows ("генерал-майор МВД")."""
    return is_title(token) or RANKS.matches(token)


def is_rank(tokens: list[Token], index: int) -> int:
    """Length of a rank starting at `index` ("генерал-полковником", "генерал армии"), 0 when none."""
    if not tokens[index].lower.startswith(RANKS.stems):
        return 0
    two = f"{tokens[index].lemma} {tokens[index + 1].lemma}" if index + 1 < len(tokens) else ""
    if two in RANKS:
        return 2
    return 1 if tokens[index].lemma in RANKS else 0


def find_posts(sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer, home: str) -> tuple[list[Post], list[TitlePhrase]]:
    """Posts of the people named in the sentence, and title phrases with no name (descriptions).

    `home` is the article's country: the owner of a ministry named without one ("министр финансов").
    """
    by_token = {i: m for m in mentions for i in range(m.first, m.last)}
    people = [m for m in mentions if m.label == PERSON]
    posts: list[Post] = []
    used: set[int] = set()
    for person in people:
        ranks, end = ranks_before(sentence.tokens, person.first)
        phrase = phrase_before(sentence, end, by_token, gazetteer, home) or phrase_after(sentence, person, by_token, gazetteer, home)
        if phrase is not None or ranks:
            posts.append(Post(person=person, phrase=phrase, ranks=ranks))
        if phrase is not None:
            used.update(range(phrase.first, phrase.last))
    descriptions = []
    index = 0
    while index < len(sentence.tokens):
        token = sentence.tokens[index]
        if index not in used and index not in by_token and is_title(token) and token.feats.get("Number") != "Plur":
            last = extend_phrase(sentence, index, by_token)
            phrase = read_phrase(sentence, index, last, by_token, gazetteer, home)
            if phrase is not None:
                descriptions.append(phrase)
                index = last
                continue
        index += 1
    return posts, descriptions


def ranks_before(tokens: list[Token], end: int) -> tuple[list[str], int]:
    """Ranks right before a name ("генерал-полковником Эмомали …"), as lemmas, and where they start."""
    ranks = []
    while end > 0 and (length := rank_ending_at(tokens, end)):
        ranks.insert(0, " ".join(t.lemma for t in tokens[end - length : end]))
        end -= length
    return ranks, end


def phrase_before(sentence: Sentence, end: int, by_token: dict[int, Mention], gazetteer: Gazetteer, home: str) -> TitlePhrase | None:
    """The title phrase ending at token `end` (right before a name, or before its rank)."""
    tokens = sentence.tokens
    start = end
    while start > 0 and can_precede_name(tokens, start - 1, by_token):
        start -= 1
    first_title = next((i for i in range(start, end) if is_post_word(tokens[i])), None)
    if first_title is None:
        return None
    while first_title > start and (TITLE_MODIFIERS.matches(tokens[first_title - 1]) or is_country_adjective(by_token.get(first_title - 1))):
        first_title -= 1
    if is_relative_of(tokens, first_title, end):
        return None
    return read_phrase(sentence, first_title, end, by_token, gazetteer, home)


def is_relative_of(tokens: list[Token], first: int, end: int) -> bool:
    """"дочь действующего президента Иванку Трамп": a relative of the post's holder is named, not the holder.

    A relative noun governs the post, and the name does not share the post's case
    ("супруг британской королевы Елизаветы II" names the queen).
    """
    before = first - 1
    while before >= 0 and tokens[before].pos in ("ADJ", "VERB") and tokens[before].case == tokens[first].case:
        before -= 1
    return before >= 0 and RELATIVES.matches(tokens[before]) and end < len(tokens) and tokens[end].case != tokens[first].case


def is_country_adjective(mention: Mention | None) -> bool:
    """"португальский парламентарий", "российский министр": the country of a post, before it."""
    return mention is not None and mention.label == COUNTRY and mention.form == ADJECTIVE


def rank_ending_at(tokens: list[Token], end: int) -> int:
    for length in (2, 1):
        if end - length >= 0 and is_rank(tokens, end - length) == length:
            return length
    return 0


def can_precede_name(tokens: list[Token], index: int, by_token: dict[int, Mention]) -> bool:
    token = tokens[index]
    mention = by_token.get(index)
    if mention is not None:
        return mention.label != PERSON
    if is_post_word(token) or TITLE_MODIFIERS.matches(token):
        return True
    if token.text in LINKING_WORDS:
        return True
    return token.pos in COMPLEMENT_POS and token.case in ("Gen", "Dat", "Loc")


def phrase_after(sentence: Sentence, person: Mention, by_token: dict[int, Mention], gazetteer: Gazetteer, home: str) -> TitlePhrase | None:
    """An apposition after a name: "Сергей Лавров, глава МИД России, …"."""
    tokens = sentence.tokens
    start = person.last
    if start + 1 >= len(tokens) or tokens[start].text not in (",", "(", "—", "–", "-"):
        return None
    start += 1
    first = start
    while first < len(tokens) and TITLE_MODIFIERS.matches(tokens[first]):
        first += 1
    if first >= len(tokens) or not is_title(tokens[first]):
        return None
    return read_phrase(sentence, start, extend_phrase(sentence, first, by_token), by_token, gazetteer, home)


def extend_phrase(sentence: Sentence, first: int, by_token: dict[int, Mention]) -> int:
    """The end of a title phrase that starts at `first`: complements in the genitive, and names of places."""
    tokens = sentence.tokens
    last = first + 1
    while last < len(tokens):
        mention = by_token.get(last)
        if mention is not None:
            if mention.label == PERSON:
                break
            last = mention.last
            continue
        token = tokens[last]
        if is_title(token) or TITLE_MODIFIERS.matches(token) or (token.pos in COMPLEMENT_POS and token.case in ("Gen",)):
            last += 1
        elif token.text in ("«", "»", '"'):
            last += 1
        elif token.lower in ("в", "во", "на") and last + 1 < len(tokens) and tokens[last + 1].case == "Loc":
            last += 2
        elif token.text in ("по",) and last + 1 < len(tokens) and tokens[last + 1].case == "Dat":
            last += 2
        elif token.pos == "ADJ" and token.case == "Dat" and last > first and tokens[last - 1].case == "Dat":
            last += 1
        else:
            break
    return last


def read_phrase(sentence: Sentence, first: int, last: int, by_token: dict[int, Mention], gazetteer: Gazetteer, home: str) -> TitlePhrase | None:
    """Interpret tokens [first, last) as a post: title, relation, institution, country."""
    tokens = sentence.tokens
    while last > first and tokens[last - 1].text in LINKING_WORDS:
        last -= 1
    core = [i for i in range(first, last) if i not in by_token and is_title(tokens[i]) and not TITLE_MODIFIERS.matches(tokens[i])]
    ranks = [i for i in range(first, last) if i not in by_token and RANKS.matches(tokens[i])]
    if not core and not ranks:
        return None
    head = tokens[(core or ranks)[0]]
    head_lemma = head.lemma[len(FORMER) :] if head.lower.startswith(FORMER) else head.lemma
    relation = HEADS if head_lemma in HEAD_TITLES else WORKS_FOR
    inside = [m for m in dict.fromkeys(by_token[i] for i in range(first, last) if i in by_token)]
    words = [t.lemma for t in tokens[first:last]]
    body_kind = gazetteer.body_kind_for_title(words)
    country = next((m.entry for m in inside if m.label == COUNTRY and m.entry is not None), None)
    organisation = next((m for m in inside if m.label == ORGANIZATION and m.form != ADJECTIVE), None)
    place = next((m for m in inside if m.label == PLACE and m.form != ADJECTIVE), None)
    title_first = (core or ranks)[0]
    while title_first > first and TITLE_MODIFIERS.matches(tokens[title_first - 1]) and title_first - 1 not in by_token:
        title_first -= 1
    while title_first < (core or ranks)[0] and tokens[title_first].text in LINKING_WORDS:
        title_first += 1
    title_last = title_first
    while title_last < last and title_last not in by_token and tokens[title_last].text not in TITLE_BREAKS:
        title_last += 1
    title_last = title_end(tokens, (core or ranks)[0], title_last)
    while title_last > title_first + 1 and tokens[title_last - 1].text in LINKING_WORDS:
        title_last -= 1
    title_text = sentence.text[tokens[title_first].start - sentence.start : tokens[title_last - 1].end - sentence.start]
    title = nominative_phrase(tokens[title_first:title_last], title_text, tokens[title_first].start).lower()
    phrase = TitlePhrase(sentence, first, last, relation, title, head_lemma, (core or ranks)[0], country=country, body_kind=body_kind)
    bare = all(i in core or TITLE_MODIFIERS.matches(tokens[i]) for i in range(first, last))
    attach_institution(phrase, organisation, place, gazetteer, home, bare)
    vague = (not core or (head_lemma in NOT_ALONE and len(core) == 1)) and not INSTITUTION_WORDS.intersection(words)
    if phrase.institution is None and phrase.institution_mention is None and vague:
        return None
    return phrase


def attach_institution(
    phrase: TitlePhrase, organisation: Mention | None, place: Mention | None, gazetteer: Gazetteer, home: str, bare: bool
) -> None:
    """The institution a post belongs to, from what its phrase names.

    A post of a named country that is not its head and has no known body
    ("министр по государственным сборам Новой Зеландии") works for the
    country. A national leader's bare title ("Премьер-министр Михаил
    Фрадков") means the article's country, `home`.
    """
    country = phrase.country
    kind = gazetteer.body_kinds[phrase.body_kind] if phrase.body_kind else None
    if organisation is not None:
        phrase.institution_mention = organisation
    elif kind is not None and kind.of == "country" and (country is not None or kind.is_ministry):
        phrase.institution = gazetteer.body(phrase.body_kind, country_code(country) if country is not None else home)
    elif country is not None and phrase.head_lemma in HEAD_OF_STATE and phrase.relation == HEADS:
        phrase.institution = country
    elif place is not None and (phrase.head_lemma in HEAD_OF_PLACE or phrase.relation == WORKS_FOR):
        phrase.institution_mention = place
    elif country is not None:
        phrase.institution = country
        phrase.relation = WORKS_FOR
    elif bare and phrase.head_lemma in NATIONAL_LEADERS:
        phrase.institution = gazetteer.country(home)


def title_end(tokens: list[Token], head: int, last: int) -> int:
    """Where the post's own words end: before the institution they belong to.

    "координатор движения" -> "координатор", "редактор ежемесячной газеты"
    -> "редактор", "лидер московского [«Центра»]" -> "лидер"; complements
    that belong to the post stay ("заместитель министра иностранных дел").
    """
    end = next((i for i in range(head + 1, last) if INSTITUTION_WORDS.matches(tokens[i])), last)
    while end > head + 1 and tokens[end - 1].pos == "ADJ" and not is_title(tokens[end - 1]):
        end -= 1
    return end


def country_code(country: GazetteerEntry) -> str:
    return country.id.split(":", 1)[1]
