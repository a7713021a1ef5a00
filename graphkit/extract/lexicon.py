"""Word lists the extraction rules are built on: posts, ranks, and event words.

All entries are lemmas (lower case, ё written е), so they match any
grammatical form of the word in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from graphkit.nlp.document import Token


AGE = re.compile(r"\d+-летн(?:ий|его|ему|им|ем|ие|их|ими|яя|ей|юю)")
"""An age written in figures ("68-летнего", folded): it may stand between a post and its holder's name, and NER
sometimes takes it into the name before it ("ГРУ 66-летний")."""
AGE_IN_WORDS = re.compile(r"[а-яё]+летн(?:ий|его|ему|им|ем|ие|их|ими|яя|ей|юю)")
"""An age written in words ("восьмидесятилетний", folded), which NER sometimes takes into the name after it."""


class Words(frozenset):
    """A set of lemmas that can also test a token cheaply.

    `matches(token)` first checks the token's surface against short prefixes
    of the lemmas' forms and looks the word up in the dictionary only when one
    fits: most tokens of a text are rejected without a dictionary look-up.
    The prefixes are taken from every form, since a stem may change ("стать":
    "стал", "станет"; "дума": "думы"; "отец": "отца").
    Lemmas are written with "е" for "ё", as `Token.lemma` gives them.
    """

    def __new__(cls, words: Iterable[str] = ()) -> Words:
        return super().__new__(cls, (word.replace("ё", "е") for word in words))

    @functools.cached_property
    def stems(self) -> tuple[str, ...]:
        from graphkit.nlp.lemmas import inflected_forms

        return tuple(sorted({form[: max(4, len(word) - 4)] for word in self for form in inflected_forms(word)}))

    def matches(self, token: Token) -> bool:
        word = token.lower
        if word.startswith(FORMER):
            return word[len(FORMER) :].startswith(self.stems) and lemma_after_prefix(token) in self
        return word.startswith(self.stems) and token.lemma in self


LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})
"""Prepositions of where something is or happens: "в Сбербанке", "на заводе", "во Франции"."""

FORMER = "экс-"
""""Экс-председатель" holds (held) the post "председатель"."""


def lemma_after_prefix(token: Token) -> str:
    from graphkit.nlp.lemmas import lemmatize

    return lemmatize(token.text[len(FORMER) :], token.pos, tuple(sorted(token.feats.items())))


HEAD_TITLES = Words(
    {
        "министр", "глава", "руководитель", "председатель", "президент", "премьер-министр", "премьер",
        "мэр", "губернатор", "директор", "гендиректор", "начальник", "командующий", "главнокомандующий",
        "канцлер", "король", "королева", "монарх", "император", "шейх", "эмир", "султан", "лидер", "генсек",
        "спикер", "председательница", "президентка", "шеф", "ректор", "управляющий", "градоначальник",
        "главком", "комиссар", "генпрокурор", "прокурор", "омбудсмен", "сопредседатель", "худрук", "директриса",
        "патриарх", "папа", "аятолла", "командир", "главарь", "митрополит", "шериф",
    }
)
"""Posts whose holder leads the institution they are attached to: HEADS."""

PROFESSIONS = Words(
    {
        "астронавт", "космонавт", "журналист", "корреспондент", "обозреватель", "фотограф", "оператор", "эксперт",
        "аналитик", "экономист", "игрок", "вратарь", "нападающий", "защитник", "полузащитник", "форвард", "голкипер",
        "хавбек", "пилот", "гонщик", "тренер", "наставник", "продюсер", "вокалист", "гитарист", "барабанщик", "солист",
        "менеджер", "топ-менеджер", "блог-менеджер", "профессор", "дипломат", "чиновник", "офицер", "военнослужащий", "актер",
        "актриса", "артист", "артистка", "режиссер", "кинорежиссер", "дирижер", "хореограф", "балетмейстер",
        "музыкант", "певец", "певица", "врач", "хирург", "медик", "футболист", "хоккеист", "баскетболист",
        "волейболист", "спортсмен", "спортсменка", "полицейский", "милиционер", "юрист", "адвокат", "инженер",
        "работник", "преподаватель", "учитель", "доцент", "исследователь", "священник", "епископ", "архиепископ",
        "протоиерей", "кардинал", "имам", "телеведущий", "агент", "солдат", "боец", "спасатель", "охранник",
        "водитель", "бухгалтер", "программист", "дизайнер", "сценарист", "репортер", "ассистент", "консультант",
    }
)
"""Posts that are also professions: with a country alone ("бразильский космонавт") they say where a
person is from, not whom they work for."""

CLERGY = Words({"священник", "епископ", "архиепископ", "протоиерей", "кардинал", "имам"})
"""Clergy serve a church, never a state: "кардинал США", "архиепископ Манилы" say where they serve, not whom for."""

STAFF_TITLES = Words(
    {
        "заместитель", "замминистра", "замглава", "замглавы", "зам", "вице-премьер", "вице-президент", "вице-спикер",
        "вице-губернатор", "вице-мэр", "советник", "помощник", "пресс-секретарь", "представитель",
        "спецпредставитель", "постпред", "полпред", "посол", "посланник", "консул", "генконсул", "атташе",
        "сотрудник", "депутат", "сенатор", "член", "секретарь", "замдиректора", "референт", "министр-советник",
        "уполномоченный", "координатор", "капитан", "пресс-атташе", "главред", "редактор", "судья", "следователь",
        "аудитор", "инспектор", "министр-координатор", "исполнительный", "генеральный", "первый", "статс-секретарь",
        "парламентарий", "председатель", "наблюдатель", "переговорщик", "замначальника", "заведующий", "завкафедрой",
        "научный", "сотрудница", "докладчик", "госсекретарь", "солистка", "вокалистка", "журналистка",
        "корреспондентка", "замначальник", "замминистр", "замдиректор", "замгендиректор", "замгендиректора",
        "зампред", "зампредседатель", "зампредседателя", "замгубернатора", "замсекретаря", "замсекретарь", "зампрокурора", "зампрокурор",
        "замгенпрокурора", "замгенпрокурор", "замглавнокомандующего", "замглавнокомандующий",
    }
    | PROFESSIONS
)
"""Posts held inside an institution without leading it: WORKS_FOR.

Founders, owners and shareholders hold no post: neither factRuEval nor
NEREL count them as occupations (NEREL has FOUNDED_BY and OWNER_OF).

A few adjectives ("первый", "генеральный") are here so that a title
phrase may start with them ("первый заместитель", "генеральный директор");
they never make a post on their own.
"""

TITLE_MODIFIERS = Words({"первый", "генеральный", "исполнительный", "временно", "исполняющий", "исполнять", "обязанность", "бывший", "экс", "новый", "нынешний", "действующий", "главный", "старший", "специальный", "официальный", "чрезвычайный", "полномочный", "и", "верховный", "федеральный", "постоянный", "народный", "художественный", "финансовый", "и.о."})
"""Words that may stand inside a title phrase before its head ("первый заместитель", "временно исполняющий обязанности")."""

NOT_ALONE = Words({"первый", "генеральный", "исполнительный", "член", "глава"})
"""Titles too vague to be a post without an institution ("глава" alone is a chapter)."""

INSTITUTION_WORDS = Words(
    {
        "ведомство", "министерство", "правительство", "администрация", "служба", "агентство", "комитет", "департамент",
        "управление", "организация", "компания", "корпорация", "банк", "фонд", "партия", "штаб", "армия", "делегация",
        "посольство", "миссия", "страна", "государство", "республика", "город", "область", "край", "регион",
        "движение", "отделение", "отдел", "фракция", "президиум", "представительство", "пресс-служба", "газета",
        "еженедельник", "журнал", "издание", "телеканал", "телекомпания", "радиостанция", "клуб", "команда", "сборная",
        "группа", "театр", "институт", "университет", "центр", "холдинг", "концерн", "объединение", "ассоциация",
        "союз", "общество", "проект", "лаборатория", "кафедра", "факультет", "епархия", "обком", "горком",
        "собрание", "совет", "дума", "парламент", "палата", "сенат", "конгресс", "суд", "правление", "коллегия",
        "прокуратура", "полиция", "редакция", "консульство", "бюро", "госдума", "совфед",
        "издательство", "авиакомпания", "предприятие", "завод", "фабрика", "студия", "музей", "академия", "училище",
        "больница", "биржа", "профсоюз", "оркестр", "ансамбль", "комиссия", "инспекция", "трибунал", "производитель", "сеть",
        "галерея", "радио",
    }
)
"""Nouns that name an institution, not a post: they make "глава"/"член" a post even without a named
institution ("глава ведомства"), and a title ends before them ("лидер фракции" -> "лидер")."""

OWNERS = Words({"основатель", "сооснователь", "учредитель", "владелец", "совладелец", "хозяин", "акционер", "совладелица", "владелица"})
"""Founders and owners: no post, but a title phrase may run through them ("бывший глава Русской
винно-водочной компании и совладелец WFC Артур Перепёлкин")."""

MEMBER_GROUPS = Words({"группа", "команда", "клуб", "коллектив", "ансамбль", "оркестр", "труппа", "театр", "сборная", "компания", "банк", "университет", "институт", "редакция"})
"""Organisations whose people are named as "X из группы «Альянс»": their members, players, staff."""

STATE_NOUNS = Words({"государство", "страна"})
"""A head of state named by these alone ("глава государства") leads the article's country."""

CANDIDATES = Words({"кандидат", "кандидатка", "претендент", "претендентка"})
"""Who runs for a post ("кандидат в президенты") does not hold it."""

REGION_WORDS = Words({"область", "край", "регион", "округ", "район", "провинция", "земля", "штат", "город", "губерния"})
"""Parts of a country: a ministry of one ("министр экономики области") is none of the country's ministries."""

DISTRICT_WORDS = Words({"район", "округ", "микрорайон", "улица", "площадь", "проспект", "переулок", "бульвар", "шоссе", "набережная", "проезд", "аллея"})
"""Nouns a capitalised adjective names a district or street with ("Советский район", "Варшавское шоссе")."""

TERRITORY_WORDS = Words(REGION_WORDS | {"страна", "государство", "республика", "королевство", "федерация", "княжество", "эмират"})
"""Institution words that name a country or place itself: "президент Республики Беларусь" still leads the country."""

NAMELESS_TERRITORIES = Words(TERRITORY_WORDS - {"земля"})
"""Words for a territory that name none alone, capitalised or not ("избрана президентом Республики"); "Земля" is the planet."""

PARTICIPLE_TITLES = {"управлять": "управляющий", "заведовать": "заведующий", "командовать": "командующий"}
"""Titles that are participles, by the verb the tagger gives as their lemma ("управляющий компанией")."""

INSTRUMENTAL_TITLES = Words({"управляющий", "заведующий", "командующий", "руководящий", "завкафедрой"})
"""Titles that take their institution in the instrumental: "управляющий компанией FaceCash"."""

HEAD_OF_STATE = Words({"президент", "король", "королева", "монарх", "император", "эмир", "султан", "канцлер", "премьер-министр", "премьер", "шейх", "лидер", "глава", "председатель"})
"""Posts that, attached to a country, lead the country itself: "президент Таджикистана" HEADS Таджикистан."""

HEAD_OF_PLACE = Words({"мэр", "губернатор", "глава", "градоначальник", "президент"})

NATIONAL_LEADERS = Words({"президент", "премьер-министр", "премьер"})
"""Titles that, standing alone before a name ("Премьер-министр Михаил Фрадков"), lead the article's country."""

RANKS = Words(
    {
        "генерал", "генерал-полковник", "генерал-лейтенант", "генерал-майор", "генерал армии", "маршал",
        "адмирал", "вице-адмирал", "контр-адмирал", "полковник", "подполковник", "майор", "капитан",
        "лейтенант", "старший лейтенант", "сержант", "прапорщик", "рядовой", "ефрейтор", "адмирал флота",
        "генерал-полковник юстиции", "генерал-лейтенант юстиции", "генерал-майор юстиции",
    }
)
"""Military and service ranks: they go to a person's `ranks`, never into the name or the post."""

MEETING_NOUNS = {
    "переговоры": "talks",
    "встреча": "meeting",
    "беседа": "meeting",
    "разговор": "call",
    "саммит": "meeting",
    "консультация": "talks",
    "свидание": "meeting",
}
MEETING_VERBS = {
    "встретиться": "meeting",
    "встречаться": "meeting",
    "побеседовать": "meeting",
    "беседовать": "meeting",
    "переговорить": "talks",
    "созвониться": "call",
    "провести": "",
    "принять": "meeting",
    "принимать": "meeting",
    "обсудить": "talks",
    "обсуждать": "talks",
    "поговорить": "meeting",
    "связаться": "call",
}
"""Verbs that express a meeting; "провести" only together with a meeting noun, "принять" only with a
person as object, "связаться" only by phone."""

CALL_WORDS = Words({"телефон", "телефонный", "созвониться", "видеосвязь", "видеоконференция"})

VISIT_NOUNS = {"визит": "", "посещение": "", "поездка": "", "турне": "", "командировка": ""}
VISIT_VERBS = Words({"прибыть", "прибывать", "прилететь", "прилетать", "приехать", "приезжать", "посетить", "посещать", "побывать", "отправиться", "направиться", "нагрянуть", "наведаться"})
VISIT_KINDS = {"официальный": "official", "рабочий": "working", "государственный": "state", "дружественный": "friendly", "частный": "private"}

PLANNED_WORDS = Words({"планировать", "намереваться", "собираться", "предстоять", "ожидаться", "запланировать", "планироваться", "предполагаться", "намечать", "намечаться", "должный", "готовиться", "анонсировать", "назначить", "назначать", "назначаться", "накануне", "преддверие", "предстоящий", "будущий", "грядущий", "добиться", "добиваться", "надеяться", "хотеть", "желать", "просить", "попросить"})
CANCELLED_WORDS = Words({"отменить", "отменять", "отложить", "откладывать", "сорвать", "срываться", "сорваться", "отказаться", "перенести"})


REPORTING_VERBS = Words({"сообщать", "сообщить", "цитировать", "процитировать", "писать", "написать", "передавать", "передать", "информировать"})
"""Verbs that name the source of a report after them: "сообщает baltinfo.ru"."""
ACCORDING_TO = frozenset({"данным", "сообщению", "информации", "словам"})
"""Nouns of "по данным X": the source after them."""
WEB_ZONES = frozenset({"ru", "com", "net", "org", "info", "ua", "by", "kz", "su", "рф", "tv", "fm", "io"})
"""Top-level domains of the web sites news cite."""

HONOURS = Words({"герой", "героиня", "лауреат", "лауреатка", "кавалер"})
"""Honorary titles before a name, with the country or order that gives them ("Герою Советского Союза"): no post."""
HONOURED = Words({"народный", "заслуженный", "заслужить"})
"""Honorary titles of a profession ("народная артистка СССР", "заслуженный врач России"): no post either. The tagger
gives "заслуженный" the lemma of its verb."""

HONORIFICS = Words(
    {
        "принц", "принцесса", "кронпринц", "наследный", "мадам", "миссис", "мисс", "мистер", "госпожа", "господин",
        "сэр", "леди", "лорд", "поп-звезда", "звезда", "певица", "певец", "актриса", "актер", "писатель",
        "писательница", "режиссер", "рэпер", "журналистка", "блогер", "святой", "святитель", "отец", "мать", "маэстро",
    }
)
"""Words NER sometimes takes into a name ("Кронпринц Нарухито", "Поп-звезда Мадонна"): never part of it."""

FEMININE_ADDRESS = Words({"миссис", "мисс", "госпожа", "мадам", "леди", "фрау", "сеньора", "синьора", "мадмуазель"})
MASCULINE_ADDRESS = Words({"мистер", "господин", "сэр", "лорд", "герр", "сеньор", "синьор", "месье"})
"""Forms of address that tell a person's gender: "миссис Обама" is not Барак Обама."""

COLLEAGUE = Words({"коллега", "визави", "партнер"})

RESIDENTS = Words({"житель", "жительница", "гражданин", "гражданка", "уроженец", "уроженка"})
"""Who lives in or comes from a place: "адвокат жительницы штата Техас" serves her, not the state."""

RELATIVES = Words(
    {
        "дочь", "сын", "жена", "муж", "супруга", "супруг", "вдова", "вдовец", "мать", "отец", "брат", "сестра",
        "внук", "внучка", "племянник", "племянница", "зять", "невестка", "теща", "тесть", "подруга", "друг",
        "любовница", "невеста", "жених", "родственник", "родственница",
    }
)
"""People named after a post in the genitive are its holder's relatives, not the holder: "дочь президента Иванка Трамп"."""

SUCCESSION = Words({"предшественник", "предшественница", "преемник", "преемница", "сменщик", "сменщица"})
"""Who held a post before or after the one named in the genitive: "Предшественник Кравцова" names Кравцов, not
the predecessor."""


MEETING_WORDS = Words({*MEETING_NOUNS, *MEETING_VERBS})
VISIT_WORDS = Words({*VISIT_NOUNS, *VISIT_VERBS})
SCREEN = Words(HEAD_TITLES | STAFF_TITLES | RANKS | COLLEAGUE | MEETING_WORDS | VISIT_WORDS | {"возглавлять", "возглавить", "руководить", "работать", "входить", "служить", "ведомство", "полиция", "правительство", "министерство", "власть", "парламент", "посольство"})
"""A sentence with no word of these, and no named entity, holds nothing to extract."""
