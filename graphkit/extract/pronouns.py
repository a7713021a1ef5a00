"""Third-person pronouns ("он", "она") resolved to the person they most likely stand for.

Only where it matters: in sentences that may hold a meeting, a visit or a
post, a pronoun ("Ранее он также пытался вести переговоры с …", "Он также
является старшим исследователем в …") is taken to be the nearest person
mentioned before it, in this or the three previous sentences, whose gender agrees; a person named only as part
of an organisation's name ("в администрации Джорджа Буша-младшего") is
taken only when there is no other. Possessives ("его коллега") are not the
person and are left alone. A sentence that drops its subject is read the
same way (`nearest_person` with `as_subject`), from the people named as
subjects before it.
"""

from __future__ import annotations

from graphkit.extract.entities import EntityDraft
from graphkit.extract.mention import Mention
from graphkit.nlp.document import Sentence
from graphkit.types import ORGANIZATION, PERSON

PRONOUN_GENDER = {"он": "Masc", "она": "Fem"}
LOOK_BACK = 3
PRONOUN = "pronoun"


def person_gender(person: EntityDraft) -> str | None:
    genders = [w.gender for m in person.mentions for w in m.name_words if w.gender]
    return max(sorted(set(genders)), key=genders.count) if genders else None


def resolve_pronouns(sentence: Sentence, recent: list[tuple[Mention, EntityDraft]]) -> list[tuple[Mention, EntityDraft]]:
    """Pronoun mentions in `sentence` with the person each stands for.

    `recent` holds the mentions of this and the previous LOOK_BACK sentences with their entities.
    """
    resolved = []
    for index, token in enumerate(sentence.tokens):
        gender = PRONOUN_GENDER.get(token.lower)
        if gender is None:
            continue
        person = nearest_person(recent, token.start, gender)
        if person is not None:
            resolved.append((Mention(sentence=sentence, first=index, last=index + 1, label=PERSON, form=PRONOUN), person))
    return resolved


def nearest_person(recent: list[tuple[Mention, EntityDraft]], before: int, gender: str | None, as_subject: bool = False) -> EntityDraft | None:
    """The person a pronoun at offset `before` most likely stands for: the nearest one named before it whose gender
    agrees (`gender` None: any), preferring one not named inside an organisation's name.

    A verb with no subject (`as_subject`) continues the subject of the
    article's story, so only a person named in the nominative, outside
    brackets, and more than once in the article is taken: in "вслед за
    Ю.Чайкой … перешел в Минюст" the one who moved is not Чайка, and in
    "(Центр возглавлял Михаил Ходорковский)" Ходорковский is an aside.
    """
    earlier = [
        (not names_an_organisation(m, recent), m.start, person)
        for m, person in recent
        if person.label == PERSON
        and m.form != PRONOUN
        and m.start < before
        and (gender is None or person_gender(person) in (gender, None))
        and (not as_subject or may_be_subject(m, person))
    ]
    return max(earlier, key=lambda triple: triple[:2])[2] if earlier else None


def may_be_subject(mention: Mention, person: EntityDraft) -> bool:
    """Whether a mention may name the subject that a later verb with no subject continues (see `nearest_person`)."""
    tokens = mention.sentence.tokens
    nominative = any(t.case == "Nom" for t in tokens[mention.first : mention.last] if len(t.text) > 2)
    before = [t.text for t in tokens[: mention.first]]
    bracketed = before.count("(") > before.count(")")
    return nominative and not bracketed and sum(m.form != PRONOUN for m in person.mentions) > 1


def names_an_organisation(mention: Mention, recent: list[tuple[Mention, EntityDraft]]) -> bool:
    """Whether the person's name is part of an organisation's name: "администрации [Джорджа Буша-младшего]"."""
    return any(
        other.label == ORGANIZATION and other.sentence is mention.sentence and other.first <= mention.first and mention.last <= other.last
        for other, _ in recent
    )
