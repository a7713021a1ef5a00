"""Relation pattern families on real sentences (factRuEval/NEREL dev and train, and the seed).

Each case is a sentence as published, the relation graphkit must read out
of it (type, source name, target name, and properties), or a relation it
must not produce.
"""

from __future__ import annotations

import pytest

from graphkit.types import Article, Extraction

ARTICLE_DATE = "2025-10-08"


def extract(sentence: str, extractor) -> Extraction:
    article = Article(id="a_test", path="test.txt", title=sentence[:40], text=sentence, date=ARTICLE_DATE)
    return extractor.extract(article)


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in extraction.entities}
    return {(r.type, names[r.source], names[r.target]) for r in extraction.relations}


def find(extraction: Extraction, rel_type: str, source: str, target: str):
    names = {e.id: e.name for e in extraction.entities}
    for relation in extraction.relations:
        if relation.type != rel_type:
            continue
        ends = {names[relation.source], names[relation.target]}
        if (names[relation.source], names[relation.target]) == (source, target) or (rel_type == "MET_WITH" and ends == {source, target}):
            return relation
    raise AssertionError(f"no {rel_type} {source} -> {target} in {sorted(facts(extraction))}")


POSTS = [
    ("Министр обороны Российской Федерации Андрей Белоусов провел переговоры.", "HEADS", "Андрей Белоусов", "Министерство обороны Российской Федерации", "министр обороны"),
    ("Ранее к мемориалу возложил цветы мэр Москвы Сергей Собянин.", "HEADS", "Сергей Собянин", "Москва", "мэр"),
    ("Ранее в пятницу министр иностранных дел Украины Павел Климкин назвал освобождение Солошенко и Афанасьева вопросом «ближайших недель».", "HEADS", "Павел Климкин", "Министерство иностранных дел Украины", "министр иностранных дел"),
    ("Вопреки прогнозам, второе место занял не экс-премьер Ян Фишер, а глава МИД Чехии Карел Шварценберг.", "HEADS", "Карел Шварценберг", "Министерство иностранных дел Чешской Республики", "глава"),
    ("К концу недели, возмутитель всеобщего спокойствия, президент Ирана Махмуд Ахмадинежад объявил свою страну ядерной державой.", "HEADS", "Махмуд Ахмадинежад", "Иран", "президент"),
    ("В частности, этим же указом награждён «Орденом почёта» президент Сбербанка Герман Греф.", "HEADS", "Герман Греф", "Сбербанк", "президент"),
    ("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.", "WORKS_FOR", "Александр Налбандов", "Министерство иностранных дел Грузии", "заместитель министра иностранных дел"),
    ("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.", "WORKS_FOR", "Виторио Сандали", "Италия", "чрезвычайный и полномочный посол"),
    ("Министр финансов РФ Алексей Кудрин сообщил, что правительство одобрило проект постановления.", "WORKS_FOR", "Алексей Кудрин", "Россия", "министр финансов"),
    ("Законопроект был внесен членом Совфеда от Законодательного собрания Кировской области Вячеславом Степановичем Тимченко.", "WORKS_FOR", "Вячеслав Степанович Тимченко", "Совет Федерации", "член"),
    ("Андрей Варичев возглавляет «Металлоинвест» с 2013 года.", "HEADS", "Андрей Варичев", "Металлоинвест", "руководитель"),
    ("Владимир Путин согласился занять пост премьер-министра РФ в случае, если Дмитрий Медведев выиграет грядущие президентские выборы.", "HEADS", "Владимир Путин", "Россия", "премьер-министр"),
    ("Экс-председатель Верховного народного собрания КНДР Хван Чжан Еп, бежавший из страны 13 лет назад, скончался.", "HEADS", "Хван Чжан Еп", "Верховное народное собрание КНДР", "экс-председатель"),
]


@pytest.mark.parametrize(("sentence", "rel_type", "person", "institution", "title"), POSTS)
def test_posts(sentence, rel_type, person, institution, title, extractor):
    relation = find(extract(sentence, extractor), rel_type, person, institution)
    assert relation.props["title"].startswith(title)
    assert relation.evidence.text == sentence


MEETINGS = [
    ("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.", "Виторио Сандали", "Александр Налбандов", "meeting", "actual"),
    ("После Ирландии Обама посетит Великобританию, где он собирается выступить перед обоими палатами парламента и встретится с Девидом Кэмероном.", "Обама", "Девид Кэмерон", "meeting", "planned"),
    ("После этого Обама посетит самит Большой восьмерки во Франции, проведёт встречу с президентом России Дмитрием Медведевым, и посетит Польшу.", "Обама", "Дмитрий Медведев", "meeting", "planned"),
    ("Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны Республики Таджикистан генерал-полковником Эмомали Собирзодой в рамках рабочего визита в Душанбе.", "Андрей Белоусов", "Эмомали Собирзода", "talks", "actual"),
    ("Кофи Аннан прибыл в Дамаск. Ранее он также пытался вести переговоры с президентом Сирии Башаром Асадом.", "Кофи Аннан", "Башар Асад", "talks", "actual"),
]


@pytest.mark.parametrize(("sentence", "first", "second", "kind", "status"), MEETINGS)
def test_meetings(sentence, first, second, kind, status, extractor):
    relation = find(extract(sentence, extractor), "MET_WITH", first, second)
    assert relation.props["kind"] == kind
    assert relation.props["status"] == status


VISITS = [
    ("Специально на торжества, посвященные юбилею Бориса Николаевича в Екатеринбург прибыл президент РФ Дмитрий Медведев.", "Дмитрий Медведев", "Екатеринбург", "actual", ARTICLE_DATE),
    ("Сенатор Джон Керри прибыл в воскресенье вечером в Пакистан.", "Джон Керри", "Пакистан", "actual", "2025-10-05"),
    ("В понедельник 23 мая президент США Барак Обама прибыл в Ирландию, откуда и началось его шестидневное турне по Европе.", "Барак Обама", "Ирландия", "actual", "2025-05-23"),
    ("После Ирландии Обама посетит Великобританию, где он собирается выступить перед обоими палатами парламента и встретится с Девидом Кэмероном.", "Обама", "Великобритания", "planned", ARTICLE_DATE),
    ("Ранее сообщалось, что в Душанбе прибудет российская делегация в составе около 20 высокопоставленных чиновников во главе с президентом России Владимиром Путиным.", "Владимир Путин", "Душанбе", "planned", ARTICLE_DATE),
    ("Министр обороны Российской Федерации Андрей Белоусов провел переговоры с министром обороны Республики Таджикистан генерал-полковником Эмомали Собирзодой в рамках рабочего визита в Душанбе.", "Андрей Белоусов", "Душанбе", "actual", ARTICLE_DATE),
]


@pytest.mark.parametrize(("sentence", "visitor", "target", "status", "date"), VISITS)
def test_visits(sentence, visitor, target, status, date, extractor):
    relation = find(extract(sentence, extractor), "VISITED", visitor, target)
    assert relation.props["status"] == status
    assert relation.props["date"] == date


NOTHING = [
    ("Помощник Хиллари Клинтон по европейским и евразийским делам, который в среду посетил Белград заявил, что «планка для ЕС высоко».", "VISITED"),
    ("Ранее сообщалось, что в Душанбе прибудет российская делегация в составе около 20 высокопоставленных чиновников во главе с президентом России Владимиром Путиным.", "MET_WITH"),
    ("Мы ведем переговоры с очень интересными кандидатами.", "MET_WITH"),
    ("«Сегодня от сотрудничества между нашими военными ведомствами зависит очень многое», - сказал Андрей Белоусов.", "MET_WITH"),
]


@pytest.mark.parametrize(("sentence", "rel_type"), NOTHING)
def test_no_relation(sentence, rel_type, extractor):
    assert not [r for r in extract(sentence, extractor).relations if r.type == rel_type]
