"""Grouping mentions into the entities of one article, each with its canonical name and id.

People are grouped by their names: a mention joins a person when every
name part it has could be the same word ("Собирзодой" and "Собирзода"
share the nominative "собирзода"), and a bare surname joins the person
named in full nearest before it. Where the dictionary misleads, a word is
read as another part of the name: a lone "Данна" as the surname of
"Питер Данн", "Николаевич" after a first name as a patronymic. Everything else is grouped by its
gazetteer entry or, outside the gazetteer, by its nominative name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphkit.extract.gazetteer import GazetteerEntry, is_abbreviation
from graphkit.extract.inflection import nominative_readings
from graphkit.extract.lexicon import FEMININE_ADDRESS, MASCULINE_ADDRESS
from graphkit.extract.mention import ADJECTIVE, DESCRIPTION, Mention
from graphkit.extract.names import FIRST, LAST, PATRONYMIC, NameWord, best_nominative, dictionary_gender, dictionary_roles, nominatives, parse_name, as_written, restore_case, spelled_as_seen, spelt_alike
from graphkit.naming import fold_name, name_key
from graphkit.nlp.document import Sentence, Token
from graphkit.nlp.lemmas import is_common_noun
from graphkit.types import COUNTRY, ORGANIZATION, PERSON, PLACE

NAME_ORDER = (FIRST, PATRONYMIC, LAST)
GENDER_NAMES = {"Fem": "female", "Masc": "male"}


@dataclass(eq=False)
class EntityDraft:
    """An entity while the article is being read: mentions are added, then it is named."""

    label: str
    mentions: list[Mention] = field(default_factory=list)
    entry: GazetteerEntry | None = None
    id: str = ""
    name: str = ""
    props: dict = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)

    def words(self, role: str) -> list[NameWord]:
        return [w for m in self.mentions for w in m.name_words if w.role == role]

    def could_be(self, words: list[NameWord]) -> bool:
        """Whether every name part of a mention (its `words`) fits this person; an initial fits the name it stands for
        either way round ("Д.Медведев" in a headline, "Дмитрий Медведев" in the text). Beside a surname, a first name
        may be spelt another way ("Раймонда Паулса", "Раймон Паулс": `spelt_alike`)."""
        shared = False
        with_surname = any(word.role == LAST for word in words)
        for word in words:
            known = self.words(word.role)
            if not known:
                continue
            if not any(
                set(k.nominatives) & set(word.nominatives)
                or initial_of(word, k)
                or initial_of(k, word)
                or (with_surname and word.role == FIRST and spelt_alike(word, k))
                for k in known
            ):
                return False
            shared = shared or word.role in (LAST, PATRONYMIC) or len(words) == 1
        return shared

    @property
    def first_mention(self) -> Mention:
        return self.mentions[0]

    @property
    def aliases(self) -> list[str]:
        seen = [m.text for m in self.mentions if m.form not in (ADJECTIVE, DESCRIPTION) and m.text[:1].isupper()]
        return list(dict.fromkeys(seen))


def group_mentions(mentions: list[Mention]) -> list[EntityDraft]:
    """One draft entity per real thing among the mentions, in order of first mention.

    A name restated in brackets joins the entity of the name before it, and
    so does that name wherever else the article writes it alone.
    """
    named = [m for m in mentions if m.alias_of is None]
    people = group_people([m for m in named if m.label == PERSON])
    others: dict[tuple[str, str], EntityDraft] = {}
    for mention in named:
        if mention.label == PERSON:
            continue
        for entry in mention.countries if mention.form == ADJECTIVE else (mention.entry,):
            key = (mention.label, entry.id) if entry else (mention.label, name_key(mention.name))
            if not key[1]:
                continue
            draft = others.setdefault(key, EntityDraft(label=entry.label if entry else mention.label, entry=entry))
            draft.mentions.append(mention)
    join_other_readings(others)
    join_inflected_forms(others)
    join_owned_bodies(others, named)
    join_gazetteer_names(others)
    join_elliptic_names(others)
    drafts = people + merge_abbreviations(list(others.values()))
    drafts = add_restatements(drafts, [m for m in mentions if m.alias_of is not None])
    for draft in drafts:
        name_draft(draft)
    return sorted(drafts, key=lambda d: d.first_mention.start)


def join_other_readings(others: dict[tuple[str, str], EntityDraft]) -> None:
    """A name outside the gazetteer that reads two ways joins the entity the article names with its other reading.

    "Большим театром" reads "Больший театр" first; "Большой театр" elsewhere
    in the article says which it is.
    """
    for key, draft in list(others.items()):
        if draft.entry is not None:
            continue
        readings = [other_readings(m) for m in draft.mentions]
        target_key = next((k for r in readings for k in r if k in others and others[k] is not draft and others[k].entry is None), None)
        if target_key is None:
            continue
        for mention, other in zip(draft.mentions, readings):
            mention.name = other.get(target_key, mention.name)
        target = others[target_key]
        target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
        del others[key]


NOUNS = ("NOUN", "PROPN")
"""The tagger's parts of speech of the head of a name."""

INFLECTION_ENDINGS = ("а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ой", "ей", "ою", "ею")
"""Case endings a one-word name takes in the text: "Тоттенхэм", "в Тоттенхэме"; "Славянка", "в Славянку"."""
STEM_FINALS = ("а", "я", "о", "е", "ь", "й")
"""Final letters of a nominative that its case forms replace ("Славянк-а", "Славянк-у")."""


def join_inflected_forms(others: dict[tuple[str, str], EntityDraft]) -> None:
    """A one-word name outside the gazetteer that the article writes as a form of another of the same label is
    that one: the tagger reads the same word two ways in two sentences ("в Славянку" named "Славянку" once and
    "Славянка" elsewhere), and guesses a wrong nominative for an unknown word ("в Тоттенхэме" read "Тоттенхэма"
    where the text names "Тоттенхэм"). The other's name must be written as it is somewhere in the article. Of two
    names, the one the other is a case form of names both ("Ленфильм", not "Ленфильма")."""
    one_word = [d for d in others.values() if d.entry is None and all(" " not in m.text for m in d.mentions)]
    for key, draft in list(others.items()):
        if draft not in one_word:
            continue
        forms = {fold_name(m.text) for m in draft.mentions}
        target = next((d for d in one_word if d is not draft and d.label == draft.label and forms & written_forms(d)), None)
        if target is None or len(target.mentions) < len(draft.mentions):
            continue
        own, other = written_name(draft), written_name(target)
        name = own if fold_name(other) in case_forms(fold_name(own)) else other
        target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
        for mention in target.mentions:
            mention.name = name
        one_word.remove(draft)
        del others[key]


def written_forms(draft: EntityDraft) -> set[str]:
    """The forms of a draft's names as the article writes them: its mentions, and the case forms of its name if
    the text writes that name too."""
    seen = {fold_name(m.text) for m in draft.mentions}
    name = fold_name(written_name(draft))
    return seen | case_forms(name) if name in seen else seen


def case_forms(name: str) -> set[str]:
    """The forms a one-word name's case endings make of it (folded): "славянка" -> "славянку", "славянки", …"""
    stem = name[:-1] if name.endswith(STEM_FINALS) else name
    return {stem + ending for ending in INFLECTION_ENDINGS}


def written_name(draft: EntityDraft) -> str:
    """The draft's first nominative name that the text writes as it is, else its first mention's."""
    seen = {fold_name(m.text) for m in draft.mentions}
    return next((m.name for m in draft.mentions if m.name and fold_name(m.name) in seen), draft.mentions[0].name)


def join_owned_bodies(others: dict[tuple[str, str], EntityDraft], mentions: list[Mention]) -> None:
    """Bodies named by the same words before the same owner are one, whichever of the owner's names the article
    writes: "комиссия Европейского союза" and "комиссию ЕС"."""
    owners: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions:
        if mention.entry is not None:
            owners.setdefault((id(mention.sentence), mention.last), []).append(mention)
    by_owner: dict[tuple[str, str, str], EntityDraft] = {}
    for key, draft in list(others.items()):
        if draft.entry is not None:
            continue
        keys = {owned_key(m, owners.get((id(m.sentence), m.last), [])) for m in draft.mentions} - {None}
        target = next((by_owner[k] for k in keys if k in by_owner and by_owner[k] is not draft), None)
        if target is None:
            by_owner.update((k, draft) for k in keys)
            continue
        target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
        by_owner.update((k, target) for k in keys)
        del others[key]


def owned_key(mention: Mention, ending_with_it: list[Mention]) -> tuple[str, str, str] | None:
    """The lemmas of the words before a body's owner and the owner's gazetteer id, when the body ends with an owner
    the gazetteer knows (`ending_with_it`: the gazetteer's mentions that end where it ends): "комиссию [ЕС]" ->
    ("комиссия", "org:eu")."""
    owner = next((m for m in ending_with_it if mention.first < m.first), None)
    if owner is None:
        return None
    words = " ".join(t.lemma for t in mention.sentence.tokens[mention.first : owner.first] if t.text[:1].isalnum())
    return (mention.label, words, owner.entry.id) if words else None


def join_gazetteer_names(others: dict[tuple[str, str], EntityDraft]) -> None:
    """A name outside the gazetteer joins the gazetteer entity of the same name and label that the article names:
    a sentence-initial "Калуга" (also a fish, so not matched there) is the "Калуге" matched elsewhere. An
    organisation's short name joins it whatever NER took it for: "Кремль" (a place to NER, at the start of a
    headline) is the "Кремля" the gazetteer reads as the presidential administration elsewhere."""
    by_name = {(d.label, name_key(d.entry.name)): d for d in others.values() if d.entry is not None}
    for draft in [d for d in others.values() if d.entry is not None and d.label == ORGANIZATION and d.entry.short_name]:
        for label in (ORGANIZATION, PLACE):
            by_name.setdefault((label, name_key(draft.entry.short_name)), draft)
    for key, draft in list(others.items()):
        target = by_name.get(key) if draft.entry is None else None
        if target is not None:
            target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
            del others[key]


def join_elliptic_names(others: dict[tuple[str, str], EntityDraft]) -> None:
    """An organisation named by its adjective alone ("солист Большого") joins the one the article names in full
    with that adjective first ("Большой театр"), and one named by its head noun alone, capitalised inside a
    sentence ("вступить в Союз"), the one whose name has that head ("Европейского Союза"), when there is exactly one."""
    for key, draft in list(others.items()):
        if draft.entry is not None or draft.label != ORGANIZATION:
            continue
        word = fold_name(draft.mentions[0].sentence.tokens[draft.mentions[0].first].lemma)
        by_head_noun = all(is_lone_head_noun(m) for m in draft.mentions)
        if all(is_lone_adjective(m) for m in draft.mentions):
            targets = [d for d in others.values() if d is not draft and d.label == ORGANIZATION and first_word(d) == word]
        elif by_head_noun:
            targets = [d for d in others.values() if d is not draft and d.label == ORGANIZATION and word in head_nouns(d)]
        else:
            continue
        if len(targets) != 1:
            continue
        target = targets[0]
        if by_head_noun:
            # the head noun alone counts as the full name, which names the entity however often the noun stands alone
            full_name = max((m.name for m in target.mentions), key=len)
            for mention in draft.mentions:
                mention.name = full_name
        target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
        del others[key]


def is_lone_head_noun(mention: Mention) -> bool:
    """One capitalised common noun inside a sentence ("в Союз"), no abbreviation or name of its own."""
    token = mention.sentence.tokens[mention.first]
    return mention.last - mention.first == 1 and mention.first > 0 and token.is_capitalised and not is_abbreviation(token.text) and is_common_noun(token.text)


def head_nouns(draft: EntityDraft) -> set[str]:
    """The lemma of the first noun of each name of several words the article writes for it: "Европейского Союза" -> "союз"."""
    heads = set()
    for mention in draft.mentions:
        tokens = mention.sentence.tokens[mention.first : mention.last]
        head = next((t for t in tokens if t.pos in NOUNS), None)
        if len(tokens) > 1 and head is not None:
            heads.add(fold_name(head.lemma))
    return heads


def is_lone_adjective(mention: Mention) -> bool:
    return mention.last - mention.first == 1 and mention.sentence.tokens[mention.first].pos == "ADJ"


def first_word(draft: EntityDraft) -> str:
    names = [m.name for m in draft.mentions if m.name and len(m.name.split()) > 1]
    return fold_name(names[0].split()[0]) if names else ""


def other_readings(mention: Mention) -> dict[tuple[str, str], str]:
    """A mention's other nominative readings by their grouping key."""
    if mention.part is not None:
        return {}
    readings = nominative_readings(mention.sentence.tokens[mention.first : mention.last], mention.text, mention.start)
    if readings[0] != mention.name:
        return {}
    return {(mention.label, name_key(reading)): reading for reading in readings[1:]}


def add_restatements(drafts: list[EntityDraft], aliases: list[Mention]) -> list[EntityDraft]:
    """Each bracketed restatement into the entity of the name it restates (none for an adjective), and an entity
    named only as such a restatement elsewhere with it: "ZANU-PF" alone, where the article also writes
    "«Африканского национального союза Зимбабве — Патриотический фронт» (ZANU-PF)". The joined entity is named as
    the article first names it (an abbreviation alone can stand for many bodies)."""
    owner = {id(m): draft for draft in drafts for m in draft.mentions}
    restated = {}
    for alias in aliases:
        draft = owner.get(id(alias.anchor))
        if draft is None:
            continue
        draft.mentions.append(alias)
        draft.mentions.sort(key=lambda m: m.start)
        restated.setdefault((alias.label, fold_name(alias.text)), alias.anchor)
    kept = []
    for draft in drafts:
        texts = {fold_name(m.text) for m in draft.mentions}
        anchor = restated.get((draft.label, texts.pop())) if len(texts) == 1 and draft.entry is None else None
        target = owner[id(anchor)] if anchor is not None else None
        if target is not None and target is not draft:
            for mention in draft.mentions:
                mention.name = anchor.name or mention.name
            target.mentions = sorted(target.mentions + draft.mentions, key=lambda m: m.start)
            continue
        kept.append(draft)
    return kept


def initials(name: str) -> str:
    """"Движение против нелегальной иммиграции" -> "ДПНИ" ("и" between words does not count)."""
    words = [w for w in re.split(r"[\s\-«»\"]+", name) if w and w.lower() != "и"]
    return "".join(w[0] for w in words).upper()


def merge_abbreviations(drafts: list[EntityDraft]) -> list[EntityDraft]:
    """An organisation's abbreviation and its full name in one article are one entity ("ДПНИ", "РПЦ", "HP" for
    "Hewlett-Packard")."""
    full_names = {}
    for draft in drafts:
        if draft.label == ORGANIZATION and draft.entry is None:
            for mention in draft.mentions:
                if len(re.split(r"[\s\-]+", mention.name)) >= 2:
                    full_names.setdefault(initials(mention.name), draft)
    kept = []
    for draft in drafts:
        words = {m.text for m in draft.mentions}
        target = next((full_names[w] for w in words if w.isupper() and 2 <= len(w) <= 6 and w in full_names), None)
        if draft.label == ORGANIZATION and draft.entry is None and target is not None and target is not draft:
            target.mentions.extend(draft.mentions)
            target.mentions.sort(key=lambda m: m.start)
            continue
        kept.append(draft)
    return kept


def group_people(mentions: list[Mention]) -> list[EntityDraft]:
    """Cluster person mentions: fuller names first, then each shorter one to the nearest fitting person."""
    people: list[EntityDraft] = []
    for mention in mentions:
        mention.name_words = with_patronymic(mention.name_words)
    for mention in sorted(mentions, key=lambda m: (-len(m.name_words), m.start)):
        fitting = [p for p in people if p.could_be(mention.name_words)] or by_first_name(people, mention.name_words)
        surname = as_surname(mention)
        if not fitting and surname:
            fitting = [p for p in people if p.words(LAST) and p.could_be(surname)]
            if fitting:
                mention.name_words = surname
        addressed = addressed_gender(mention)
        if addressed:
            fitting = [p for p in fitting if first_name_gender(p) in (None, addressed)]
        if len(fitting) > 1:
            fitting = of_gender(fitting, mention_gender(mention)) or fitting
        if [w.role for w in mention.name_words] == [LAST] and (stated := verb_gender(mention)) is not None:
            fitting = [p for p in fitting if known_gender(p) in (None, stated)]
        if fitting:
            nearest = min(fitting, key=lambda p: distance(p, mention))
            nearest.mentions.append(mention)
        else:
            people.append(EntityDraft(label=PERSON, mentions=[mention]))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    return people


def mention_gender(mention: Mention) -> str | None:
    """The gender the verb after a name states (`verb_gender`), else the one the tagger reads off its words in
    context ("Визбор заинтересовался"), if they agree."""
    if (stated := verb_gender(mention)) is not None:
        return stated
    genders = {w.gender for w in mention.name_words if w.gender}
    return genders.pop() if len(genders) == 1 else None


def verb_gender(mention: Mention) -> str | None:
    """The gender of the past-tense verb right after a name that is its subject ("Рено поступила", "Мейв Кеннеди
    родилась": feminine, whatever the indeclinable name).

    A name after a noun is that noun's ("Представитель Лопес сообщил",
    "Биография Нэша вошла"), so is one in another case, and a noun in the
    nominative after the verb is its subject ("Ильвеса поддерживала коалиция").
    """
    tokens = mention.sentence.tokens
    if mention.last >= len(tokens) or tokens[mention.last - 1].case != "Nom":
        return None
    before = tokens[mention.first - 1] if mention.first > 0 else None
    if before is not None and (before.pos == "NOUN" or (before.pos == "PROPN" and before.case != "Nom")):
        return None
    verb = tokens[mention.last]
    if verb.pos != "VERB" or verb.feats.get("Tense") != "Past" or verb.feats.get("Gender") not in ("Masc", "Fem"):
        return None
    after = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    if after is not None and after.pos in ("NOUN", "PROPN") and after.case == "Nom":
        return None
    return verb.feats["Gender"]


def addressed_gender(mention: Mention) -> str | None:
    """The gender a form of address right before the name states ("миссис Обама": feminine), if any."""
    if mention.first == 0:
        return None
    before = mention.sentence.tokens[mention.first - 1]
    if FEMININE_ADDRESS.matches(before):
        return "Fem"
    if MASCULINE_ADDRESS.matches(before):
        return "Masc"
    return None


def first_name_gender(person: EntityDraft) -> str | None:
    genders = {w.gender for w in person.words(FIRST) if w.gender}
    return genders.pop() if len(genders) == 1 else None


def known_gender(person: EntityDraft) -> str | None:
    """The gender of a person's first name where the dictionary and the tagger's reading in context agree: either
    alone errs on foreign names ("45-летнего Даны Мартина" is a man; the dictionary knows only a woman's "Дана")."""
    genders = {w.gender if dictionary_gender(w.token.text.lower(), w.token.case) == w.gender else None for w in person.words(FIRST)}
    return genders.pop() if len(genders) == 1 else None


def of_gender(people: list[EntityDraft], gender: str | None) -> list[EntityDraft]:
    """The people whose first name is of `gender`: of two namesakes, "Визбор заинтересовался" is Юрий, not Варвара."""
    if gender is None:
        return []
    return [p for p in people if first_name_gender(p) == gender]


def by_first_name(people: list[EntityDraft], words: list[NameWord]) -> list[EntityDraft]:
    """The one person with a surname whose first name a first name and patronymic fit ("Людмилы Марковны" after "Людмила Гурченко"), if only one."""
    if [w.role for w in words] != [FIRST, PATRONYMIC]:
        return []
    fitting = [p for p in people if p.words(LAST) and p.could_be(words[:1]) and (not p.words(PATRONYMIC) or p.could_be(words))]
    return fitting if len(fitting) == 1 else []


def with_patronymic(words: list[NameWord]) -> list[NameWord]:
    """A first name and a patronymic without a surname ("Борис Николаевич", "Людмилы Марковны"): the second word is no surname.

    Only a word the dictionary knows as a patronymic alone: "Янукович",
    "Бозович" look like one but are surnames.
    """
    if len(words) != 2 or [w.role for w in words] != [FIRST, LAST] or dictionary_roles(words[1].token.text) != {PATRONYMIC}:
        return words
    return [words[0], read_as(words[1], PATRONYMIC)]


def as_surname(mention: Mention) -> list[NameWord]:
    """A lone word the dictionary takes for a first name, read as a surname ("по словам Данна" after "Питер Данн"); [] otherwise."""
    if len(mention.name_words) != 1 or mention.name_words[0].role == LAST:
        return []
    return [read_as(mention.name_words[0], LAST)]


def read_as(word: NameWord, role: str) -> NameWord:
    """The same word as another part of a name, with the nominatives that part allows."""
    forms, gender = nominatives(word.token, role)
    return NameWord(token=word.token, role=role, nominatives=forms, is_nominative=word.is_nominative, gender=gender or word.gender)


def initial_of(word: NameWord, known: NameWord) -> bool:
    """"А." stands for "Алексей": an initial matches a first name or patronymic that starts with it."""
    return word.role != LAST and is_initial(word) and fold_name(known.token.text).startswith(fold_name(word.token.text))


def distance(person: EntityDraft, mention: Mention) -> tuple[int, int]:
    """Prefer the person mentioned last before `mention`, then the nearest after it."""
    before = [mention.start - m.start for m in person.mentions if m.start <= mention.start]
    if before:
        return (0, min(before))
    return (1, min(m.start - mention.start for m in person.mentions))


def name_draft(draft: EntityDraft) -> None:
    if draft.label == PERSON:
        name_person(draft)
    elif draft.entry is not None:
        draft.name = written_entry_name(draft)
        draft.id = draft.entry.id
    else:
        # the name written most often; of two written as often, the fuller ("Национальная баскетбольная ассоциация", not "НБА")
        names = [m.name for m in draft.mentions if m.name]
        draft.name = max(names, key=lambda n: (names.count(n), len(n.split()), -names.index(n)))
        draft.id = entity_id(draft.label, draft.name)


def written_entry_name(draft: EntityDraft) -> str:
    """A gazetteer entity named as the article names it: by the gazetteer's name when the article writes that,
    else by the fullest name it writes ("Российская Федерация", "Беларусь", "Соединённые Штаты"; a state body with
    its country as written, "Правительство РФ", before "Китайское правительство"), an abbreviation last ("НАТО",
    "РФ"). The gazetteer's name stays among the aliases, and the id is the gazetteer's, so a store keeps one node
    whichever name an article uses (`mentions.match_mention` leaves out the names that do not show whose
    institution it is)."""
    entry = draft.entry
    written = [m.name for m in draft.mentions if m.name and m.entry is not None and m.entry.id == entry.id]
    if not written or entry.name in written:
        return entry.name
    return max(written, key=lambda name: (not is_abbreviation(name), has_inner_capital(name), len(name)))


def has_inner_capital(name: str) -> bool:
    """A capital after the first word: a name that writes its owner's name ("Правительство Китая") beside one that
    writes only its adjective ("Китайское правительство")."""
    return any(word[:1].isupper() for word in name.split()[1:])


def name_person(draft: EntityDraft) -> None:
    genders = [w.gender for m in draft.mentions for w in m.name_words if w.gender]
    gender = max(sorted(set(genders)), key=genders.count) if genders else None
    parts = {}
    spelled_first = any(not is_initial(w) for w in draft.words(FIRST))
    dotted = {id(w.token) for m in draft.mentions for w in m.name_words if is_initial(w) and is_followed_by_dot(w.token, m.sentence)}
    for role in NAME_ORDER:
        if role == PATRONYMIC and spelled_first and all(is_initial(w) for w in draft.words(role)):
            continue
        if draft.words(role):
            parts[role] = " ".join(
                (as_written(words) or restore_case(spelled_as_seen(best_nominative(words, gender), words)))
                + ("." if all(id(w.token) in dotted for w in words) else "")
                for words in words_by_position(draft, role)
            )
    order = (LAST, FIRST, PATRONYMIC) if writes_surname_first(draft) else NAME_ORDER
    draft.name = " ".join(parts[role] for role in order if role in parts)
    draft.props.update({f"{role}_name" if role != PATRONYMIC else "patronymic": value for role, value in parts.items()})
    addressed = {addressed_gender(m) for m in draft.mentions} - {None}
    if len(addressed) == 1:
        draft.props["gender"] = GENDER_NAMES[addressed.pop()]
    draft.id = entity_id(PERSON, draft.name)


def writes_surname_first(draft: EntityDraft) -> bool:
    """Whether the article writes the person's surname before the given name ("Ким Чен Ын", "Ли Куан Ю"), and never
    after it. A name with a patronymic ("Отрешить Соловьева Александра Васильевича") is a Russian full name in the
    order of documents, and so is one the article also writes first name first ("Василий Небензя"): the canonical
    name keeps the usual order."""
    if draft.words(PATRONYMIC):
        return False
    orders = {m.name_words[0].role == LAST for m in draft.mentions if m.name_words and any(w.role == LAST for w in m.name_words) and any(w.role != LAST for w in m.name_words)}
    return orders == {True}


def words_by_position(draft: EntityDraft, role: str) -> list[list[NameWord]]:
    """Words of one name part, position by position: "Хуан Пабло" is two first names, each seen several times.

    Initials go from a position where the name they stand for is seen in full:
    "Сергея Собянина" and "С. Собянин" are "Сергей", however often the
    article abbreviates it, and a position only initials fill goes where a name is spelled out: "Ж.-К. Трише" and
    "Жан-Клод Трише" have one first name."""
    counts = [(sum(1 for w in m.name_words if w.role == role), any(w.role == role and not is_initial(w) for w in m.name_words)) for m in draft.mentions]
    width = max((count for count, spelled in counts if spelled), default=max(count for count, _ in counts))
    columns: list[list[NameWord]] = [[] for _ in range(width)]
    for mention in draft.mentions:
        words = [w for w in mention.name_words if w.role == role]
        if len(words) == width:
            for column, word in zip(columns, words):
                column.append(word)
    return [without_initials(column) for column in columns]


def is_followed_by_dot(token: Token, sentence: Sentence) -> bool:
    """Whether the text writes a dot right after the token: an initial is named with it ("Н. П. Старостин")."""
    return sentence.text[token.end - sentence.start : token.end - sentence.start + 1] == "."


def is_initial(word: NameWord) -> bool:
    text = word.token.text
    return len(text) <= 2 and text.isalpha() and text[0].isupper()


def without_initials(column: list[NameWord]) -> list[NameWord]:
    full = [w for w in column if not any(initial_of(w, other) for other in column if other is not w)]
    return full if full and len(full) < len(column) else column


def entity_id(label: str, name: str) -> str:
    """A deterministic id from label and canonical name: "person:андрей-белоусов"."""
    prefix = {PERSON: "person", ORGANIZATION: "org", COUNTRY: "country", PLACE: "place"}[label]
    return f"{prefix}:{re.sub(r'[^0-9a-zа-я]+', '-', fold_name(name)).strip('-')}"


def find_more_mentions(people: list[EntityDraft], sentences: list[Sentence], taken: set[tuple[int, int]]) -> list[tuple[Mention, EntityDraft]]:
    """Names of the article's people where NER missed them (headlines, lists, repeated full names).

    A capitalised word that can be the surname of exactly one person of the
    article, and that no other mention covers, is a mention of that person;
    a first name right before it joins the mention. A first name alone
    ("40 дней без Егора") is one when it fits exactly one person and no
    other name follows it.
    """
    surnames, given = names_of(people, LAST), names_of(people, FIRST)
    found = []
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            if (sentence.index, index) in taken or not token.is_capitalised or len(token.text) < 3:
                continue
            (word,) = parse_name([token]) if token.text.isalpha() else (None,)
            if word is None:
                continue
            owners = {id(p): p for form in word.nominatives for p in surnames.get(form, ())}
            if not owners and word.role == FIRST and not followed_by_name(sentence, index):
                owners = {id(p): p for form in word.nominatives for p in given.get(form, ())}
                if len(owners) == 1:
                    found.append((Mention(sentence=sentence, first=index, last=index + 1, label=PERSON, name_words=[word]), next(iter(owners.values()))))
                continue
            if len(owners) != 1:
                continue
            person = next(iter(owners.values()))
            first = index
            if index > 0 and (sentence.index, index - 1) not in taken and person.words(FIRST):
                before = fold_name(sentence.tokens[index - 1].text)
                if any(before == fold_name(w.token.text) for w in person.words(FIRST)):
                    first = index - 1
            mention = Mention(sentence=sentence, first=first, last=index + 1, label=PERSON, name_words=parse_name(sentence.tokens[first : index + 1]))
            found.append((mention, person))
    return found


def names_of(people: list[EntityDraft], role: str) -> dict[str, list[EntityDraft]]:
    """The people by each nominative that all their words of one name part share."""
    found: dict[str, list[EntityDraft]] = {}
    for person in people:
        for form in sorted(set.intersection(*(set(w.nominatives) for w in person.words(role)))) if person.words(role) else ():
            found.setdefault(form, []).append(person)
    return found


def followed_by_name(sentence: Sentence, index: int) -> bool:
    following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
    return following is not None and following.is_capitalised and following.text.isalpha()
