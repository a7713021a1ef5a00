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

from dataclasses import dataclass, field, replace

from graphkit.extract.gazetteer import Gazetteer, GazetteerEntry
from graphkit.extract.inflection import nominative_phrase, same_case_and_number
from graphkit.extract.lexicon import (
    AGE,
    FORMER,
    CANDIDATES,
    CLERGY,
    HEAD_OF_PLACE,
    HEAD_OF_STATE,
    HEAD_TITLES,
    HONOURED,
    HONOURS,
    INSTITUTION_WORDS,
    INSTRUMENTAL_TITLES,
    LOCATIVE_PREPOSITIONS,
    MEMBER_GROUPS,
    NATIONAL_LEADERS,
    NOT_ALONE,
    OWNERS,
    PARTICIPLE_TITLES,
    PROFESSIONS,
    RANKS,
    REGION_WORDS,
    RELATIVES,
    RESIDENTS,
    STAFF_TITLES,
    STATE_NOUNS,
    TERRITORY_WORDS,
    TITLE_MODIFIERS,
)
from graphkit.extract.mention import ADJECTIVE, Mention
from graphkit.extract.names import dictionary_roles
from graphkit.nlp.document import Sentence, Token
from graphkit.nlp.lemmas import parses
from graphkit.types import COUNTRY, HEADS, ORGANIZATION, PERSON, PLACE, WORKS_FOR

COMPLEMENT_POS = ("NOUN", "ADJ", "PROPN", "NUM", "DET")
LINKING_WORDS = frozenset({"и", "по", "в", "на", "при", "от", "-", "«", "»", '"'})
TITLE_BREAKS = frozenset({"в", "во", "на", "при", "от", "«", "»", '"', "(", ")", ",", "—", "–"})
"""Where a title ends inside a post phrase: "посол [Италии] в Грузии" -> "посол"."""
OBLIQUE = ("Gen", "Dat", "Ins", "Loc")
ANIMATE_GENITIVE = ("Gen", "Acc")
ACTING = ("и.о.", "и.о", "врио")
"""Acting in a post, written short before it ("И. о. главы администрации"), as the tokens run together."""
DASHES = frozenset({"—", "–", "-"})
APPOSITION_OPENERS = frozenset({",", "(", *DASHES})
APPOSITION_ENDS = frozenset({",", "(", ")", "—", "–"})
MAX_SKIPPED_WORDS = 8
"""How long an apposition that names no post may be for the posts after it to still be the name's."""
CANDIDACY_REACH = 3
"""How far before a post "кандидат в"/"кандидаты на пост" may stand."""
ORDINAL = "первый"
""""первый заместитель" is a post, "первый президент" a place in a sequence of holders."""
RELATIVE = "который"
OWNER_REACH = 12
"""How far before the comma of "…, президентом которого" its organisation may be named (past a bracketed aside)."""
GENDER_CLASSES = {"Masc": "Masc", "Neut": "Masc", "Fem": "Fem"}
MAX_ASIDE = 6
"""How many tokens a bracketed aside between listed names may take, brackets included."""


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
    of_home: bool = False
    """A national leader's bare title ("Президент Обама"), read as the article's country's."""

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
    return HEAD_TITLES.matches(token) or STAFF_TITLES.matches(token) or is_participle_title(token)


def is_participle_title(token: Token) -> bool:
    """"управляющий компанией": a participle read as a title, in the masculine singular ("управляющая компания" is
    none); the tagger also reads it as an animate noun with the verb's lemma."""
    feats = token.feats
    participle = feats.get("VerbForm") == "Part" or (token.pos == "NOUN" and feats.get("Animacy") == "Anim")
    return token.lemma in PARTICIPLE_TITLES and participle and feats.get("Gender") == "Masc" and feats.get("Number") == "Sing"


def title_lemma(token: Token) -> str:
    """The dictionary form of a title: "управляющий" (which the tagger reads as a form of "управлять"), without "экс-"."""
    if is_participle_title(token):
        return PARTICIPLE_TITLES[token.lemma]
    return token.lemma[len(FORMER) :] if token.lower.startswith(FORMER) else token.lemma


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
    shared: TitlePhrase | None = None
    for person in people:
        if any(m.label != PERSON and m.first <= person.first and person.last <= m.last for m in mentions):
            continue
        if shared is not None and listed_after(sentence.tokens, posts[-1].person, person):
            posts.append(Post(person=person, phrase=shared))
            continue
        shared = None
        ranks, end = ranks_before(sentence.tokens, age_start(sentence.tokens, person.first))
        end = honour_start(sentence.tokens, age_start(sentence.tokens, end), by_token)
        cases = name_cases(sentence.tokens, person)
        appositive = apposition_cases(sentence.tokens, person, cases)
        owns_post_before = cases == {"Gen"} and bool(appositive) and nearest_title_is_nominative(sentence.tokens, end, by_token)
        before = [] if owns_post_before else phrases_before(sentence, end, cases, by_token, gazetteer, home) or phrases_before_dash(sentence, end, cases, by_token, gazetteer, home)
        if before and surely_nominative(sentence.tokens, person, cases) and is_oblique_post(sentence.tokens, before[0]):
            before = []
        phrases = before or phrases_after(sentence, person, appositive, by_token, gazetteer, home)
        if is_open_to_membership(phrases) and (membership := member_of(sentence, person, by_token)) is not None:
            phrases = [replace(membership, title=phrases[0].title, head_lemma=phrases[0].head_lemma) if phrases else membership]
        phrases = [each for phrase in phrases for each in with_coordinated_institution(sentence.tokens, phrase, by_token)]
        if ranks and not phrases:
            posts.append(Post(person=person, phrase=None, ranks=ranks))
        for number, phrase in enumerate(phrases):
            posts.append(Post(person=person, phrase=phrase, ranks=ranks if number == 0 else []))
            used.update(range(phrase.first, phrase.last))
        if before and sentence.tokens[before[0].head].feats.get("Number") == "Plur" and not names_several(before[0], by_token):
            shared = before[0]
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


def with_coordinated_institution(tokens: list[Token], phrase: TitlePhrase, by_token: dict[int, Mention]) -> list[TitlePhrase]:
    """A post in an organisation joined by "и" to another in the same case is a post in both: "Председатель
    Госсовета и Совета министров Кубы Рауль Кастро", "Полузащитник испанской «Барселоны» и сборной Нидерландов"."""
    mention = phrase.institution_mention
    if mention is None or mention.label != ORGANIZATION:
        return [phrase]
    after = mention.last + (mention.last < phrase.last and tokens[mention.last].text in ("»", '"'))
    other = by_token.get(after + 1)
    if after + 1 >= phrase.last or tokens[after].lower != "и" or other is None or other.first != after + 1:
        return [phrase]
    if other.label != ORGANIZATION or other.last > phrase.last or tokens[other.first].case != tokens[mention.first].case:
        return [phrase]
    return [phrase, replace(phrase, institution_mention=other)]


def name_cases(tokens: list[Token], person: Mention) -> set[str]:
    """The cases the tagger reads a name in. Beside declined words, a word read as a nominative that the dictionary
    knows as no name is a foreign word left undeclined, not a nominative: "Пресс-секретарь президента Аргентины
    Кристины Фернандес де Киршнер" names her in the genitive."""
    words = [t for t in tokens[person.first : person.last] if t.case is not None]
    cases = {t.case for t in words}
    if len(cases) > 1 and not any(t.case == "Nom" and dictionary_roles(t.text) for t in words):
        cases.discard("Nom")
    return cases


def is_open_to_membership(phrases: list[TitlePhrase]) -> bool:
    """Whether "из группы X" after a name may say where the person works: the name has no post, or only a
    profession with no institution ("Баскетболист Деррик Роуз из команды Chicago Bulls")."""
    if not phrases:
        return True
    return phrases[0].head_lemma in PROFESSIONS and all(p.institution is None and p.institution_mention is None for p in phrases)


def names_several(phrase: TitlePhrase, by_token: dict[int, Mention]) -> bool:
    """A post of several institutions ("главы Ярославской и Смоленской областей"): its holders hold it one each."""
    span = range(phrase.first, phrase.last)
    coordinated = any(phrase.sentence.tokens[i].text in ("и", ",") for i in span)
    return coordinated and len({id(by_token[i]) for i in span if i in by_token}) > 1


def listed_after(tokens: list[Token], previous: Mention, person: Mention) -> bool:
    """Whether `person` follows `previous` in a list of names ("Депутаты Госдумы Адальби Шхагошев и Александр
    Грибов"), maybe past a bracketed aside ("вице-президенты МОК Томас Бах (Германия) и Нг Сер Мианг"): a title in
    the plural before the first is theirs too."""
    return person.first > previous.last and all(t.text in (",", "и") for t in tokens[past_aside(tokens, previous.last) : person.first])


def past_aside(tokens: list[Token], index: int) -> int:
    """The index after a short bracketed aside that starts at `index` ("(Германия)"), `index` when none does."""
    if index < len(tokens) and tokens[index].text == "(":
        closing = next((i for i in range(index + 1, min(index + MAX_ASIDE, len(tokens))) if tokens[i].text == ")"), None)
        if closing is not None:
            return closing + 1
    return index


def surely_nominative(tokens: list[Token], person: Mention, cases: set[str]) -> bool:
    """A name the tagger reads in the nominative whose surname the dictionary declines (unlike "Шойгу"): a
    post in another case before it is not its own ("указом президента Ю.Балуевский был назначен")."""
    if cases != {"Nom"}:
        return False
    readings = [form for form in parses(tokens[person.last - 1].text) if "Surn" in form.tag and form.tag.number == "sing"]
    return bool(readings) and all(form.tag.case == "nomn" for form in readings)


def is_oblique_post(tokens: list[Token], phrase: TitlePhrase) -> bool:
    """A post in an oblique case, unless a word before its head carries it ("исполняющий обязанности
    председателя", "И. о. главы") or it is a compound in its dictionary form ("Зампредседателя")."""
    head = tokens[phrase.head]
    if head.case not in OBLIQUE or head.lower == head.lemma:
        return False
    carried = any(TITLE_MODIFIERS.matches(t) and t.case in (None, "Nom") for t in tokens[phrase.first : phrase.head])
    return not carried and not "".join(t.lower for t in tokens[max(phrase.first - 4, 0) : phrase.first]).endswith(ACTING)


def nearest_title_is_nominative(tokens: list[Token], end: int, by_token: dict[int, Mention]) -> bool:
    """Whether the post word nearest before a declined genitive name is in the nominative: then the name owns the
    post and does not hold it ("сообщил представитель Обамы", "помощник Путина")."""
    index = end - 1
    while index >= 0 and (index in by_token or not is_post_word(tokens[index])) and tokens[index].case == "Gen":
        index -= 1
    return index >= 0 and is_post_word(tokens[index]) and tokens[index].case == "Nom"


def ranks_before(tokens: list[Token], end: int) -> tuple[list[str], int]:
    """Ranks right before a name ("генерал-полковником Эмомали …"), as lemmas, and where they start."""
    ranks = []
    while end > 0 and (length := rank_ending_at(tokens, end)):
        ranks.insert(0, " ".join(t.lemma for t in tokens[end - length : end]))
        end -= length
    return ranks, end


def age_start(tokens: list[Token], end: int) -> int:
    """Where an age right before a name (or its rank) starts, `end` when there is none: a post before it is still the
    name's ("на посту директора ФБР [68-летнего] Роберта Мюллера", "министр иностранных дел Японии [55-летний] Таро Коно")."""
    return end - 1 if end > 0 and AGE.fullmatch(tokens[end - 1].lower) else end


def honour_start(tokens: list[Token], end: int, by_token: dict[int, Mention]) -> int:
    """Where an honorary title right before a name (or its rank) starts, `end` when there is none: "командиру
    пулемётного расчета [Герою Советского Союза] Михаилу Козомазову", "[народной артистке СССР] Людмиле Зыкиной".
    The country in it gives an honour, not a post ("народный депутат Украины" is a post)."""
    mention = by_token.get(end - 1)
    if mention is None or mention.label != COUNTRY or mention.first == 0:
        return end
    before = mention.first - 1
    if HONOURS.matches(tokens[before]):
        return before
    if (before > 0 and HONOURED.matches(tokens[before - 1]) and not is_post_word(tokens[before])) or is_honour(tokens, before, title_lemma(tokens[before])):
        return before - 1
    return end


def phrases_before(
    sentence: Sentence, end: int, cases: set[str], by_token: dict[int, Mention], gazetteer: Gazetteer, home: str
) -> list[TitlePhrase]:
    """The title phrases ending at token `end` (right before a name in `cases`, or before its rank), nearest first.

    Posts in the case of the nearest one that precede it are the name's too,
    next to it ("наблюдатель от ОБСЕ португальский парламентарий Хуан
    Суареш") or before a comma ("лидер Меджлиса крымско-татарского народа,
    народный депутат Украины Мустафа Джемилев").
    """
    tokens = sentence.tokens
    found: list[TitlePhrase] = []
    name_end = next((m.last for m in by_token.values() if m.label == PERSON and m.first >= end), end)
    while end > 0:
        start = end
        while start > 0 and can_precede_name(tokens, start - 1, by_token, cases):
            start -= 1
        first = post_start(tokens, start, end, cases, by_token)
        if first is None or is_relative_of(tokens, first, end) or is_candidacy(tokens, first):
            break
        phrase = read_phrase(sentence, first, end, by_token, gazetteer, home)
        if phrase is None or (found and not same_case_and_number(tokens[phrase.head], tokens[found[0].head])):
            break
        if not found and tokens[phrase.head].feats.get("Number") == "Plur" and not is_coordinated(tokens, name_end):
            break
        found.append(phrase)
        joined = first > 0 and ((tokens[first - 1].text == "," and first == start) or tokens[first - 1].lower == "и")
        end = first - 1 if joined else first
    return found


def phrases_before_dash(
    sentence: Sentence, end: int, cases: set[str], by_token: dict[int, Mention], gazetteer: Gazetteer, home: str
) -> list[TitlePhrase]:
    """The title phrases before a dash right before a name, as a list of posts writes them ("министр финансов —
    Антон Силуанов", "с музыкантами группы СВ — Вадимом Голутвиным, Евгением Казанцевым …"), in the name's case."""
    if end < 2 or sentence.tokens[end - 1].text not in DASHES:
        return []
    found = phrases_before(sentence, end - 1, cases, by_token, gazetteer, home)
    return found if found and fits_case(sentence.tokens[found[0].head], cases) else []


def is_coordinated(tokens: list[Token], name_end: int) -> bool:
    """A name followed by another ("депутаты Госдумы Иванов и Петров"), maybe past a bracketed aside: a title in the
    plural may be theirs."""
    name_end = past_aside(tokens, name_end)
    return name_end < len(tokens) and tokens[name_end].text in (",", "и")


def post_start(tokens: list[Token], start: int, end: int, cases: set[str], by_token: dict[int, Mention]) -> int | None:
    """Where the last post of tokens [start, end) begins, with its modifiers; None without a post.

    The last post noun in the case of the name (`cases`) starts the post
    next to it ("Глава представительства США в регионе [помощник
    заместителя госсекретаря] Мэтью Брайза", "кабинета министров [глава
    правительства Израиля] Биньямин Нетаньяху"), unless coordinated with
    the one before ("президент и председатель правления"); posts in other
    cases are complements ("заместитель министра"), and so are genitives
    after a noun ("заместителя министра обороны Иванова"), but not after a
    post's institution ("генсека «газовой ОПЕК» [бывшего министра
    энергетики] Игоря Юсуфова"). Before a name in
    the genitive, a post in another case is someone else's, whose post
    governs the name's ("советник [президента России] Владимира Путина");
    not in the accusative, which a person's title shares with the genitive
    ("назначил заместителя министра Василия Небензю").
    """
    titles = [i for i in range(start, end) if i not in by_token and is_post_word(tokens[i])]
    if not titles:
        return None
    first = titles[0]
    nouns = [i for i in titles if tokens[i].pos == "NOUN" and not TITLE_MODIFIERS.matches(tokens[i])]
    for later in reversed(nouns[1:]):
        before = later - 1
        while before > start and is_modifier(tokens, before, by_token):
            before -= 1
        after_institution = before in by_token or tokens[before].text in ("»", '"')
        genitive = tokens[later].case in ANIMATE_GENITIVE
        if fits_case(tokens[later], cases) and (not genitive or after_institution) and not shares_institution(tokens, before, by_token):
            first = later
            break
    if cases == {"Gen"} and tokens[first].case in ("Nom", "Dat", "Ins", "Loc"):
        first = next((i for i in nouns if i > first and tokens[i].case == "Gen"), first)
    title = tokens[first]
    while first > start and (TITLE_MODIFIERS.matches(tokens[first - 1]) or is_owner_adjective(by_token.get(first - 1), title)):
        first -= 1
    return first


def shares_institution(tokens: list[Token], before: int, by_token: dict[int, Mention]) -> bool:
    """Whether a post after "и" at `before` shares the institution named after it with the post before "и"
    ("президент и председатель правления"); not when the post before has its own ("Свергнутый президент Египта и
    бывший лидер … «Братья мусульмане» Мухаммед Мурси": two posts)."""
    return tokens[before].lower == "и" and not (before > 0 and (before - 1 in by_token or tokens[before - 1].text in ("»", '"')))


def is_genitive(tokens: list[Token], mention: Mention) -> bool:
    return all(t.case == "Gen" for t in tokens[mention.first : mention.last] if t.text[:1].isalpha())


def fits_case(title: Token, cases: set[str]) -> bool:
    """A title in the case of the name; a person's accusative is the genitive's form, and the tagger reads either."""
    return title.case in cases or (title.case in ANIMATE_GENITIVE and bool(cases & set(ANIMATE_GENITIVE)))


def is_modifier(tokens: list[Token], index: int, by_token: dict[int, Mention]) -> bool:
    return (TITLE_MODIFIERS.matches(tokens[index]) and tokens[index].lower != "и") or is_country_adjective(by_token.get(index))


def is_owner_adjective(mention: Mention | None, title: Token) -> bool:
    """A country's adjective before any post; a place's before the post of its head ("московского мэра", "подмосковного губернатора")."""
    return is_country_adjective(mention) or (mention is not None and mention.label == PLACE and mention.form == ADJECTIVE and HEAD_OF_PLACE.matches(title))


def is_relative_of(tokens: list[Token], first: int, end: int) -> bool:
    """"дочь действующего президента Иванку Трамп": a relative of the post's holder is named, not the holder.

    A relative noun governs the post, and the name does not share the post's case
    ("супруг британской королевы Елизаветы II" names the queen).
    """
    before = first - 1
    while before >= 0 and tokens[before].pos in ("ADJ", "VERB") and tokens[before].case == tokens[first].case:
        before -= 1
    return before >= 0 and RELATIVES.matches(tokens[before]) and end < len(tokens) and tokens[end].case != tokens[first].case


def is_candidacy(tokens: list[Token], first: int) -> bool:
    """"кандидату в президенты Беларуси Андрею Санникову", "в кандидаты на пост генсека … Игоря Юсуфова": a post
    run for, not held."""
    return any(CANDIDATES.matches(tokens[i]) and tokens[i + 1].lower in ("в", "на") for i in range(max(first - CANDIDACY_REACH, 0), first))


def is_country_adjective(mention: Mention | None) -> bool:
    """"португальский парламентарий", "российский министр": the country of a post, before it."""
    return mention is not None and mention.label == COUNTRY and mention.form == ADJECTIVE


def rank_ending_at(tokens: list[Token], end: int) -> int:
    for length in (2, 1):
        if end - length >= 0 and is_rank(tokens, end - length) == length:
            return length
    return 0


def can_precede_name(tokens: list[Token], index: int, by_token: dict[int, Mention], cases: set[str]) -> bool:
    """Whether token `index` can be part of a post before a name in `cases`: a person named in the genitive
    can, before a name in another case ("пресс-секретарь президента России Владимира Путина Дмитрий Песков"), and
    an instrumental after a title that takes one ("управляющий компанией FaceCash Иван Петров")."""
    token = tokens[index]
    mention = by_token.get(index)
    if mention is not None:
        return mention.label != PERSON or (is_genitive(tokens, mention) and "Gen" not in cases)
    if is_post_word(token) or TITLE_MODIFIERS.matches(token) or OWNERS.matches(token):
        return True
    if token.text in LINKING_WORDS or is_bracketed_short_name(tokens, index, by_token):
        return True
    if token.pos == "ADV" and index + 1 < len(tokens) and tokens[index + 1].pos == "ADJ":
        return True
    if token.pos in COMPLEMENT_POS and token.case == "Ins":
        return any(title_lemma(t) in INSTRUMENTAL_TITLES for t in tokens[max(index - INSTRUMENTAL_REACH, 0) : index])
    return token.pos in COMPLEMENT_POS and token.case in ("Gen", "Dat", "Loc")


INSTRUMENTAL_REACH = 3
"""How far before an instrumental complement its title may be: "управляющий [Центральным] [банком] Мексики"."""


def is_bracketed_short_name(tokens: list[Token], index: int, by_token: dict[int, Mention]) -> bool:
    """A token of "(ОФДД)" or "(Роскомнадзора)" after an institution's name: "Генеральный секретарь Объединённого
    фронта … (ОФДД) Наттавута Сайкыа", "Пресс-секретарь Федеральной службы по надзору … (Роскомнадзора) Вадим
    Ампелонский"."""
    for first in range(index - 2, index + 1):
        if 0 <= first and first + 2 < len(tokens) and tokens[first].text == "(" and tokens[first + 2].text == ")":
            short = by_token.get(first + 1)
            return tokens[first + 1].text.isupper() or (short is not None and short.label != PERSON)
    return False


def phrases_after(
    sentence: Sentence, person: Mention, cases: set[str], by_token: dict[int, Mention], gazetteer: Gazetteer, home: str
) -> list[TitlePhrase]:
    """Appositions after a name that name its posts: "Сергей Лавров, глава МИД России, …".

    An apposition agrees with the name in case ("Дмитрия Медведева,
    депутаты …" names no post of his); one followed by a name is that
    name's ("Лев Пономарев, координатор движения «Левый фронт» Сергей
    Удальцов"); a short one that names no post is passed over ("Александра
    Брода, известного борца с ксенофобией, члена Общественной палаты").
    In a line with no verb (a signature, a caption) the post may follow the
    name with no comma: "Кирсан Илюмжинов Президент ФИДЕ".
    """
    tokens = sentence.tokens
    found: list[TitlePhrase] = []
    start = person.last
    bare = is_caption(tokens, start, by_token)
    while bare or (start + 1 < len(tokens) and tokens[start].text in APPOSITION_OPENERS):
        start += 0 if bare else 1
        bare = False
        title = apposed_title(tokens, start, by_token)
        if title is None:
            start = apposition_end(tokens, start, by_token, cases)
            continue
        if not (agrees(tokens[start], cases) or agrees(tokens[title], cases)) or tokens[title].feats.get("Number") == "Plur":
            break
        last = extend_phrase(sentence, title, by_token)
        following = by_token.get(last)
        if following is not None and following.label == PERSON:
            break
        phrase = read_phrase(sentence, start, last, by_token, gazetteer, home)
        if phrase is not None:
            found.append(phrase)
        start = last if last >= len(tokens) or tokens[last].text in APPOSITION_OPENERS else apposition_end(tokens, last, by_token, cases)
    return found


def is_caption(tokens: list[Token], start: int, by_token: dict[int, Mention]) -> bool:
    """A post word right after a name in a line with no verb: "Кирсан Илюмжинов Президент ФИДЕ"."""
    return start < len(tokens) and not any(t.pos in ("VERB", "AUX") for t in tokens) and apposed_title(tokens, start, by_token) is not None


def apposition_cases(tokens: list[Token], person: Mention, cases: set[str]) -> set[str]:
    """The cases an apposition to the name may take: any (an empty set) when every word of the name is in its
    dictionary form, as indeclinable foreign names are, whatever case the tagger gives them ("По словам Лео
    Бенедучи, генерального секретаря Osapp")."""
    words = tokens[person.first : person.last]
    return set() if all(t.lower == t.lemma for t in words) and cases != {"Nom"} else cases


def member_of(sentence: Sentence, person: Mention, by_token: dict[int, Mention]) -> TitlePhrase | None:
    """"Игорь Журавлёв из группы «Альянс»", "Деррик Роуз из команды Chicago Bulls": a member of an
    organisation named right after the name; the text names no title."""
    tokens = sentence.tokens
    index = person.last
    if index + 1 >= len(tokens) or tokens[index].lower != "из":
        return None
    index += 1
    if index not in by_token and MEMBER_GROUPS.matches(tokens[index]):
        index += 1
    while index < len(tokens) and tokens[index].text in ("«", '"'):
        index += 1
    organisation = by_token.get(index)
    if organisation is None or organisation.label != ORGANIZATION or organisation.form == ADJECTIVE:
        return None
    return TitlePhrase(sentence, person.last, organisation.last, WORKS_FOR, "", "", person.last, institution_mention=organisation)


def agrees(title: Token, cases: set[str]) -> bool:
    """An apposition in the case of the name; a title in its dictionary form ("замначальника") agrees with a nominative."""
    return not cases or not title.case or title.case in cases or (title.lower == title.lemma and "Nom" in cases)


def apposed_title(tokens: list[Token], first: int, by_token: dict[int, Mention]) -> int | None:
    """The post word that heads an apposition starting at `first`, after its modifiers
    ("бывший астронавт") or a noun coordinated with it ("политик и лидер субкультурной партии")."""
    index = first
    while index < len(tokens) and index not in by_token and (TITLE_MODIFIERS.matches(tokens[index]) or (tokens[index].pos == "ADJ" and not is_title(tokens[index]))):
        index += 1
    if index + 1 < len(tokens) and tokens[index].pos == "NOUN" and not is_title(tokens[index]) and tokens[index + 1].lower == "и":
        index += 2
    if index < len(tokens) and index not in by_token and is_title(tokens[index]) and not TITLE_MODIFIERS.matches(tokens[index]):
        return index
    return None


def apposition_end(tokens: list[Token], start: int, by_token: dict[int, Mention], cases: set[str]) -> int:
    """The punctuation that ends a short apposition naming no post, or the sentence's end when it is no apposition.

    It may name someone in another case ("соратник Цзян Цзэминя") or the
    same name in brackets ("(Scott Horowitz)"), but not another person in
    the name's case ("Василий Шумов, лидер «Центра», и Михаил Борзыкин, солист …").
    """
    if tokens[start].pos == "CCONJ":
        return len(tokens)
    bracketed = tokens[start - 1].text == "("
    for index in range(start, min(start + MAX_SKIPPED_WORDS, len(tokens))):
        token = tokens[index]
        mention = by_token.get(index)
        if token.pos == "VERB" or (mention is not None and mention.label == PERSON and not bracketed and token.case in cases):
            break
        if token.text in APPOSITION_ENDS:
            return index + 1 if token.text == ")" else index
    return len(tokens)


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
        if is_title(token) or TITLE_MODIFIERS.matches(token) or (token.pos in COMPLEMENT_POS and token.case in complement_cases(tokens, first)):
            last += 1
        elif token.text in ("«", "»", '"'):
            last += 1
        elif token.lower in ("в", "во", "на") and last + 1 < len(tokens) and tokens[last + 1].case == "Loc":
            last = place_of_post_end(tokens, last + 1, by_token)
        elif token.text in ("по",) and last + 1 < len(tokens) and tokens[last + 1].case == "Dat":
            last += 2
        elif token.pos == "ADJ" and token.case == "Dat" and last > first and tokens[last - 1].case == "Dat":
            last += 1
        else:
            break
    return last


def place_of_post_end(tokens: list[Token], start: int, by_token: dict[int, Mention]) -> int:
    """The end of where a post is, after "в"/"на": "посол Италии в [Грузии]", "генерального директора в
    [нефтедобывающей компании ООО «МНКТ»]" (words in the locative, and a name right after them)."""
    last = start + 1
    while last < len(tokens) and last not in by_token and tokens[last].case == "Loc" and tokens[last].pos in COMPLEMENT_POS:
        last += 1
    mention = by_token.get(last)
    if start not in by_token and mention is not None and mention.label != PERSON:
        last = mention.last
    return last


def complement_cases(tokens: list[Token], first: int) -> tuple[str, ...]:
    """Cases of a title's complements: the genitive, and the instrumental after "управляющий", "заведующий"."""
    return ("Gen", "Ins") if title_lemma(tokens[first]) in INSTRUMENTAL_TITLES else ("Gen",)


def read_phrase(sentence: Sentence, first: int, last: int, by_token: dict[int, Mention], gazetteer: Gazetteer, home: str) -> TitlePhrase | None:
    """Interpret tokens [first, last) as a post: title, relation, institution, country."""
    tokens = sentence.tokens
    while last > first and tokens[last - 1].text in LINKING_WORDS:
        last -= 1
    core = [i for i in range(first, last) if i not in by_token and is_title(tokens[i]) and not TITLE_MODIFIERS.matches(tokens[i])]
    ranks = [i for i in range(first, last) if i not in by_token and RANKS.matches(tokens[i])]
    if not core and not ranks:
        return None
    head_index = (core or ranks)[0]
    head = tokens[head_index]
    head_lemma = title_lemma(head)
    if serves_a_person(tokens, head_index, last):
        return None
    relation = HEADS if head_lemma in HEAD_TITLES else WORKS_FOR
    inside = [m for m in dict.fromkeys(by_token[i] for i in range(first, last) if i in by_token) if not is_constituency(tokens, m, by_token)]
    words = [t.lemma for t in tokens[first:last]]
    body_kind = gazetteer.body_kind_for_title(words)
    honour = is_honour(tokens, head_index, head_lemma)
    countries = [m for m in inside if m.label == COUNTRY and m.entry is not None and employs(tokens, m, head_lemma, honour)]
    country = countries[0].entry if countries else None
    organisation = next((m for m in inside if m.label == ORGANIZATION and m.form != ADJECTIVE), None) or relative_owner(tokens, first, last, by_token)
    place = next((m for m in inside if m.label == PLACE and employs(tokens, m, head_lemma, honour) and (m.form != ADJECTIVE or head_lemma in HEAD_OF_PLACE)), None)
    title_first = head_index
    while title_first > first and TITLE_MODIFIERS.matches(tokens[title_first - 1]) and title_first - 1 not in by_token:
        if relation == HEADS and tokens[title_first - 1].lemma == ORDINAL:
            break
        title_first -= 1
    while title_first < head_index and tokens[title_first].text in LINKING_WORDS:
        title_first += 1
    title_last = title_first
    while title_last < last and title_last not in by_token and tokens[title_last].text not in TITLE_BREAKS:
        title_last += 1
    title_last = title_end(tokens, head_index, title_last)
    while title_last > title_first + 1 and tokens[title_last - 1].text in LINKING_WORDS:
        title_last -= 1
    title_text = sentence.text[tokens[title_first].start - sentence.start : tokens[title_last - 1].end - sentence.start]
    plural = tokens[head_index].feats.get("Number") == "Plur"
    title = nominative_phrase(tokens[title_first:title_last], title_text, tokens[title_first].start, singular=plural).lower()
    phrase = TitlePhrase(sentence, first, last, relation, title, head_lemma, head_index, country=country, body_kind=body_kind)
    bare = all(i in core or TITLE_MODIFIERS.matches(tokens[i]) or STATE_NOUNS.matches(tokens[i]) for i in range(first, last))
    of_state = any(STATE_NOUNS.matches(t) for t in tokens[first:last])
    national_leader = bare and (head_lemma in NATIONAL_LEADERS or (of_state and head_lemma in HEAD_OF_STATE))
    of_body = any(INSTITUTION_WORDS.matches(t) and not TERRITORY_WORDS.matches(t) for t in tokens[first:last])
    regional = place is not None or any(REGION_WORDS.matches(t) for t in tokens[first:last])
    attach_institution(phrase, organisation, place, gazetteer, home, national_leader, of_body, regional)
    vague = (not core or (head_lemma in NOT_ALONE and len(core) == 1)) and not INSTITUTION_WORDS.intersection(words)
    if phrase.institution is None and phrase.institution_mention is None and vague:
        return None
    return phrase


def relative_owner(tokens: list[Token], first: int, last: int, by_token: dict[int, Mention]) -> Mention | None:
    """The organisation a title followed by "которого"/"которой" belongs to: the one named before the comma that
    opens the clause ("партия «Объединение за Мали» (…, RPM), руководителем которой он является", "в Русском
    дворянском собрании в Америке, президентом которого он являлся")."""
    if last >= len(tokens) or tokens[last].lemma != RELATIVE or tokens[last].case != "Gen" or first < 2 or tokens[first - 1].text != ",":
        return None
    for index in range(first - 2, max(-1, first - 2 - OWNER_REACH), -1):
        mention = by_token.get(index)
        if mention is not None and mention.label == ORGANIZATION and mention.form != ADJECTIVE:
            return mention if names_in_gender(tokens, mention, tokens[last]) else None
    return None


def names_in_gender(tokens: list[Token], mention: Mention, pronoun: Token) -> bool:
    """Whether the organisation's head noun, or the noun before its name ("партия «Объединение за Мали»"), agrees
    with the relative pronoun: "представительства …, главой которого" is not "Патриархия"."""
    before = mention.first - 1
    while before >= 0 and tokens[before].text in ("«", '"'):
        before -= 1
    nouns = [t for t in tokens[mention.first : mention.last] if t.pos in ("NOUN", "PROPN")][:1] + ([tokens[before]] if before >= 0 and tokens[before].pos == "NOUN" else [])
    return any(agree_in_gender(pronoun, noun) for noun in nouns)


def agree_in_gender(one: Token, other: Token) -> bool:
    """Whether two words may agree in gender: one is unknown, or both are feminine, or neither is (masculine and
    neuter share their oblique forms: "которого" stands for "собрании" as well as for "клубе")."""
    genders = {GENDER_CLASSES.get(one.feats.get("Gender", "")), GENDER_CLASSES.get(other.feats.get("Gender", ""))}
    return None in genders or len(genders) == 1


def employs(tokens: list[Token], mention: Mention, head_lemma: str, honour: bool) -> bool:
    """Whether a country or place in a title phrase is where its holder works: not for an honorary title, not for
    clergy, and not for a profession that only says where someone is from (`where_from`)."""
    if honour or head_lemma in CLERGY:
        return False
    return not (head_lemma in PROFESSIONS and where_from(tokens, mention))


def where_from(tokens: list[Token], mention: Mention) -> bool:
    """A country or place by a profession that says where the person is from or lives, not whom they work for:
    "бразильский космонавт", "известный актер в Великобритании" (but "военного астронавта США")."""
    return mention.form == ADJECTIVE or (mention.first > 0 and tokens[mention.first - 1].lower in LOCATIVE_PREPOSITIONS)


def is_honour(tokens: list[Token], head: int, head_lemma: str) -> bool:
    """An honorary title: "народный артист России", "заслуженный врач РФ" are given by the country, no post in it
    (but "народный депутат Украины" is a seat in parliament, and "заслуженный профессор Нагойского университета"
    still works there)."""
    return head_lemma in PROFESSIONS and head > 0 and HONOURED.matches(tokens[head - 1])


def serves_a_person(tokens: list[Token], head: int, last: int) -> bool:
    """A post held for a person, not in an institution: "адвокат основателя WikiLeaks", "помощник жены
    президента"; the institution after them is theirs."""
    after = head + 1
    while after < last and tokens[after].pos == "ADJ":
        after += 1
    return after < last and tokens[after].case == "Gen" and (OWNERS.matches(tokens[after]) or RELATIVES.matches(tokens[after]) or RESIDENTS.matches(tokens[after]))


def is_constituency(tokens: list[Token], mention: Mention, by_token: dict[int, Mention]) -> bool:
    """A place a post holder represents, not one they work for: "сенатор от штата Вермонт" (but an
    organisation after "от" sends them: "наблюдатель от ОБСЕ")."""
    if mention.label not in (COUNTRY, PLACE):
        return False
    index = mention.first - 1
    while index >= 0 and index not in by_token and tokens[index].pos in ("NOUN", "ADJ") and tokens[index].case == "Gen":
        index -= 1
    return index >= 0 and tokens[index].lower == "от"


def attach_institution(
    phrase: TitlePhrase,
    organisation: Mention | None,
    place: Mention | None,
    gazetteer: Gazetteer,
    home: str,
    national_leader: bool,
    of_body: bool,
    regional: bool,
) -> None:
    """The institution a post belongs to, from what its phrase names.

    A head of an unnamed body of a country or place ("Глава представительства
    США") does not lead the country: they work for it. A ministry of a
    region ("министр финансов немецкой земли Гессен", "министр экономики
    области") is none of the country's ministries: its minister works for
    the region, when it is named.

    A post of a named country that is not its head and has no known body
    ("министр по государственным сборам Новой Зеландии") works for the
    country. A national leader's bare title ("Премьер-министр Михаил
    Фрадков", "Глава государства Дмитрий Медведев") means the article's
    country, `home`.
    """
    country = phrase.country
    kind = gazetteer.body_kinds[phrase.body_kind] if phrase.body_kind else None
    if organisation is not None:
        phrase.institution_mention = organisation
    elif kind is not None and kind.of == "country" and not regional and (country is not None or kind.is_ministry):
        phrase.institution = gazetteer.body(phrase.body_kind, country_code(country) if country is not None else home)
    elif country is not None and phrase.head_lemma in HEAD_OF_STATE and phrase.relation == HEADS and not of_body:
        phrase.institution = country
    elif place is not None and (phrase.head_lemma in HEAD_OF_PLACE or phrase.relation == WORKS_FOR or kind is not None):
        phrase.institution_mention = place
        if of_body or phrase.head_lemma not in HEAD_OF_PLACE:
            phrase.relation = WORKS_FOR
    elif country is not None:
        phrase.institution = country
        phrase.relation = WORKS_FOR
    elif national_leader:
        phrase.institution = gazetteer.country(home)
        phrase.of_home = True


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
