"""Posts stated by a verb: "Андрей Варичев возглавляет «Металлоинвест»", "он работал в Сбербанке",
"Путин согласился занять пост премьер-министра РФ", "назначен послом России в США".

The subject of the verb is the person (by syntax, or the nearest person in
the nominative before it; in a sentence that drops its subject, the person
last named as one: "… С 2002 года занимал различные должности в …"). The organisation is the verb's object
("возглавляет X", "руководит X") or place of work ("работает в X",
"входил в состав X", a team "выступает за X"); or the verb takes a post named by a title phrase
("занять пост премьер-министра РФ", "стал председателем партии").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from graphkit.extract.events import RELATIVE_PRONOUNS, SUBJECT_RELS, EntityAt, guest_after, is_negated, linear_participants, persons_in_phrase, preposition_of
from graphkit.extract.posts import TitlePhrase, agree_in_gender, is_title
from graphkit.extract.lexicon import INSTITUTION_WORDS, LOCATIVE_PREPOSITIONS, Words
from graphkit.nlp.document import Sentence, Token
from graphkit.types import HEADS, WORKS_FOR

LEAD_VERBS = Words({"возглавлять", "возглавить", "руководить", "управлять", "возглавляться"})
WORK_VERBS = Words({"работать", "поработать", "проработать", "служить", "трудиться", "входить", "состоять", "числиться", "поступить", "перейти", "преподавать"})
TEAM_VERBS = Words({"выступать", "выступить", "играть", "сыграть", "поиграть"})
"""Verbs of playing for a team, WORKS_FOR the one "за" which ("выступающий за «Анжи»", "поиграл за шесть команд");
not "в" which, often a league ("играет в Серии А")."""
FOR_TEAM = frozenset({"за"})
TAKING_VERBS = Words({"занять", "занимать", "замещать", "стать", "становиться", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "утверждать", "работать", "служить", "оставаться", "остаться", "являться", "покинуть"})
"""Verbs whose subject holds (or takes) the post a title phrase in their clause names."""
SUCCEEDING_VERBS = Words({"сменить", "сменять", "заменить", "заменять"})
"""Verbs whose subject takes the post a title phrase names through "на посту" ("Белоусов сменил на посту министра
обороны Сергея Шойгу"); without it the subject need hold nothing ("Путин сменил министра обороны")."""
POST_NOUN = "пост"
APPOINTING_VERBS = Words({"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "утверждать"})
"""Taking verbs whose active voice gives the post to the object, not the subject."""
APPOINTEE_CASES = ("Acc", "Gen")
CLAUSE_LEAD = 6
"""How far before its verb a relative clause may start ("…, который в настоящий момент продолжает работать")."""
SHARED_SUBJECT_RELS = ("xcomp", "conj")
"""A verb in these relations to another has that verb's subject."""
NAMING_RELS = ("nmod", "appos", "flat", "flat:foreign")
"""How an organisation's name hangs from the noun that names its kind or part ("в состав X", "компании X")."""
ORGANISATION_VERBS = Words(LEAD_VERBS | WORK_VERBS | TEAM_VERBS)
"""Verbs that state a post through the organisation they take ("возглавляет X", "работает в X")."""
POST_VERBS = Words(ORGANISATION_VERBS | TAKING_VERBS)
PLACE_OF_WORK = LOCATIVE_PREPOSITIONS
ENROLLING_VERBS = Words({"поступить", "поступать"})
SCHOOLS = Words({"университет", "институт", "училище", "академия", "школа", "колледж", "консерватория", "лицей", "гимназия", "аспирантура", "факультет", "вуз"})
"""Where one who "поступил" studies ("поступил в Стэнфордский университет": NEREL's SCHOOLS_ATTENDED, not
WORKPLACE); elsewhere he works ("поступил на службу в МВД")."""
POST_SEATS = Words({"пост", "должность", "обязанность", "место", "позиция", "роль", "кресло", "преемник", "преемница"})
"""Nouns through which a verb takes the post a title names ("занять [пост] премьер-министра", "[преемником] … на
посту министра энергетики станет"); through other nouns the post is not the subject's: "кандидатом на выборах
главы Тайваня", "после избрания Маркоса президентом стал лидером оппозиции", "[указом] президента был назначен"."""
ACTING = Words({"исполнять"})
"""The participle of acting in a post, which a title hangs from on its way to the verb: "[Исполняющим] обязанности
главы Роспотребнадзора назначена Анна Попова"."""
OFFICES = Words({"пост", "должность"})
"""Seats of a post that a verb takes in an organisation with no title named ("занимал различные должности в
министерстве образования")."""
LEAVING_PREPOSITIONS = ("с", "со", "от")
"""How a seat of a post that someone leaves hangs from the leaving: "ушел с поста", "освободил от должности"."""
LEAVING_NOUNS = Words({"уход", "отставка", "увольнение", "освобождение", "снятие", "отстранение", "отрешение"})
"""Nouns of leaving between the seat and its verb: "заявил об [уходе] с поста президента Зимбабве"."""
OUSTING_VERBS = Words({"освободить", "освобождать", "снять", "снимать", "уволить", "увольнять", "отстранить", "отстранять", "отрешить"})
"""Verbs whose active voice removes the object from the post, not the subject: "Путин освободил Небензю от должности"."""
BECOMING_VERBS = Words({"стать", "становиться"})
"""Taking verbs that state a post only through a title ("стал председателем правления"): "стал игроком … в матче с
«Краснодаром»" names no place of work."""


Topic = Callable[[int, str | None], object]
"""The person the article speaks of at a token, of a gender (None: any): whom a verb with no subject is about."""
CLAUSE_SUBJECT_RELS = (*SUBJECT_RELS, "csubj", "csubj:pass")
"""A subject of any kind, a clause too ("Кто будет новым мэром, остаётся неизвестным")."""


@dataclass(frozen=True)
class VerbPost:
    """A post a verb states through its organisation: no title, since the text names none ("возглавляет X", "работает в X")."""

    person: object
    organisation: object
    relation: str


def may_state_post(sentence: Sentence, phrases: list[TitlePhrase], names_organisation: bool, named: list[TitlePhrase]) -> bool:
    """Cheap test before parsing: a verb of leading or working with an organisation named in the sentence,
    a post-taking verb with a post in it ("занял пост премьер-министра") or with the seat of one and an
    organisation ("занимал различные должности в министерстве образования"), a post and its seat ("ушел с поста
    гендиректора Google"), a verb of succeeding in the past with
    any post (`named`: the posts of names), or a post with its institution but no name next to it ("Эберсман был
    финансовым директором компании Genentech")."""
    if any(p.institution is not None or p.institution_mention is not None for p in phrases):
        return True
    if not (phrases or named or names_organisation):
        return False
    names_office = any(OFFICES.matches(t) for t in sentence.tokens)
    if phrases and names_office:
        return True
    names_seat = names_organisation and names_office
    return any(
        (names_organisation and ORGANISATION_VERBS.matches(t))
        or ((phrases or names_seat) and TAKING_VERBS.matches(t))
        or ((phrases or named) and SUCCEEDING_VERBS.matches(t) and t.feats.get("Tense") == "Past")
        for t in sentence.tokens
    )


def find_verb_posts(sentence: Sentence, person_at: EntityAt, organisation_at: EntityAt, topic: Topic | None = None) -> list[VerbPost]:
    found = []
    for index, token in enumerate(sentence.tokens):
        if not POST_VERBS.matches(token) or BECOMING_VERBS.matches(token) or is_negated(sentence, index):
            continue
        relation = HEADS if LEAD_VERBS.matches(token) else WORKS_FOR
        enrolling = ENROLLING_VERBS.matches(token)
        organisations = [
            org
            for child in sentence.children(index)
            if not (enrolling and sentence.tokens[child].lemma in SCHOOLS)
            for org in organisations_of(sentence, index, child, relation, organisation_at, person_at)
        ]
        if not organisations:
            continue
        people = subjects(sentence, index, person_at) or linear_participants(sentence, index, person_at)[:1] or implied_subject(sentence, index, topic)
        for person in dict.fromkeys(people):
            for organisation in dict.fromkeys(organisations):
                found.append(VerbPost(person, organisation, relation))
    return found


def organisations_of(sentence: Sentence, verb: int, child: int, relation: str, organisation_at: EntityAt, person_at: EntityAt) -> list[object]:
    """The organisations one dependent of the verb names: what its subject leads ("возглавляет X") or works in
    ("работает в X", "выступает за X"), also through the seat of a post ("занимала пост в министерстве")."""
    token = sentence.tokens[child]
    if relation == HEADS and token.rel in ("obj", "obl") and preposition_of(sentence, child) == "":
        return within(sentence, child, organisation_at)
    if relation == HEADS and is_fronted_object(sentence, verb, child, person_at):
        return within(sentence, child, organisation_at)
    if relation == WORKS_FOR and token.rel in ("obl", "nmod", "obj"):
        if preposition_of(sentence, child) in places_of_work(sentence.tokens[verb]):
            return within(sentence, child, organisation_at)
        if token.rel == "obj" and OFFICES.matches(token):
            return [org for seat_of in sentence.children(child) if preposition_of(sentence, seat_of) in PLACE_OF_WORK for org in within(sentence, seat_of, organisation_at)]
    return []


def is_fronted_object(sentence: Sentence, verb: int, child: int, person_at: EntityAt) -> bool:
    """The object of a verb of leading put first, which the parser takes for a second subject when its case
    does not show: "Министерство обороны возглавляет Андрей Белоусов", "С 2010 года South Stream Transport
    возглавляет Марсель Крамер". It is so when the subject after the verb is a person and it is none."""
    tokens = sentence.tokens
    if tokens[child].rel != "nsubj" or child > verb or person_at(child) is not None:
        return False
    return any(tokens[c].rel == "nsubj" and c > verb and tokens[c].case == "Nom" and person_at(c) is not None for c in sentence.children(verb))


def places_of_work(verb: Token) -> frozenset[str]:
    """The prepositions before where a verb's subject works: "работает в X", "выступает за X"."""
    return FOR_TEAM if TEAM_VERBS.matches(verb) else PLACE_OF_WORK


def within(sentence: Sentence, index: int, organisation_at: EntityAt) -> list[object]:
    """The organisations a phrase names, itself or through "в состав X" / "в руководство X" / "в компании
    X", and those coordinated with it ("работала в Госдепартаменте и Министерстве здравоохранения"). "который"
    stands for the noun its clause modifies ("Партия "Пхыа Тхаи", которую возглавляет Чинават")."""
    index = antecedent(sentence, index)
    entity = organisation_at(index) or named_right_after(sentence, index, organisation_at)
    named = [entity] if entity is not None else [e for c in sentence.children(index) if sentence.tokens[c].rel in NAMING_RELS and (e := organisation_at(c)) is not None]
    for child in sentence.children(index):
        if sentence.tokens[child].rel == "conj" and (e := organisation_at(child)) is not None:
            named.append(e)
    return named


def antecedent(sentence: Sentence, index: int) -> int:
    """The noun a relative pronoun stands for, through the clause it opens, if they agree in gender (in "в клубе
    лиги «Сибирь», за которую он выступает" the parser hangs the clause from "клубе"); any other word itself."""
    token = sentence.tokens[index]
    if token.lemma not in RELATIVE_PRONOUNS or token.head < 0:
        return index
    clause = sentence.tokens[token.head]
    if clause.rel != "acl:relcl" or clause.head < 0:
        return index
    return clause.head if agree_in_gender(token, sentence.tokens[clause.head]) else index


def named_right_after(sentence: Sentence, index: int, organisation_at: EntityAt) -> object | None:
    """The organisation whose name follows a noun that names its kind: "компанию «АрмРосГазпром»", "компании Bolt,
    Beranek and Newman"; not one in the genitive, which the noun belongs to ("в клубе Континентальной хоккейной
    лиги «Сибирь»")."""
    tokens = sentence.tokens
    after = index + 1
    while after < len(tokens) and tokens[after].text in ("«", '"'):
        after += 1
    if after >= len(tokens) or not INSTITUTION_WORDS.matches(tokens[index]):
        return None
    if after == index + 1 and tokens[after].case == "Gen" and tokens[index].case != "Gen":
        return None
    return organisation_at(after)


def taken_posts(sentence: Sentence, phrases: list[TitlePhrase], person_at: EntityAt, topic: Topic | None = None) -> list[tuple[object, TitlePhrase]]:
    """Title phrases that a post-taking verb gives to its subject: "X занял пост премьер-министра РФ"."""
    found = []
    for phrase in phrases:
        verb = governing_verb(sentence, phrase.first)
        if verb is not None and (is_agent_of_attribute(sentence, verb, phrase, person_at) or is_negated(sentence, verb)):
            continue
        if verb is not None and (TAKING_VERBS.matches(sentence.tokens[verb]) or succeeds_in_post(sentence, verb, phrase)):
            found.extend((person, phrase) for person in holders(sentence, verb, person_at, topic)[:1])
        elif is_predicate(sentence, phrase.head):
            found.extend((person, phrase) for person in subjects(sentence, phrase.head, person_at)[:1])
    return found


def left_posts(sentence: Sentence, phrases: list[TitlePhrase], person_at: EntityAt, topic: Topic | None = None) -> list[tuple[object, TitlePhrase]]:
    """Title phrases of a post someone leaves or is removed from, which he held: "Эрик Шмидт ушел с поста
    гендиректора Google", "Роберт Мугабе заявил об уходе с поста президента Зимбабве", "Павел Астахов отправлен в
    отставку с должности Уполномоченного по правам ребенка", "Путин освободил Небензю от должности заместителя
    министра" (the object of an active verb of removing); "После отставки Спиро Агню с поста вице-президента США"
    (the one whose leaving it is)."""
    tokens = sentence.tokens
    found = []
    for phrase in phrases:
        seat = tokens[phrase.head].head
        if seat < 0 or not OFFICES.matches(tokens[seat]) or preposition_of(sentence, seat) not in LEAVING_PREPOSITIONS:
            continue
        verb = tokens[seat].head
        if verb >= 0 and LEAVING_NOUNS.matches(tokens[verb]):
            leaver = [e for c in sentence.children(verb) if tokens[c].rel == "nmod" and (e := person_at(c)) is not None]
            if leaver:
                found.append((leaver[0], phrase))
                continue
            verb = tokens[verb].head
        if verb < 0 or tokens[verb].pos != "VERB" or is_negated(sentence, verb):
            continue
        if OUSTING_VERBS.matches(tokens[verb]) and tokens[verb].feats.get("Voice") != "Pass":
            people = guest_after(sentence, verb, person_at, APPOINTEE_CASES)
        else:
            people = holders(sentence, verb, person_at, topic)
        found.extend((person, phrase) for person in people[:1])
    return found


def succeeded_posts(sentence: Sentence, named: list[TitlePhrase], person_at: EntityAt) -> list[tuple[object, TitlePhrase]]:
    """The post of a name that a verb of succeeding passes to its subject too: "Андрей Белоусов сменил на посту
    министра обороны Сергея Шойгу" (the post is Шойгу's by the name, and Белоусов's by the verb)."""
    found = []
    for phrase in named:
        verb = governing_verb(sentence, phrase.first)
        if verb is not None and succeeds_in_post(sentence, verb, phrase):
            found.extend((person, phrase) for person in subjects(sentence, verb, person_at)[:1])
    return found


def succeeds_in_post(sentence: Sentence, verb: int, phrase: TitlePhrase) -> bool:
    """Whether a title phrase hangs from a verb of succeeding in the past through "на посту": "сменил на посту
    министра обороны", "сменившему на посту премьер-министра"; not one to come ("он сменит на посту директора
    ФБР", "может сменить своего отца на посту президента"), which gives no post yet."""
    token = sentence.tokens[verb]
    if not SUCCEEDING_VERBS.matches(token) or token.feats.get("Tense") != "Past":
        return False
    current = sentence.tokens[phrase.first].head
    while current >= 0 and current != verb:
        if sentence.tokens[current].lemma == POST_NOUN and preposition_of(sentence, current) == "на":
            return True
        current = sentence.tokens[current].head
    return False


def is_agent_of_attribute(sentence: Sentence, verb: int, phrase: TitlePhrase, person_at: EntityAt) -> bool:
    """A title in the instrumental after a full passive participle that describes a thing, not a person: the
    agent ("в утвержденном президентом кадровом резерве"), not a post anyone takes. (A short participle is a
    predicate: "Джеймс Мердок переизбран главой совета директоров".)"""
    token = sentence.tokens[verb]
    if token.feats.get("VerbForm") != "Part" or token.feats.get("Voice") != "Pass" or token.feats.get("Variant") == "Short":
        return False
    if token.rel not in ("amod", "acl"):
        return False
    return sentence.tokens[phrase.head].case == "Ins" and token.head >= 0 and person_at(token.head) is None


def holders(sentence: Sentence, verb: int, person_at: EntityAt, topic: Topic | None = None) -> list[object]:
    """Who takes the post: the subject ("X занял пост", "X был назначен"), but the object of an
    active appointing verb ("Медведев назначил руководителем службы Ивана Муравьева")."""
    token = sentence.tokens[verb]
    if APPOINTING_VERBS.matches(token) and token.feats.get("Voice") != "Pass":
        return guest_after(sentence, verb, person_at, APPOINTEE_CASES)
    return subjects(sentence, verb, person_at) or linear_participants(sentence, verb, person_at) or implied_subject(sentence, verb, topic)


def implied_subject(sentence: Sentence, verb: int, topic: Topic | None) -> list[object]:
    """The person a main clause with no subject is about: a biography drops its subject after naming him ("Сергей
    Сергеевич Кравцов родился 17 марта 1974 года в Москве. … С 2002 года занимал различные должности в министерстве
    образования"). The clause's verb (or the one it completes or is coordinated with) must head the sentence, have no
    subject, and be a singular finite verb or short participle that is not in the first or second person and not
    neuter, with no relative pronoun just before it (a relative clause the parser took for a sentence of its own:
    "…, которая в настоящее время является"); the person is the nearest one named before it whose gender agrees
    with the verb's (`topic`)."""
    if topic is None:
        return []
    tokens = sentence.tokens
    current = verb
    for _ in range(3):
        if any(tokens[c].rel in CLAUSE_SUBJECT_RELS for c in sentence.children(current)):
            return []
        if tokens[current].rel not in SHARED_SUBJECT_RELS or tokens[current].head < 0:
            break
        current = tokens[current].head
    feats = tokens[current].feats
    finite = feats.get("VerbForm") == "Fin" or (feats.get("VerbForm") == "Part" and feats.get("Variant") == "Short")
    if tokens[current].rel != "root" or not finite or feats.get("Number") != "Sing" or feats.get("Person", "3") != "3":
        return []
    if any(t.lemma in RELATIVE_PRONOUNS for t in tokens[max(verb - CLAUSE_LEAD, 0) : verb]):
        return []
    if feats.get("Gender") == "Neut":
        return []
    person = topic(verb, feats.get("Gender"))
    return [person] if person is not None else []


def governing_verb(sentence: Sentence, index: int) -> int | None:
    """The verb a title hangs from, through at most two nouns that are seats of a post or titles ("занять [пост]
    премьер-министра", `POST_SEATS`), the participle of acting ("исполняющим обязанности главы") or a word it is
    coordinated with ("является [сторонником] и членом «Лиги
    Севера»"); none through the verb's subject ("Внук бывшего президента … занял пост", where
    the post is the grandson's)."""
    current = index
    for _ in range(3):
        head = sentence.tokens[current].head
        if head < 0 or sentence.tokens[current].rel in SUBJECT_RELS:
            return None
        if sentence.tokens[head].pos in ("VERB", "AUX") and not (ACTING.matches(sentence.tokens[head]) and sentence.tokens[head].head >= 0):
            return head
        coordinated = sentence.tokens[current].rel == "conj"
        if not (coordinated or POST_SEATS.matches(sentence.tokens[head]) or is_title(sentence.tokens[head]) or ACTING.matches(sentence.tokens[head])):
            return None
        current = head
    return None


def subjects(sentence: Sentence, verb: int, person_at: EntityAt) -> list[object]:
    """The verb's subject, or that of the verb it completes ("согласился занять", "продолжает работать")
    or is coordinated with ("Мейв Кеннеди родилась …, работала в Госдепартаменте")."""
    current = verb
    for _ in range(3):
        found = subject_of(sentence, current, person_at)
        if found or any(sentence.tokens[c].rel in SUBJECT_RELS for c in sentence.children(current)):
            return found
        token = sentence.tokens[current]
        if token.rel not in SHARED_SUBJECT_RELS or token.head < 0:
            break
        current = token.head
    return []


def subject_of(sentence: Sentence, head: int, person_at: EntityAt) -> list[object]:
    """The people who are the subject of a predicate.

    "который" stands for the noun its clause modifies ("Кокрел, который
    возглавлял городской совет"), and so does a participle's subject
    ("Андрей Бельянинов, возглавлявший ФТС").
    """
    tokens = sentence.tokens
    found = []
    for child in sentence.children(head):
        if tokens[child].rel not in SUBJECT_RELS:
            continue
        if tokens[child].lemma in RELATIVE_PRONOUNS:
            found.extend(modified_person(sentence, head, person_at) or person_before_comma(sentence, child, person_at))
        else:
            found.extend(persons_in_phrase(sentence, child, person_at))
    if not found and tokens[head].feats.get("VerbForm") == "Part":
        found.extend(modified_person(sentence, head, person_at))
    return found


def person_before_comma(sentence: Sentence, index: int, person_at: EntityAt) -> list[object]:
    """The person named right before the comma that opens a relative clause ("Рауль Кастро, который … сменил"),
    for a clause the parser did not hang from its noun."""
    if index < 2 or sentence.tokens[index - 1].text != ",":
        return []
    nearest = person_at(index - 2)
    return [nearest] if nearest is not None else []


def modified_person(sentence: Sentence, clause: int, person_at: EntityAt) -> list[object]:
    """The one person a relative clause or participle hangs from: the one its comma follows ("Сильвия
    Найд, Марен Майнерт, …, Пиа Сундхаге, ныне возглавляющая сборную США" is about Сундхаге alone)."""
    token = sentence.tokens[clause]
    if not token.rel.startswith("acl") or token.head < 0:
        return []
    for index in range(clause - 1, max(clause - CLAUSE_LEAD, 0), -1):
        if sentence.tokens[index].text == ",":
            nearest = person_at(index - 1)
            if nearest is not None:
                return [nearest]
            break
    return persons_in_phrase(sentence, token.head, person_at)[:1]


def is_predicate(sentence: Sentence, index: int) -> bool:
    """A title used as a predicate: "Эберсман был финансовым директором компании Genentech"."""
    return any(sentence.tokens[c].rel == "cop" for c in sentence.children(index))
