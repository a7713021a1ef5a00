"""Four articles as Extractions, built by hand so that the stores' tests know every fact exactly.

- the seed article (seeds/000_1c60d453f61181e5.txt, whole, with the entities
  and relations of ../shared/seeds/000_1c60d453f61181e5.expected.json);
- a phone call of Putin with Cuba's new leader (sentences of NEREL v1.1 train 156215);
- Putin's visit to Israel and Naama Issachar's pardon (sentences of NEREL v1.1 train 536232);
- Italy's ambassador meeting Georgia's deputy foreign minister (factRuEval-2016 dev book_58).

Offsets are computed from the texts, so every mention and evidence span is
exact. Article and fact dates are those the texts state; factRuEval's texts
state none, so book_58 is given 2016-02-01 (the corpus's year), which keeps
every date-ordered query in a total order. The article ids start with
`test:`: the Neo4j tests refuse to empty a database holding other articles.
"""

from __future__ import annotations

from graphkit.types import (
    COUNTRY,
    HEADS,
    LOCATED_IN,
    MET_WITH,
    ORGANIZATION,
    PERSON,
    PLACE,
    VISITED,
    WORKS_FOR,
    Article,
    Entity,
    Extraction,
    Relation,
    Span,
)
from tests.conftest import SEED

BELOUSOV = "person:андрей-белоусов"
SOBIRZODA = "person:эмомали-собирзода"
PUTIN = "person:владимир-путин"
DIAZ_CANEL = "person:мигель-диас-канель"
CASTRO = "person:рауль-кастро"
YAFFA_ISSACHAR = "person:яффа-иссахар"
RIVLIN = "person:реувен-ривлин"
NETANYAHU = "person:биньямин-нетаньяху"
PESKOV = "person:песков"
SANDALI = "person:виторио-сандали"
NALBANDOV = "person:александр-налбандов"
MOD_RU = "org:ru:ministry:defence"
MOD_TJ = "org:tj:ministry:defence"
GOVERNMENT_IL = "org:il:government"
MFA_GE = "org:ge:ministry:foreign-affairs"
RUSSIA, TAJIKISTAN, CUBA, ISRAEL, ITALY, GEORGIA = "country:ru", "country:tj", "country:cu", "country:il", "country:it", "country:ge"
DUSHANBE = "place:tj:душанбе"

SEED_ID = "test:seed"
CUBA_CALL_ID = "test:nerel-156215"
ISRAEL_VISIT_ID = "test:nerel-536232"
GEORGIA_MEETING_ID = "test:factrueval-58"


class ArticleBuilder:
    """Entities and relations of one text, with offsets found in the text."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: list[Entity] = []
        self.relations: list[Relation] = []

    def span(self, fragment: str, occurrence: int = 0) -> Span:
        start = -1
        for _ in range(occurrence + 1):
            start = self.article.text.index(fragment, start + 1)
        return Span(start, start + len(fragment), fragment)

    def entity(self, entity_id: str, label: str, name: str, *forms: str, **props: object) -> None:
        mentions: list[Span] = []
        for form in sorted(forms, key=len, reverse=True):
            start = self.article.text.find(form)
            while start != -1:
                if not any(start < found.end and found.start < start + len(form) for found in mentions):
                    mentions.append(Span(start, start + len(form), form))
                start = self.article.text.find(form, start + len(form))
        mentions.sort(key=lambda span: span.start)
        self.entities.append(Entity(entity_id, label, name, aliases=sorted(set(forms)), props=dict(props), mentions=mentions))

    def relation(self, relation_type: str, source: str, target: str, sentence: str, confidence: float = 0.8, **props: object) -> None:
        self.relations.append(Relation(relation_type, source, target, self.span(sentence), dict(props), confidence))

    def extraction(self) -> Extraction:
        return Extraction(self.article, self.entities, self.relations)


def seed() -> Extraction:
    text = SEED.read_text(encoding="utf-8")
    article = Article(
        id=SEED_ID,
        path="seeds/000_1c60d453f61181e5.txt",
        title="Белоусов провел переговоры со своим таджикистанским коллегой",
        text=text,
        date="2025-10-08",
        published="2025-10-08T19:00:06",
        source="Звезда",
        authors=("Константин Денисов", "Николай Баранов"),
        tags=("армия", "Владимир Путин", "Миноброны РФ", "Андрей Белоусов", "республика таджикистан"),
    )
    talks = "Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны Республики Таджикистан генерал-полковником Эмомали Собирзодой в рамках рабочего визита в Душанбе."
    arrival = "Глава ведомства прилетел в Таджикистан в составе российской делегации."
    delegation = "Ранее сообщалось, что в Душанбе прибудет российская делегация в составе около 20 высокопоставленных чиновников во главе с президентом России Владимиром Путиным."
    b = ArticleBuilder(article)
    b.entity(BELOUSOV, PERSON, "Андрей Белоусов", "Андрей Белоусов", "Белоусов", "Белоусова", first_name="Андрей", last_name="Белоусов", titles=["министр обороны"])
    b.entity(SOBIRZODA, PERSON, "Эмомали Собирзода", "Эмомали Собирзодой", "Эмомали Собирзода", first_name="Эмомали", last_name="Собирзода", titles=["министр обороны"], ranks=["генерал-полковник"])
    b.entity(PUTIN, PERSON, "Владимир Путин", "Владимиром Путиным", first_name="Владимир", last_name="Путин", titles=["президент"])
    b.entity(MOD_RU, ORGANIZATION, "Министерство обороны Российской Федерации", "Министерство обороны РФ", short_name="Минобороны России", kind="ministry")
    b.entity(MOD_TJ, ORGANIZATION, "Министерство обороны Республики Таджикистан", "министром обороны Республики Таджикистан", short_name="Минобороны Таджикистана", kind="ministry")
    b.entity(RUSSIA, COUNTRY, "Россия", "Российской Федерации", "России", "РФ", official_name="Российская Федерация")
    b.entity(TAJIKISTAN, COUNTRY, "Таджикистан", "Таджикистан", "Республики Таджикистан", official_name="Республика Таджикистан")
    b.entity(DUSHANBE, PLACE, "Душанбе", "Душанбе", kind="city")
    b.relation(MET_WITH, BELOUSOV, SOBIRZODA, talks, kind="talks", status="actual", place=DUSHANBE)
    b.relation(VISITED, BELOUSOV, TAJIKISTAN, arrival, status="actual")
    b.relation(VISITED, BELOUSOV, DUSHANBE, talks, status="actual", kind="working")
    b.relation(HEADS, BELOUSOV, MOD_RU, talks, 0.85, title="министр обороны")
    b.relation(HEADS, SOBIRZODA, MOD_TJ, talks, 0.85, title="министр обороны")
    b.relation(HEADS, PUTIN, RUSSIA, delegation, 0.85, title="президент")
    b.relation(VISITED, PUTIN, DUSHANBE, delegation, status="planned")
    b.relation(LOCATED_IN, MOD_RU, RUSSIA, talks, 0.95)
    b.relation(LOCATED_IN, MOD_TJ, TAJIKISTAN, talks, 0.95)
    b.relation(LOCATED_IN, DUSHANBE, TAJIKISTAN, talks, 0.95)
    return b.extraction()


def cuba_call() -> Extraction:
    call = "Президент России Владимир Путин в телефонном разговоре 20 апреля 2018 года поздравил Мигеля Диас-Канеля с избранием на пост главы Кубы и днём рождения."
    castro = "Путин также поговорил с Раулем Кастро."
    text = f"Состоялся телефонный разговор Путина с новым главой Кубы\n{call} {castro}\n"
    b = ArticleBuilder(Article(id=CUBA_CALL_ID, path="nerel/train/156215_text.txt", title="Состоялся телефонный разговор Путина с новым главой Кубы", text=text, date="2018-04-20", source="NEREL v1.1"))
    b.entity(PUTIN, PERSON, "Владимир Путин", "Владимир Путин", "Путина", "Путин", first_name="Владимир", last_name="Путин", titles=["президент"])
    b.entity(DIAZ_CANEL, PERSON, "Мигель Диас-Канель", "Мигеля Диас-Канеля", first_name="Мигель", last_name="Диас-Канель", titles=["глава Кубы"])
    b.entity(CASTRO, PERSON, "Рауль Кастро", "Раулем Кастро", first_name="Рауль", last_name="Кастро")
    b.entity(RUSSIA, COUNTRY, "Россия", "России", official_name="Российская Федерация")
    b.entity(CUBA, COUNTRY, "Куба", "Кубы", official_name="Республика Куба")
    b.relation(MET_WITH, PUTIN, DIAZ_CANEL, call, kind="call", date="2018-04-20")
    b.relation(MET_WITH, PUTIN, CASTRO, castro, kind="call", date="2018-04-20")
    b.relation(HEADS, PUTIN, RUSSIA, call, 0.85, title="президент", date="2018-04-20")
    b.relation(HEADS, DIAZ_CANEL, CUBA, call, 0.85, title="глава", date="2018-04-20")
    return b.extraction()


def israel_visit() -> Extraction:
    visit = "23 января 2020 года во время визита в Израиль Владимир Путин встретился с матерью девушки Яффой Иссахар, которая также попросила его о помиловании дочери."
    appeal = "Президент Израиля Реувен Ривлин и премьер-министр Биньямин Нетаньяху обратились к Путину с просьбами о помиловании девушки."
    peskov = "В ответ пресс-секретарь президента России Песков через СМИ дал понять, что несмотря на все просьбы и договорённости, Путин не выпустит девушку, пока она лично не попросит его об этом."
    text = f"Израильтянка Наама Иссахар на свободе\n{appeal}\n\n{visit}\n\n{peskov}\n"
    b = ArticleBuilder(Article(id=ISRAEL_VISIT_ID, path="nerel/train/536232_text.txt", title="Израильтянка Наама Иссахар на свободе", text=text, date="2020-01-29", source="NEREL v1.1"))
    b.entity(PUTIN, PERSON, "Владимир Путин", "Владимир Путин", "Путину", "Путин", first_name="Владимир", last_name="Путин")
    b.entity(YAFFA_ISSACHAR, PERSON, "Яффа Иссахар", "Яффой Иссахар", first_name="Яффа", last_name="Иссахар")
    b.entity(RIVLIN, PERSON, "Реувен Ривлин", "Реувен Ривлин", first_name="Реувен", last_name="Ривлин", titles=["президент"])
    b.entity(NETANYAHU, PERSON, "Биньямин Нетаньяху", "Биньямин Нетаньяху", first_name="Биньямин", last_name="Нетаньяху", titles=["премьер-министр"])
    b.entity(PESKOV, PERSON, "Песков", "Песков", last_name="Песков", titles=["пресс-секретарь президента"])
    b.entity(ISRAEL, COUNTRY, "Израиль", "Израиль", "Израиля", official_name="Государство Израиль")
    b.entity(RUSSIA, COUNTRY, "Россия", "России", official_name="Российская Федерация")
    b.entity(GOVERNMENT_IL, ORGANIZATION, "Правительство Израиля", short_name="правительство Израиля", kind="government")
    b.relation(VISITED, PUTIN, ISRAEL, visit, status="actual", date="2020-01-23")
    b.relation(MET_WITH, PUTIN, YAFFA_ISSACHAR, visit, kind="meeting", date="2020-01-23", place=ISRAEL)
    b.relation(HEADS, RIVLIN, ISRAEL, appeal, 0.85, title="президент")
    b.relation(HEADS, NETANYAHU, GOVERNMENT_IL, appeal, 0.85, title="премьер-министр")
    b.relation(LOCATED_IN, GOVERNMENT_IL, ISRAEL, appeal, 0.95)
    b.relation(WORKS_FOR, PESKOV, RUSSIA, peskov, 0.75, title="пресс-секретарь президента")
    return b.extraction()


def georgia_meeting() -> Extraction:
    meeting = "По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым."
    text = f"Встреча с послом Италии в миде Грузии\n\n{meeting} Предметом обсуждения стали вопросы сотрудничества в международных организациях.\n"
    b = ArticleBuilder(Article(id=GEORGIA_MEETING_ID, path="factrueval-dev/book_58.txt", title="Встреча с послом Италии в миде Грузии", text=text, date="2016-02-01", source="factRuEval-2016"))
    b.entity(SANDALI, PERSON, "Виторио Сандали", "Виторио Сандали", first_name="Виторио", last_name="Сандали", titles=["чрезвычайный и полномочный посол"])
    b.entity(NALBANDOV, PERSON, "Александр Налбандов", "Александром Налбандовым", first_name="Александр", last_name="Налбандов", titles=["заместитель министра иностранных дел"])
    b.entity(ITALY, COUNTRY, "Италия", "Италии", official_name="Итальянская Республика")
    b.entity(GEORGIA, COUNTRY, "Грузия", "Грузии", official_name="Грузия")
    b.entity(MFA_GE, ORGANIZATION, "Министерство иностранных дел Грузии", "миде Грузии", short_name="МИД Грузии", kind="ministry")
    b.relation(MET_WITH, SANDALI, NALBANDOV, meeting, kind="meeting")
    b.relation(WORKS_FOR, SANDALI, ITALY, meeting, 0.75, title="чрезвычайный и полномочный посол")
    b.relation(WORKS_FOR, NALBANDOV, MFA_GE, meeting, 0.75, title="заместитель министра иностранных дел")
    b.relation(LOCATED_IN, MFA_GE, GEORGIA, meeting, 0.95)
    return b.extraction()


def all_articles() -> list[Extraction]:
    return [seed(), cuba_call(), israel_visit(), georgia_meeting()]
