"""State bodies named without a name of their own, and whose they are.

A ministry, government, parliament, police force or the armed forces are
often named by a description ("внешнеполитического ведомства России",
"военное ведомство") or by their common noun alone ("Полиция подтвердила",
"спикером парламента", "представитель вооружённых сил").
These steps add such mentions, give a state body named with its country the
country's name as part of it ("Госдепартамента США"), and decide the owner
of a body named without one: the body the article last named under the
same noun, else the country the article is about.
"""

from __future__ import annotations

from collections import Counter

from graphkit.extract.gazetteer import DEFAULT_COUNTRY, FORMER_STATES, Gazetteer, GazetteerEntry
from graphkit.extract.mention import ADJECTIVE, DESCRIPTION, NAME, Mention
from graphkit.extract.names import fold
from graphkit.extract.organisation_names import REMIT_PREPOSITIONS, opens_remit
from graphkit.nlp.document import Sentence, Token
from graphkit.nlp.lemmas import parses
from graphkit.types import COUNTRY, ORGANIZATION, PLACE

DESCRIBED_BODY_NOUNS = {"ведомство": "ведомств", "армия": "арми", "войско": "войск"}
"""Nouns (lemma: stem) that, with the adjective before them, describe a state body ("военное ведомство", "российской армии")."""
OWNED_DESCRIPTIONS = frozenset({"армия", "войско"})
"""Described bodies that are a country's only with its name ("армии США", "израильская армия"): "Красная армия",
"Армия обороны Израиля" are names of their own; and not after another body's name, whose complement they are
("генштаба армии Китая" is the general staff)."""
OTHERS_POSSESSIVES = frozenset({"свой", "своя", "свое", "свои", "своего", "своей", "своему", "своим", "своем", "свою", "его", "ее", "их"})
"""Possessives that give a body to someone the sentence names, not to the article's country."""


def described_bodies(sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """State bodies named by a description: "внешнеполитического ведомства России", "японского дипломатического
    ведомства", "военное ведомство" (of the article's country) are that country's ministry, as a description."""
    lowered = sentence.text.lower()
    if not any(stem in lowered for stem in DESCRIBED_BODY_NOUNS.values()):
        return []
    tokens = sentence.tokens
    nouns = [i for i, t in enumerate(tokens) if t.lemma in DESCRIBED_BODY_NOUNS and t.lower.startswith(DESCRIBED_BODY_NOUNS[t.lemma])]
    by_token = {i: m for m in mentions for i in range(m.first, m.last)}
    found = []
    for index in nouns:
        if index in by_token:
            continue
        first = index
        while first > 0 and tokens[first - 1].pos == "ADJ" and (first - 1 not in by_token or by_token[first - 1].form == ADJECTIVE):
            first -= 1
        kind = gazetteer.body_kind_by_description([t.lemma for t in tokens[first : index + 1]])
        if kind is None or gazetteer.body_kinds[kind].of != "country":
            continue
        owners = [by_token[i] for i in range(first, index) if i in by_token and by_token[i].label == COUNTRY]
        after = by_token.get(index + 1)
        if not owners and after is not None and after.label == COUNTRY and after.form == NAME and tokens[index + 1].case == "Gen":
            owners = [after]
        owner = owners[0].entry if owners and owners[0].entry is not None else None
        after_body = first > 0 and gazetteer.body_kind_for_title([tokens[first - 1].lemma]) is not None
        if tokens[index].lemma in OWNED_DESCRIPTIONS and (owner is None or after_body):
            continue
        last = max([index + 1] + [m.last for m in owners])
        entry = gazetteer.body(kind, owner.id.split(":", 1)[1] if owner else DEFAULT_COUNTRY)
        found.append(Mention(sentence=sentence, first=first, last=last, label=ORGANIZATION, form=DESCRIPTION, entry=entry, countries=(owner,) if owner else (), owner_named=owner is not None))
    return found


def common_bodies(sentence: Sentence, words: list[str], mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """State bodies named by their common noun alone: "Полиция подтвердила эту информацию", "должности в министерстве
    образования", "спикером парламента". Each is one body, whose country `rehome_bodies` decides, as a description.

    Not a plural ("правительства многих стран"; a body whose name is one, "вооружённые силы", may be), not a body
    with an adjective of its own ("военной полиции",
    "временное правительство"), and not one followed by an owner the gazetteer does not know ("правительство
    Руснока", "полиции штата") or its remit ("полиция по охране природных ресурсов"); "свое правительство" and "его
    правительство" are someone's own, and "парламента страны" is the country's.
    """
    tokens = sentence.tokens
    covered = {i for m in mentions for i in range(m.first, m.last)}
    folded = [fold(w) for w in words]
    found = []
    for index in range(len(tokens)):
        match = None if index in covered else gazetteer.match_common_body(words, folded, index)
        if match is None or covered.intersection(range(index, index + match.length)) or not stands_alone(tokens, index, index + match.length, match.entry):
            continue
        found.append(Mention(sentence=sentence, first=index, last=index + match.length, label=ORGANIZATION, form=DESCRIPTION, entry=match.entry, owner_named=False))
        covered.update(range(index, index + match.length))
    return found


PLURAL_BODIES = frozenset({"armed_forces"})
"""Bodies whose name is a plural: "вооружённые силы" is one country's forces."""


def stands_alone(tokens: list[Token], first: int, last: int, entry: GazetteerEntry) -> bool:
    """Whether a body's common noun names one body with nothing of its own around it (see `common_bodies`)."""
    if best_reading(tokens[first], "Number", "number") == "Plur" and entry.kind not in PLURAL_BODIES:
        return False
    if last < len(tokens) and best_reading(tokens[last], "Number", "number") == "Plur" and may_be_plural(tokens[first]):
        return False
    before = tokens[first - 1] if first > 0 else None
    if before is not None and (best_reading(before, "pos", "POS") in ("ADJ", "ADJF", "PRTF") or before.lower in OTHERS_POSSESSIVES):
        return False
    if last == len(tokens):
        return True
    after = tokens[last]
    if after.lower in REMIT_PREPOSITIONS and (last + 1 == len(tokens) or opens_remit(tokens[last + 1])):
        return False
    owner = after.is_capitalised or (best_reading(after, "pos", "POS") in ("NOUN", "PROPN") and best_reading(after, "Case", "case") in ("Gen", "gent"))
    return not owner or after.lemma == "страна"


def may_be_plural(token: Token) -> bool:
    """Whether a word may be plural: the tagger says so, or, untagged, the dictionary has a plural reading ("правительства")."""
    if token.feats:
        return token.feats.get("Number") == "Plur"
    return any(reading.tag.number == "plur" for reading in parses(token.text))


def best_reading(token: Token, feature: str, grammeme: str) -> str | None:
    """A grammatical feature of a token: the tagger's when the sentence was tagged, else the dictionary's likeliest
    reading's ("Plur" or "plur", "ADJ" or "ADJF"). `feature` is the tagger's name of it ("pos" for the part of speech)."""
    tagged = token.pos if feature == "pos" else token.feats.get(feature)
    if tagged:
        return tagged
    readings = parses(token.text)
    value = str(getattr(readings[0].tag, grammeme) or "") if readings else ""
    return (value.capitalize() if feature == "Number" else value) or None


def take_in_own_country(mentions: list[Mention]) -> None:
    """A state body's name goes on with its own country's name right after it: "Госдепартамента [США]" is one
    mention of the body, the country a mention inside it (as in "Минобороны [России]"), and the body's name as
    written takes the country as written: "Госдепартамент США", "Госдума России"."""
    countries = {(m.first, m.entry.id): m for m in mentions if m.label == COUNTRY and m.form == NAME and m.entry is not None}
    for mention in mentions:
        if mention.label == ORGANIZATION and mention.form == NAME and mention.entry is not None and mention.entry.country:
            country = countries.get((mention.last, f"country:{mention.entry.country}"))
            if country is not None:
                mention.last = country.last
                mention.name = mention.name and f"{mention.name} {country.text}"


def home_country(mentions: list[Mention]) -> str:
    """The country an article is about: the default country unless another (one that still exists) is mentioned more
    often; in an article that names no country, the country of the places it names ("в Нью-Йорке", "Роттердам";
    not "парижскому клубу")."""
    named = [m.entry.id.split(":", 1)[1] for m in mentions if m.label == COUNTRY and m.entry is not None]
    codes = named or [m.entry.country for m in mentions if m.label == PLACE and m.form == NAME and m.entry is not None]
    counts = Counter(code for code in codes if code and code not in FORMER_STATES)
    if not counts:
        return DEFAULT_COUNTRY
    code, count = counts.most_common(1)[0]
    return code if count > counts.get(DEFAULT_COUNTRY, 0) else DEFAULT_COUNTRY


def rehome_bodies(mentions: list[Mention], gazetteer: Gazetteer, home: str) -> None:
    """State bodies named without their owner: the body the article last named with one under the same noun
    ("Полиция подтвердила" after "полиция Армении"), else the home country's ("Глава Минздрава Мэтт Хэнкок" in a
    story about Britain)."""
    last_named: dict[str, GazetteerEntry] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        kind = gazetteer.body_kind_of(mention.entry) if mention.entry is not None else None
        if kind is None:
            continue
        if mention.owner_named:
            last_named[kind.full] = mention.entry
        elif kind.full in last_named:
            mention.entry, mention.name = last_named[kind.full], ""
        elif home != DEFAULT_COUNTRY:
            mention.entry, mention.name = gazetteer.same_body_of(mention.entry, home), ""
