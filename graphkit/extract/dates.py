"""Dates written in a sentence, resolved against the article's date.

"18 ноября" takes the article's year (the year before when that would put
it well after the article); "в понедельник" is the last such weekday on or
before the article date; "в 2019 году" gives the year alone ("2019", an ISO
8601 date of year precision); "вчера"/"сегодня"/"завтра" count from the article date.
"""

from __future__ import annotations

import datetime
import re

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}

DAY_MONTH = re.compile(r"\b(\d{1,2})(?:-го)?\s+(январ|феврал|март|апрел|ма(?=[йяе]\b)|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*(?:\s+(\d{4})(?:\s*г(?:ода|\.)?)?)?", re.IGNORECASE)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"\b(?:в|во|с|к)\s+(\d{4})\s*(?:году|г\.)", re.IGNORECASE)
WEEKDAY = re.compile(r"\bв\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b", re.IGNORECASE)
RELATIVE = re.compile(r"\b(позавчера|вчера|сегодня|завтра|послезавтра)\b", re.IGNORECASE)


def parse_iso(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_in(sentence: str, article_date: str | None) -> str | None:
    """The date a sentence states (ISO), or None when it states none."""
    anchor = parse_iso(article_date)
    if match := ISO.search(sentence):
        return valid(int(match[1]), int(match[2]), int(match[3]))
    if match := NUMERIC.search(sentence):
        return valid(int(match[3]), int(match[2]), int(match[1]))
    if match := DAY_MONTH.search(sentence):
        day, month = int(match[1]), MONTHS[match[2].lower()]
        if match[3]:
            return valid(int(match[3]), month, day)
        if anchor is None:
            return None
        year = anchor.year - 1 if (month, day) > (anchor.month, anchor.day) and month - anchor.month > 2 else anchor.year
        return valid(year, month, day)
    if match := YEAR.search(sentence):
        return match[1]
    if anchor is None:
        return None
    if match := WEEKDAY.search(sentence):
        back = (anchor.weekday() - WEEKDAYS[match[1].lower()]) % 7
        return (anchor - datetime.timedelta(days=back)).isoformat()
    if match := RELATIVE.search(sentence):
        return (anchor + datetime.timedelta(days=RELATIVE_DAYS[match[1].lower()])).isoformat()
    return None


def valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
