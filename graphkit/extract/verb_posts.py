"""Posts stated by a verb: "Андрей Варичев возглавляет «Металлоинвест»", "он работал в Сбербанке",
"Путин согласился занять пост премьер-министра РФ", "назначен послом России в США".

The subject of the verb is the person (by syntax, or the nearest person in
the nominative before it). The organisation is the verb's object
("возглавляет X", "руководит X") or place of work ("работает в X",
"входил в состав X"); or the verb takes a post named by a title phrase
("занять пост премьер-министра РФ", "стал председателем партии").
"""

from __future__ import annotations

from dataclasses import dataclass

from graphkit.extract.events import EntityAt, linear_participants, persons_in_phrase, preposition_of
from graphkit.extract.posts import TitlePhrase
from graphkit.extract.lexicon import Words
from graphkit.nlp.document import Sentence
from graphkit.types import HEADS, WORKS_FOR

LEAD_VERBS = Words({"возглавлять", "возглавить", "руководить", "управлять", "возглавляться"})
WORK_VERBS = Words({"работать", "служить", "трудиться", "входить", "состоять", "числиться", "поступить", "перейти"})
TAKING_VERBS = Words({"занять", "занимать", "стать", "становиться", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "работать", "служить", "оставаться", "остаться", "являться", "покинуть"})
"""Verbs whose subject holds (or takes) the post a title phrase in their clause names."""
POST_VERBS = Words(LEAD_VERBS | WORK_VERBS | TAKING_VERBS)
PLACE_OF_WORK = frozenset({"в", "во", "на"})
TITLES = {HEADS: "руководитель", WORKS_FOR: "сотрудник"}


@dataclass(frozen=True)
class VerbPost:
    person: object
    organisation: object
    relation: str
    title: str


def may_state_post(sentence: Sentence) -> bool:
    return any(POST_VERBS.matches(t) for t in sentence.tokens)


def find_verb_posts(sentence: Sentence, person_at: EntityAt, organisation_at: EntityAt) -> list[VerbPost]:
    found = []
    for index, token in enumerate(sentence.tokens):
        if not POST_VERBS.matches(token):
            continue
        relation = HEADS if LEAD_VERBS.matches(token) else WORKS_FOR
        organisations = [org for child in sentence.children(index) for org in organisations_of(sentence, index, child, relation, organisation_at)]
        if not organisations:
            continue
        people = [p for c in sentence.children(index) if sentence.tokens[c].rel in ("nsubj", "nsubj:pass") for p in persons_in_phrase(sentence, c, person_at)]
        if not people:
            people = linear_participants(sentence, index, person_at)[:1]
        for person in dict.fromkeys(people):
            for organisation in dict.fromkeys(organisations):
                found.append(VerbPost(person, organisation, relation, TITLES[relation]))
    return found


def organisations_of(sentence: Sentence, verb: int, child: int, relation: str, organisation_at: EntityAt) -> list[object]:
    token = sentence.tokens[child]
    if relation == HEADS and token.rel in ("obj", "obl") and preposition_of(sentence, child) == "":
        return within(sentence, child, organisation_at)
    if relation == WORKS_FOR and token.rel in ("obl", "nmod", "obj") and preposition_of(sentence, child) in PLACE_OF_WORK:
        return within(sentence, child, organisation_at)
    return []


def within(sentence: Sentence, index: int, organisation_at: EntityAt) -> list[object]:
    """The organisation a phrase names, itself or through "в состав X" / "в руководство X"."""
    entity = organisation_at(index)
    if entity is not None:
        return [entity]
    return [e for c in sentence.children(index) if sentence.tokens[c].rel == "nmod" and (e := organisation_at(c)) is not None]


def taken_posts(sentence: Sentence, phrases: list[TitlePhrase], person_at: EntityAt) -> list[tuple[object, TitlePhrase]]:
    """Title phrases that a post-taking verb gives to its subject: "X занял пост премьер-министра РФ"."""
    found = []
    for phrase in phrases:
        verb = governing_verb(sentence, phrase.first)
        if verb is None or not TAKING_VERBS.matches(sentence.tokens[verb]):
            continue
        people = subjects(sentence, verb, person_at) or linear_participants(sentence, verb, person_at)[:1]
        found.extend((person, phrase) for person in people[:1])
    return found


def governing_verb(sentence: Sentence, index: int) -> int | None:
    """The verb a title hangs from, through at most two nouns ("занять [пост] премьер-министра")."""
    current = index
    for _ in range(3):
        head = sentence.tokens[current].head
        if head < 0:
            return None
        if sentence.tokens[head].pos in ("VERB", "AUX"):
            return head
        current = head
    return None


def subjects(sentence: Sentence, verb: int, person_at: EntityAt) -> list[object]:
    """The verb's subject, or that of the verb it completes ("согласился занять")."""
    for current in (verb, sentence.tokens[verb].head):
        if current < 0:
            break
        found = [p for c in sentence.children(current) if sentence.tokens[c].rel in ("nsubj", "nsubj:pass") for p in persons_in_phrase(sentence, c, person_at)]
        if found:
            return found
    return []
