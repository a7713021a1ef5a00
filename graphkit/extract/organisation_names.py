"""How far an organisation's name reaches around the words NER or the gazetteer found.

Russian names organisations by phrases that NER often cuts short or misses:
a body word before its owner's name ("администрация США", "Судейский
комитет ФИФА"), a remit after a body word ("комитет ООН против пыток",
"сборная России по бобслею и скелетону"), a quoted name after what the
organisation is ("концерн «Майкрософт»", "ООО «Алтек»"). These functions
work on a sentence's tokens; `mentions` makes mentions of what they find.
"""

from __future__ import annotations

from graphkit.extract.lexicon import Words
from graphkit.nlp.document import Token

BODY_WORDS = Words(
    {
        "администрация", "правительство", "делегация", "представительство", "руководство", "парламент", "пресс-служба",
        "посольство", "консульство", "кабинет", "сборная", "министерство", "прокуратура", "спецслужба",
        "отделение", "отдел", "кафедра", "цех", "бюро", "канцелярия", "филиал", "подразделение", "президиум",
        "комитет", "совет", "комиссия", "экипаж", "экспедиция", "фракция", "департамент", "управление",
    }
)
"""Bodies named by whom they belong to ("администрация США", "пресс-служба Кадырова", "сборная России", "фракция КПРФ"),
and units of an organisation ("кафедра … РГГУ", "Судейский комитет ФИФА", "экипаж МКС")."""

ACTION_BODY_WORDS = Words({"управление"})
"""Body words that also name an action ("участие в управлении КНДР", "взял управление БЮТ на себя"): a body only with an
adjective ("следственное управление", "столичного управления ФСИН") or a complement ("управление полиции …") before its owner."""

FACILITY_WORDS = Words(
    {
        "здание", "штаб-квартира", "тюрьма", "изолятор", "аэропорт", "вокзал", "памятник", "бизнес-центр", "комплекс",
        "стадион", "борт", "резиденция", "лагерь", "космодром", "полигон", "база",
    }
)
"""Buildings and sites named by whom they belong to: "штаб-квартира Google", "тюрьма США", "борт МКС" are places."""
FACILITY_NOUNS = frozenset({"аэропорт", "дворец", "стадион", "вокзал", "космодром", "бизнес-центр", "магазин", "универмаг", "отель", "гостиница"})
"""Lemmas of the nouns of buildings and sites that have names of their own: "Вашингтонский аэропорт", "Водный стадион"."""

NAMED_AFTER_WORDS = Words(
    {
        "театр", "институт", "университет", "музей", "библиотека", "училище", "академия", "консерватория", "больница",
        "школа", "колледж", "лицей", "гимназия", "завод", "фабрика", "комбинат", "дворец", "филармония", "центр",
        "фонд", "госпиталь", "клиника", "лаборатория",
    }
)
"""Institutions named after someone or something with "имени"/"им.": "театр имени Марии Ермоловой", "больнице
имени Кащенко", "институт им. Гнесиных"."""

AREA_WORDS = Words(
    {"центр", "север", "юг", "восток", "запад", "северо-запад", "северо-восток", "юго-запад", "юго-восток", "пригород", "окраина", "предместье"}
)
"""Parts of a place named by the place: "в центре Москвы", "на востоке Украины", "в пригороде Бостона" are places inside it."""

AREA_QUALIFIERS = frozenset({"исторический", "самый", "крайний", "ближний", "дальний"})

MEMORIAL_WORDS = Words({"памятник", "монумент", "бюст", "мемориал"})
"""Sites named by the person they honour, in the dative: "памятник Пушкину" is a place."""

VEHICLE_WORDS = Words(
    {
        "шаттл", "корабль", "челнок", "полёт", "самолёт", "лайнер", "судно", "теплоход", "ледокол", "танкер", "крейсер",
        "авианосец", "подлодка", "ракета", "спутник", "зонд", "марсоход", "луноход", "телескоп",
    }
)
"""Craft and instruments named after these ("шаттл «Дискавери»", "полёт «Атлантис»") are no organisations."""
WORK_WORDS = Words(
    {
        "статья", "книга", "роман", "повесть", "пьеса", "поэма", "сборник", "колонка", "фильм", "кинофильм",
        "мультфильм", "сериал", "телесериал", "передача", "телепередача", "программа", "шоу", "спектакль",
        "песня", "альбом", "сингл", "клип", "опера", "балет",
    }
)
"""Works named in quotes after these ("сериал «Бригада»", "в программе «Сегодня»") are no organisations."""
MAX_AUTHOR_WORDS = 3
"""How many words an author's name between a work's word and its title may take ("сериал Дэвида Линча «Твин Пикс»")."""

REMIT_BODIES = Words(
    {
        "служба", "агентство", "федерация", "центр", "союз", "ассоциация", "фонд", "суд",
        "палата", "инспекция", "надзор", "группа", "совещание", "ассамблея",
    }
)
"""Body words besides BODY_WORDS whose names go on with a remit: "Федеральная служба по надзору …", "рабочая группа по …"."""

MAX_COMPLEMENT_TOKENS = 5
"""The longest lower-case complement between a body word and its owner: "отдел [корпоративных серверов и сетей] HP"."""
REMIT_PREPOSITIONS = frozenset({"по", "при", "против"})
NOT_REMITS = frozenset(
    {
        "данные", "слово", "итог", "мнение", "сообщение", "оценка", "информация", "причина", "повод", "результат",
        "линия", "отношение", "просьба", "приглашение", "решение", "инициатива", "случай", "время", "факт",
        "обвинение", "подозрение", "поручение", "приказ", "указание", "требование", "запрос", "заявление",
    }
)
"""Nouns after "по" that say how something is known or done ("по данным", "по итогам", "по факту"), not what a body
deals with."""
CASE = "дело"
""""По делу Голунова" is a case, "по делам молодёжи" a remit: the word is a remit only in the plural."""
REMIT_POS = frozenset({"ADJ", "NOUN", "NUM"})
MAX_REMIT_TOKENS = 8

QUOTES = frozenset({"«", "»", '"', "„", "“", "”"})
LEGAL_FORMS = frozenset({"ооо", "оао", "зао", "пао", "ао", "гуп", "фгуп", "муп", "гбу", "фгбу", "нпо", "ано", "нко"})
DESCRIPTORS = frozenset(
    {
        "компания", "концерн", "корпорация", "холдинг", "группа", "фирма", "банк", "завод", "фабрика", "комбинат",
        "издательство", "газета", "журнал", "телеканал", "радиостанция", "агентство", "фонд", "движение", "партия",
        "клуб", "организация", "объединение", "общество", "союз", "ассоциация", "сеть", "магазин", "предприятие",
        "институт", "группировка", "коалиция", "блок",
    }
)
"""Lemmas that say what kind of organisation a quoted name is: "концерн «Майкрософт»", "ООО «Алтек»"."""


def body_start(tokens: list[Token], owner: int, covered: set[int], words: Words = BODY_WORDS, case: str = "Gen", complements: bool = False) -> int | None:
    """Where the name of a body (or, with FACILITY_WORDS, a site) owned by the name at token `owner` starts, or None.

    "администрации [США]", "пресс-служба [Кадырова]": a body word right
    before an owner in the genitive (or in `case`: "памятник [Пушкину]"),
    or before what the owner is and its quoted name ("отделения движения
    «[Солидарность]»"), or with `complements` before a lower-case genitive
    complement ("отдела корпоративных серверов и сетей [HP]", "администрации
    президента [Обамы]"); adjectives agreeing with it belong to the name
    ("Судейский комитет [ФИФА]"), but not a superlative ("крупнейшего управления полиции"). A plural is a kind, not one body
    ("тюрьмы [Китая]"). Tokens in `covered` belong to other names.
    """
    head = owner - 1
    owner_case = tokens[owner].case
    if head >= 2 and tokens[head].text in OPENING_QUOTES and tokens[head - 1].lemma in DESCRIPTORS and head - 1 not in covered:
        head, owner_case = head - 2, tokens[head - 1].case
    elif complements and not words.matches(tokens[head]):
        head = complement_start(tokens, head, covered, words)
    if head < 0 or head in covered or owner_case not in (None, case) or tokens[head].feats.get("Number") == "Plur" or not words.matches(tokens[head]):
        return None
    first = head
    while first > 0 and first - 1 not in covered and agrees_as_part_of_name(tokens[first - 1], tokens[head]):
        first -= 1
    if first == head == owner - 1 and ACTION_BODY_WORDS.matches(tokens[head]):
        return None
    return first


def area_start(tokens: list[Token], owner: int) -> int | None:
    """Where the name of a part of the place at token `owner` starts ("[центре] Москвы", "[востоке] Украины"), or None.

    A qualifier may go before the part ("историческом центре Москвы" is the
    centre); another adjective makes it something else ("научного центра
    России" is an institute), and so does a capital ("Центр Москвы по …").
    """
    head = owner - 1
    if head < 0 or tokens[owner].case != "Gen" or tokens[head].feats.get("Number") == "Plur" or not AREA_WORDS.matches(tokens[head]):
        return None
    if head > 0 and (not tokens[head].text.islower() or agrees_as_part_of_name(tokens[head - 1], tokens[head]) and tokens[head - 1].lemma not in AREA_QUALIFIERS):
        return None
    return head


def agrees_as_part_of_name(adjective: Token, head: Token) -> bool:
    """An adjective in the case of a body word, not a superlative ("крупнейшего управления полиции")."""
    return adjective.pos == "ADJ" and adjective.case == head.case and adjective.feats.get("Degree") != "Sup"


COMPLEMENT_CASES = ("Gen", "Ins")
"""Cases of the words of a body's complement: genitives, and what a verbal noun among them governs ("управления
[программами] и конкурсных процедур")."""


def complement_start(tokens: list[Token], last: int, covered: set[int], words: Words) -> int:
    """The body word (of `words`) before the lower-case genitive complement that ends at token `last`: "[отдел]
    корпоративных серверов и сетей HP", "[департаментом] управления программами и конкурсных процедур Минобрнауки";
    `last` itself when no such complement ends there."""
    if tokens[last].pos != "NOUN" or tokens[last].case != "Gen" or not tokens[last].text.islower():
        return last
    index = last
    while index > 0 and last - index < MAX_COMPLEMENT_TOKENS and index - 1 not in covered and not words.matches(tokens[index - 1]) and (
        tokens[index - 1].text.islower() and (tokens[index - 1].lower == "и" or (tokens[index - 1].pos in ("ADJ", "NOUN") and tokens[index - 1].case in COMPLEMENT_CASES))
    ):
        index -= 1
    if tokens[index].lower == "и":
        return last  # "правительства [и губернатора] области": two bodies, not one with a complement
    head = index - 1
    if head > 0 and head - 1 not in covered and tokens[head].case == "Gen" and words.matches(tokens[head]) and words.matches(tokens[head - 1]):
        head -= 1  # a body word in the genitive after another is its complement: "департаментом [управления] …"
    return head


def opens_remit(token: Token) -> bool:
    """Whether a word after "по" may start what a body deals with: not "по данным", not "по делу Голунова"."""
    return token.lemma not in NOT_REMITS and not (token.lemma == CASE and token.feats.get("Number") == "Sing")


def remit_end(tokens: list[Token], first: int, last: int, names: set[int]) -> int:
    """Where the name of a body over tokens [first, last) ends when it goes on with what it deals with or where it sits.

    "Комитет ООН [против пыток]", "сборная России [по бобслею и скелетону]",
    "Следственный комитет [при прокуратуре]": a phrase of lower-case nouns
    and adjectives after "по", "при" or "против", in the case the
    preposition governs or in the genitive, and names in `names` inside it.
    """
    if last >= len(tokens) - 1 or tokens[last].lower not in REMIT_PREPOSITIONS:
        return last
    if not any(BODY_WORDS.matches(t) or REMIT_BODIES.matches(t) for t in tokens[first:last]):
        return last
    opening = tokens[last + 1]
    if opening.pos not in ("NOUN", "ADJ", "PROPN") or not opens_remit(opening):
        return last
    end = last + 1
    limit = min(len(tokens), last + 1 + MAX_REMIT_TOKENS)
    while end < limit:
        token = tokens[end]
        if not (token.lower == "и" or end in names or in_remit(token, opening.case) or (token.text == "," and is_list_comma(tokens, end, opening.case, limit))):
            break
        end += 1
    while end > last + 1 and tokens[end - 1].lower == "и":
        end -= 1
    return end if end > last + 1 else last


def in_remit(token: Token, case: str | None) -> bool:
    """A lower-case word that goes on with a remit opened in `case`."""
    return token.text.islower() and token.pos in REMIT_POS and token.case in (case, "Gen")


def is_list_comma(tokens: list[Token], index: int, case: str | None, limit: int) -> bool:
    """A comma inside a list that a remit goes on with, the list closed by "и": "по природным ресурсам,
    собственности и земельным отношениям", "по вопросам семьи, женщин и детей"."""
    for token in tokens[index + 1 : limit]:
        if token.lower == "и":
            return True
        if not in_remit(token, case):
            return False
    return False


def quoted_name(tokens: list[Token]) -> str:
    """The quoted name of an organisation written after what it is: "Концерн «Майкрософт»" -> "Майкрософт"; "" if not so written.

    The name in quotes does not inflect ("компанией «Алтек»"), so it is
    taken as written, and a bare "Майкрософт" elsewhere is the same name.
    """
    opening = next((i for i, t in enumerate(tokens) if t.text in QUOTES), None)
    if not opening or not all(t.lower in LEGAL_FORMS or t.lemma in DESCRIPTORS for t in tokens[:opening]):
        return ""
    inside = [t for t in tokens[opening + 1 :] if t.text not in QUOTES]
    return join_tokens(inside) if inside else ""


def quoted_after_descriptor(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """The tokens [first, last) of a quoted name right after the descriptor at `index` ("клуба «[16 тонн]»"), or None."""
    if index + 2 >= len(tokens) or tokens[index + 1].text not in OPENING_QUOTES or not tokens[index].text.islower() or tokens[index].lemma not in DESCRIPTORS:
        return None
    closing = next((i for i in range(index + 2, min(index + 2 + MAX_QUOTED_TOKENS, len(tokens))) if tokens[i].text in QUOTES), None)
    if closing is None or closing == index + 2 or not (tokens[index + 2].text[:1].isupper() or tokens[index + 2].text[:1].isdigit()):
        return None
    return index + 2, closing


OPENING_QUOTES = frozenset({"«", '"', "„", "“"})
MAX_QUOTED_TOKENS = 8


def join_tokens(tokens: list[Token]) -> str:
    """The tokens as written, with the spaces that were between them."""
    pieces = [tokens[0].text]
    for previous, token in zip(tokens, tokens[1:]):
        pieces.append(" " * (token.start > previous.end) + token.text)
    return "".join(pieces)


def names_a_work(tokens: list[Token], first: int) -> bool:
    """Whether the name starting at token `first` is in quotes right after a word for a work, maybe with its author
    between: "сериал «[Бригада]»", "фильм «[Цирк]»", "сериал Дэвида Линча «[Твин Пикс]»", "в статье Частного
    корреспондента «[Жара продолжается]»"; not "альбом группы «Були для бабули»", whose group is named, nor
    "Фестиваля Мультипликационных фильмов «КРОК»", named after works in the plural."""
    quote = first - 1
    if quote < 1 or tokens[quote].text not in OPENING_QUOTES:
        return False
    for between in range(MAX_AUTHOR_WORDS + 1):
        index = quote - 1 - between
        if index < 0 or not tokens[index].text[:1].isalpha():
            return False
        if WORK_WORDS.matches(tokens[index]):
            singular = tokens[index].feats.get("Number") != "Plur"
            return singular and (between == 0 or tokens[index + 1].is_capitalised)
    return False


def names_a_vehicle(tokens: list[Token], first: int) -> bool:
    """Whether the name starting at token `first` follows a vehicle word: "шаттл «[Дискавери]»",
    also second in a pair, past a bracketed aside: "шаттлы «Индевор» (в конце апреля) и «[Атлантис]»"."""
    index = first - 1
    if index >= 0 and tokens[index].text in QUOTES:
        index -= 1
    if index >= 1 and tokens[index].text in ("и", ","):
        before = index - 1
        if tokens[before].text == ")":
            before = next((i for i in range(before - 1, -1, -1) if tokens[i].text == "("), 0) - 1
        if before >= 0 and tokens[before].text in QUOTES:
            index = before - 1
            while index >= 0 and tokens[index].text not in QUOTES:
                index -= 1
            index -= 1
    return index >= 0 and VEHICLE_WORDS.matches(tokens[index])
