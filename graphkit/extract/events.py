"""Meetings and visits: who met whom, who went where, read from a sentence's syntax.

A meeting word ("переговоры", "встретился", "в ходе встречи") takes as
participants the subject of its clause, the people joined to it with "с"
("провел переговоры с министром …"), and the people in its genitive
("встреча Путина и Токаева"), with their coordinated partners. A visit
word ("прибыл", "посетит", "в рамках визита") takes the subject (or the
leader of a subject delegation: "делегация во главе с …") as visitor and
the country or place it goes to ("в Душанбе", "посетил Китай") as target;
a visit noun's own genitive is its visitor ("визита Путина в Китай"), and
when that is a post the article names nobody for ("накануне визита главы
японского МИДа в Москву"), the subject is not the visitor either.
People named only as speakers of a quote are never participants, and a
negated verb states nothing ("не встречался с", "так и не посетил").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from graphkit.extract.lexicon import (
    CALL_WORDS,
    CANCELLED_WORDS,
    LOCATIVE_PREPOSITIONS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MEETING_WORDS,
    PLANNED_WORDS,
    VISIT_KINDS,
    VISIT_WORDS,
)
from graphkit.extract.posts import is_title
from graphkit.nlp.document import Sentence, Token

SUBJECT_RELS = ("nsubj", "nsubj:pass")
COORDINATION = ("conj", "appos", "flat:name", "flat")
TARGET_PREPOSITIONS = LOCATIVE_PREPOSITIONS
COMPANION_PREPOSITIONS = frozenset({"с", "со"})
LEADER_PHRASES = (("во", "главе", "с"), ("под", "руководством"))
GROUP_WORDS = frozenset({"делегация", "группа", "команда", "экипаж", "кортеж", "миссия", "сторона", "правительство"})


@dataclass(frozen=True)
class Meeting:
    participants: tuple[object, ...]
    kind: str
    place: object | None
    status: str


@dataclass(frozen=True)
class Visit:
    visitor: object
    target: object
    status: str
    kind: str | None


EntityAt = Callable[[int], object | None]
"""Maps a token index of the sentence to the entity it names (or None)."""


def is_meeting_trigger(token: Token) -> bool:
    return MEETING_WORDS.matches(token)


def is_visit_trigger(token: Token) -> bool:
    return VISIT_WORDS.matches(token)


def may_hold_event(sentence: Sentence) -> bool:
    """Cheap test before parsing: does the sentence contain a meeting or visit word?"""
    return any(is_meeting_trigger(t) or is_visit_trigger(t) for t in sentence.tokens)


def find_meetings(sentence: Sentence, person_at: EntityAt, place_at: EntityAt) -> list[Meeting]:
    tokens = sentence.tokens
    meetings = []
    for index, token in enumerate(tokens):
        if not is_meeting_trigger(token) or token.lemma == "провести":
            continue
        if token.lemma in ("обсудить", "обсуждать") and not has_person_partner(sentence, index, person_at):
            continue
        if token.lemma in HOSTING_VERBS and not (has_person_partner(sentence, index, person_at) or guest_after(sentence, index, person_at)):
            continue
        calling = any(t.lemma in CALL_WORDS for t in tokens)
        if token.lemma == "связаться" and not calling:
            continue
        if is_dating(tokens, index) or is_negated(sentence, index) or is_negated(sentence, clause_head(sentence, index)):
            continue
        named = named_after_trigger(sentence, index, person_at) if token.pos == "NOUN" else []
        participants = named if len(named) >= 2 else participants_of(sentence, index, person_at)
        verb = index if token.pos == "VERB" else clause_head(sentence, index)
        if len(participants) < 2 and tokens[verb].pos == "VERB":
            participants = list(dict.fromkeys(participants + linear_participants(sentence, verb, person_at)))
        if len(participants) < 2:
            continue
        kind = "call" if calling else MEETING_NOUNS.get(token.lemma) or MEETING_VERBS.get(token.lemma) or "meeting"
        status = event_status(sentence, index, clause_head(sentence, index))
        meetings.append(Meeting(tuple(participants), kind, place_in(sentence, place_at), status))
    return meetings


def is_dating(tokens: list[Token], index: int) -> bool:
    """"стал встречаться с актером": to begin seeing someone is a relationship, not a meeting."""
    return tokens[index].lemma == "встречаться" and index > 0 and tokens[index - 1].lemma in ("стать", "начать")


def has_person_partner(sentence: Sentence, index: int, person_at: EntityAt) -> bool:
    """"X принял Y", "X обсудил с Y": the verb needs a person object or companion."""
    for child in sentence.children(index):
        if sentence.tokens[child].rel in ("obj", "obl") and persons_in_phrase(sentence, child, person_at):
            return True
    return False


def participants_of(sentence: Sentence, trigger: int, person_at: EntityAt) -> list[object]:
    """People taking part in the event expressed by the trigger token, in order of mention."""
    found: list[object] = []
    clause = clause_head(sentence, trigger)
    for head in dict.fromkeys((trigger, clause)):
        for child in sentence.children(head):
            rel = sentence.tokens[child].rel
            if rel in SUBJECT_RELS and sentence.tokens[child].lemma in RELATIVE_PRONOUNS:
                found.extend(persons_in_phrase(sentence, sentence.tokens[head].head, person_at) if sentence.tokens[head].head >= 0 else [])
            elif rel in SUBJECT_RELS or (rel in ("nmod", "obj", "iobj") and head == trigger and sentence.tokens[trigger].pos == "NOUN"):
                found.extend(persons_in_phrase(sentence, child, person_at))
            elif rel in ("obl", "nmod", "obj") and preposition_of(sentence, child) in COMPANION_PREPOSITIONS:
                found.extend(persons_in_phrase(sentence, child, person_at))
            elif rel == "obj" and sentence.tokens[head].lemma == "принять" and not preposition_of(sentence, child):
                found.extend(persons_in_phrase(sentence, child, person_at))
    return list(dict.fromkeys(found))


def named_after_trigger(sentence: Sentence, trigger: int, person_at: EntityAt) -> list[object]:
    """The people an event noun names right after it in the genitive: "встречи А.Вебера и канцлера ФРГ
    А.Меркель" names everyone who met, so the subject of its verb ("Зайберт, сославшись на итоги встречи …")
    is none of them. Read from the words: the parser often breaks such a list apart."""
    tokens = sentence.tokens
    found: list[object] = []
    index = trigger + 1
    while index < len(tokens):
        token = tokens[index]
        person = person_at(index)
        if person is not None and token.case in ("Gen", None):
            if token.case == "Gen":
                found.append(person)
        elif not (token.lower in ("и", ",", ".") or (token.case == "Gen" and token.pos in ("NOUN", "PROPN", "ADJ"))):
            break
        index += 1
    return list(dict.fromkeys(found))


HOSTING_VERBS = frozenset({"принять", "принимать"})
""""X принял Y": a meeting only with a person as the object."""


def guest_after(sentence: Sentence, verb: int, person_at: EntityAt, cases: tuple[str, ...] = ("Acc",)) -> list[object]:
    """The first person in the accusative after a hosting verb, in its clause ("принимает … коллегу Николя Саркози").

    An object that is a thing comes first in "приняв факел от …": then nobody is hosted
    (a noun followed by a name, "коллегу Николя Саркози", is the guest). `cases` are
    those the person may be tagged with (the tagger reads many animate accusatives as genitives).
    """
    for index in range(verb + 1, len(sentence.tokens)):
        token = sentence.tokens[index]
        if token.lower in CLAUSE_BREAKS or (token.pos == "VERB" and index != verb):
            return []
        if token.case in cases and (entity := person_at(index)) is not None:
            return [entity]
        if token.case == "Acc" and token.pos == "NOUN" and not any(person_at(i) for i in range(index + 1, min(index + 3, len(sentence.tokens)))):
            return []
    return []


RELATIVE_PRONOUNS = frozenset({"который", "кто"})
"""A subject that stands for the noun its clause modifies: "Миллер и Озерец, которые встречаются"."""

RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда"})
PARTITIVE_PREPOSITIONS = frozenset({"среди", "из"})

CLAUSE_BREAKS = frozenset({"что", "который", "которая", "которые", "когда", "где", "чтобы", "если", ";", ":", "«", "»"})


def linear_participants(sentence: Sentence, verb: int, person_at: EntityAt) -> list[object]:
    """Participants read from word order when the parse misses them.

    The subject is the nearest person in the nominative before the verb in
    its clause (coordinated verbs share it: "Обама посетит …, проведёт
    встречу"); partners are people in the instrumental after "с"/"со".
    """
    tokens = sentence.tokens
    found: list[object] = []
    for index in range(verb - 1, -1, -1):
        token = tokens[index]
        if token.lower in CLAUSE_BREAKS:
            break
        if token.case == "Nom" and (entity := person_at(index)) is not None:
            found.append(entity)
            break
    if tokens[verb].lemma in HOSTING_VERBS:
        found.extend(guest_after(sentence, verb, person_at)[:1])
    after = verb + 1
    while after < len(tokens) and tokens[after].lower not in CLAUSE_BREAKS and tokens[after].pos != "VERB":
        if tokens[after].lower in COMPANION_PREPOSITIONS:
            for index in range(after + 1, min(after + 8, len(tokens))):
                if tokens[index].case == "Ins" and (entity := person_at(index)) is not None:
                    found.append(entity)
                    break
        after += 1
    return found


def beyond_relative_clause(sentence: Sentence, head: int, subject: int) -> bool:
    """A subject the parser hangs from a verb across a relative clause that opens after it: "президент США
    посетит … тюрьму, в которой находился в заключении Мандела" (Mandela is the prisoner, not the visitor).
    A clause that lists the subject's members is no barrier ("прилетели писатели, среди которых — … Игорь Корниенко")."""
    tokens = sentence.tokens
    return any(
        (tokens[i].lemma in RELATIVE_PRONOUNS and tokens[i - 1].lower not in PARTITIVE_PREPOSITIONS) or tokens[i].lower in RELATIVE_ADVERBS
        for i in range(head + 1, subject)
    )


def clause_head(sentence: Sentence, index: int) -> int:
    """The verb a trigger noun hangs from ("провел переговоры", "в ходе переговоров стороны обсудили"); none
    across the "что" that opens the verb's clause after the noun ("во время своего визита … дипломат выразил
    надежду, что его поддержит президент": the parser hangs the visit from "поддержит")."""
    current = index
    for _ in range(3):
        token = sentence.tokens[current]
        if token.pos in ("VERB", "AUX") or token.head < 0:
            return index if opens_after(sentence, current, index) else current
        if token.rel not in ("obj", "obl", "nmod", "nsubj", "xcomp"):
            return current
        current = token.head
    return current


def opens_after(sentence: Sentence, verb: int, index: int) -> bool:
    """Whether the clause of `verb` is opened by a conjunction ("что") that stands between `index` and it."""
    return any(sentence.tokens[c].rel == "mark" and index < c < verb for c in sentence.children(verb))


NEGATION = "не"
NOT_NEGATING = frozenset({"раз", "только", "менее", "более", "однажды", "впервые", "позднее", "ранее"})
"""Words after "не" that negate nothing of the verb: "не раз встречался" (more than once), "не только посетил"."""


def is_negated(sentence: Sentence, index: int) -> bool:
    """Whether a verb, or the verb it completes, has a "не" of its own: "не встречался", "так и не провел",
    "не смог встретиться", "не поедет выступать"; not "не раз встречался"."""
    tokens = sentence.tokens
    current = index
    for _ in range(3):
        for child in sentence.children(current):
            if tokens[child].lower == NEGATION and not (child + 1 < len(tokens) and tokens[child + 1].lower in NOT_NEGATING):
                return True
        if tokens[current].rel != "xcomp" or tokens[current].head < 0:
            return False
        current = tokens[current].head
    return False


def preposition_of(sentence: Sentence, index: int) -> str:
    for child in sentence.children(index):
        if sentence.tokens[child].rel == "case":
            return sentence.tokens[child].lower
    return ""


def persons_in_phrase(sentence: Sentence, index: int, person_at: EntityAt) -> list[object]:
    """The people a phrase names: its head, coordinated heads, and a delegation's leader. An apposition agrees with
    its noun in case: one in another case is the parser's error ("с членами королевской семьи …, что он намерен
    передать власть сыну — наследному принцу шейху Тамиму", where "принцу" is hung from "членами")."""
    found: list[object] = []
    stack = [index]
    seen = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        entity = person_at(current)
        if entity is not None:
            found.append(entity)
            for child in sentence.children(current):
                if sentence.tokens[child].rel in ("conj",):
                    stack.append(child)
            continue
        for child in sentence.children(current):
            token = sentence.tokens[child]
            if (token.rel in COORDINATION or token.rel == "flat:name") and not (token.rel == "appos" and disagrees_in_case(token, sentence.tokens[current])):
                stack.append(child)
    return found


def disagrees_in_case(one: Token, other: Token) -> bool:
    return one.case is not None and other.case is not None and one.case != other.case


def led_by(sentence: Sentence, person_at: EntityAt) -> list[object]:
    """The leader named in "во главе с X" / "под руководством X".

    Read from the words, not the parse: the parser often breaks this fixed
    expression apart.
    """
    words = [t.lower for t in sentence.tokens]
    for phrase in LEADER_PHRASES:
        for start in range(len(words) - len(phrase)):
            if tuple(words[start : start + len(phrase)]) == phrase:
                after = start + len(phrase)
                for index in range(after, min(after + 8, len(words))):
                    if (entity := person_at(index)) is not None:
                        return [entity]
    return []


def find_visits(sentence: Sentence, person_at: EntityAt, place_at: EntityAt) -> list[Visit]:
    tokens = sentence.tokens
    visits = []
    for index, token in enumerate(tokens):
        if not is_visit_trigger(token):
            continue
        targets = targets_of(sentence, index, place_at)
        if not targets:
            continue
        clause = clause_head(sentence, index)
        if is_negated(sentence, index) or is_negated(sentence, clause):
            continue
        agents = [c for c in sentence.children(index) if tokens[c].rel == "nmod" and tokens[c].case == "Gen"] if token.pos == "NOUN" else []
        visitors = [p for c in agents for p in persons_in_phrase(sentence, c, person_at)]
        if not visitors and any(is_title(tokens[c]) for c in agents):
            continue
        subjects = [c for head in dict.fromkeys((index, clause)) for c in sentence.children(head) if tokens[c].rel in SUBJECT_RELS and not beyond_relative_clause(sentence, head, c)]
        if not visitors:
            visitors = [p for c in subjects for p in persons_in_phrase(sentence, c, person_at)]
        if not visitors and any(tokens[c].lemma in GROUP_WORDS for c in subjects):
            visitors = led_by(sentence, person_at)
        status = event_status(sentence, index, clause)
        kind = next((VISIT_KINDS[tokens[c].lemma] for c in sentence.children(index) if tokens[c].lemma in VISIT_KINDS), None)
        for visitor in dict.fromkeys(visitors):
            for target in targets:
                visits.append(Visit(visitor, target, status, kind))
    return visits


def targets_of(sentence: Sentence, trigger: int, place_at: EntityAt) -> list[object]:
    """Countries and places the visit goes to: "в Душанбе", "посетил Китай", "визит в Республику Таджикистан"."""
    found = []
    for child in sentence.children(trigger):
        token = sentence.tokens[child]
        is_object = token.rel == "obj" and sentence.tokens[trigger].lemma in ("посетить", "посещать", "посещение")
        if is_object or (token.rel in ("obl", "nmod") and preposition_of(sentence, child) in TARGET_PREPOSITIONS):
            entity = place_at(child)
            if entity is not None:
                found.append(entity)
    return list(dict.fromkeys(found))


def event_status(sentence: Sentence, trigger: int, clause: int) -> str:
    """"cancelled" ("отменил визит"), "planned" (future tense, "планирует", "предстоящий", "встреча, назначенная на
    воскресенье"), else "actual". A gerund beside the verb says what else was done ("назначив премьера, президент
    отправился"), not that the event is to come."""
    lemmas = {t.lemma for t in sentence.tokens}
    if lemmas & CANCELLED_WORDS:
        return "cancelled"
    for index in dict.fromkeys((trigger, clause)):
        token = sentence.tokens[index]
        if token.feats.get("Tense") == "Fut":
            return "planned"
        head = token.head
        if head >= 0 and sentence.tokens[head].lemma in PLANNED_WORDS:
            return "planned"
        if any(sentence.tokens[c].lemma in PLANNED_WORDS and sentence.tokens[c].feats.get("VerbForm") != "Conv" for c in sentence.children(index)):
            return "planned"
    return "actual"


def place_in(sentence: Sentence, place_at: EntityAt) -> object | None:
    """Where a meeting took place: a place named with "в" in the sentence."""
    for index, token in enumerate(sentence.tokens):
        if token.lower in ("в", "во") and index + 1 < len(sentence.tokens):
            entity = place_at(index + 1)
            if entity is not None:
                return entity
    return None


def meeting_pairs(meeting: Meeting) -> list[tuple[object, object]]:
    return list(combinations(meeting.participants, 2))
