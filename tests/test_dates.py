"""Dates stated in a sentence, resolved against the article date (2025-10-08, a Wednesday)."""

import pytest

from graphkit.extract.dates import date_in

ARTICLE_DATE = "2025-10-08"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Переговоры прошли 18 ноября в Москве.", "2025-11-18"),
        ("Встреча состоялась 25 апреля 1945 года недалеко от города Торгау.", "1945-04-25"),
        ("Сенатор Джон Керри прибыл в воскресенье вечером в Пакистан.", "2025-10-05"),
        ("Министры встретились в понедельник.", "2025-10-06"),
        ("В 2019 году он встречался с президентом.", "2019"),
        ("Вчера глава МИД прилетел в Анкару.", "2025-10-07"),
        ("Соглашение подписано 01.02.2024 в Минске.", "2024-02-01"),
        ("Около 18 малых судов вышли в море.", None),
        ("Об этом сообщила пресс-служба ведомства.", None),
    ],
)
def test_date_in_sentence(sentence, expected):
    assert date_in(sentence, ARTICLE_DATE) == expected


def test_relative_dates_need_an_article_date():
    assert date_in("Министры встретились в понедельник.", None) is None
    assert date_in("Встреча прошла 18 ноября 2024 года.", None) == "2024-11-18"
