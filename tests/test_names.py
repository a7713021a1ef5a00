"""Person names from real sentences: parts, nominative, and no mangling of foreign names."""

import pytest

from graphkit.extract.names import best_nominative, parse_name, restore_case
from graphkit.nlp import analyse, tag_morphology


def name_in(sentence: str, nlp_models) -> str:
    """Analyse `sentence` with natasha and give the nominative of its first PER span."""
    analysed = analyse(sentence, nlp_models)
    tag_morphology(analysed.sentences, nlp_models)
    span = next(s for s in analysed.ner_spans if s.type == "PER")
    sent = analysed.sentence_at(span.start)
    first, last = sent.token_range(span.start, span.end)
    words = parse_name(sent.tokens[first:last])
    genders = [w.gender for w in words if w.gender]
    return " ".join(restore_case(best_nominative([w], genders[0] if genders else None)) for w in words)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Министр обороны Российской Федерации Андрей Белоусов провел переговоры.", "Андрей Белоусов"),
        ("Он провел переговоры с генерал-полковником Эмомали Собирзодой в Душанбе.", "Эмомали Собирзода"),
        ("Это первый визит Белоусова в Республику Таджикистан.", "Белоусов"),
        ("Делегацию возглавит президент России Владимиром Путиным.", "Владимир Путин"),
        ("Председатель КНР Ху Цзиньтао прибыл в Вашингтон.", "Ху Цзиньтао"),
        ("Об этом заявил министр обороны Сергей Шойгу.", "Сергей Шойгу"),
        ("Заявление сделала официальный представитель МИД Мария Захарова.", "Мария Захарова"),
        ("Встреча с заместителем министра иностранных дел Грузии Александром Налбандовым прошла в Тбилиси.", "Александр Налбандов"),
        # a surname that declines as an adjective
        ("Освещающие акцию блоггеры сообщили, что автобусы с милицией стали занимать площадь у памятника Юрию Долгорукому ещё с 15 часов дня.", "Юрий Долгорукий"),
    ],
)
def test_person_name_nominative(sentence, expected, nlp_models):
    assert name_in(sentence, nlp_models) == expected
