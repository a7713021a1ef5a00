"""Descriptions resolved to people inside one article.

"глава российского военного ведомства", "министр обороны РФ" without a
name, "его таджикистанский коллега" refer to someone the article names
elsewhere. A description is resolved when the people whose posts fit it
(same institution, kind of body, country, post) come down to one, or,
among several, to the one mentioned last before it; otherwise it is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.extract.entities import EntityDraft
from graphkit.extract.gazetteer import GazetteerEntry
from graphkit.extract.lexicon import COLLEAGUE
from graphkit.extract.mention import ADJECTIVE, DESCRIPTION, NAME, Mention
from graphkit.extract.organisation_names import BODY_WORDS
from graphkit.extract.posts import TitlePhrase
from graphkit.nlp.document import Sentence
from graphkit.types import COUNTRY, PERSON

GENERIC_HEADS = frozenset({"глава", "руководитель", "шеф", "начальник"})
"""Posts that describe leading anything: "глава ведомства" fits a minister."""


@dataclass
class Description:
    """What a description says about the person it refers to."""

    sentence: Sentence
    first: int
    last: int
    head_lemma: str = ""
    relation: str = ""
    institution_id: str | None = None
    body_kind: str | None = None
    country_id: str | None = None
    unknown_body: bool = False
    """It names a body that is neither an entity nor a known kind ("главой комитета по международным
    отношениям"): no post known from elsewhere can be that one."""

    def as_mention(self) -> Mention:
        return Mention(sentence=self.sentence, first=self.first, last=self.last, label=PERSON, form=DESCRIPTION)


@dataclass
class KnownPost:
    """A post a named person holds in this article, as far as descriptions need it."""

    person: EntityDraft
    head_lemma: str
    relation: str
    institution_id: str | None
    body_kind: str | None
    country_id: str | None


def from_title_phrase(phrase: TitlePhrase, institution_id: str | None, mentions: list[Mention]) -> Description:
    """The description a post with no name makes; its span stops before a name inside it ("президента [Украины]")."""
    names_inside = [m.first for m in mentions if m.sentence is phrase.sentence and m.form == NAME and phrase.first < m.first < phrase.last]
    return Description(
        sentence=phrase.sentence,
        first=phrase.first,
        last=min(names_inside, default=phrase.last),
        head_lemma=phrase.head_lemma,
        relation=phrase.relation,
        institution_id=institution_id,
        body_kind=phrase.body_kind,
        country_id=phrase.country.id if phrase.country else None,
        unknown_body=institution_id is None and phrase.body_kind is None and any(BODY_WORDS.matches(t) for t in phrase.sentence.tokens[phrase.first : phrase.last]),
    )


def colleague_descriptions(sentence: Sentence, mentions: list[Mention]) -> list[Description]:
    """"таджикистанским коллегой": a colleague from a named country."""
    found = []
    for mention in mentions:
        if mention.label != COUNTRY or mention.form != ADJECTIVE or mention.last >= len(sentence.tokens):
            continue
        if COLLEAGUE.matches(sentence.tokens[mention.last]):
            entry: GazetteerEntry | None = mention.entry
            found.append(Description(sentence, mention.first, mention.last + 1, country_id=entry.id if entry else None))
    return found


def fits(description: Description, post: KnownPost) -> bool:
    if description.unknown_body:
        return False
    if description.institution_id and description.institution_id != post.institution_id:
        return False
    if description.body_kind and description.body_kind != post.body_kind:
        return False
    if description.country_id and description.country_id != post.country_id:
        return False
    if description.relation and description.relation != post.relation:
        return False
    if not description.head_lemma:
        return True
    return description.head_lemma == post.head_lemma or (description.head_lemma in GENERIC_HEADS and post.relation == description.relation)


def resolve(description: Description, posts: list[KnownPost]) -> EntityDraft | None:
    """The one person the description can mean, or None.

    Among several fitting people, the one mentioned last before the
    description in the same grammatical case (a subject continues a subject)
    wins, then simply the one mentioned last.
    """
    candidates = list(dict.fromkeys(p.person for p in posts if fits(description, p)))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        return None
    head = description.sentence.tokens[description.first]
    ranked = []
    for candidate in candidates:
        earlier = [m for m in candidate.mentions if m.start < head.start]
        if earlier:
            last = max(earlier, key=lambda m: m.start)
            same_role = last.sentence.tokens[last.first].case == head.case
            ranked.append(((same_role, last.start), candidate))
    if ranked:
        return max(ranked, key=lambda pair: pair[0])[1]
    return None
