"""Publication dates as readers find them, normalised to ISO 8601.

An `Article` has `date` (YYYY-MM-DD) and `published` (a date-time, only
when the input gives a time of day). Inputs write dates as ISO 8601
("2025-10-08", "2025-10-08T19:00:06+03:00", "2025-10-08 19:00"), as
RFC 2822 in feeds ("Wed, 08 Oct 2025 19:00:06 +0300"), or the Russian way
("08.10.2025", "08.10.2025 19:00").
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

RUSSIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


class UnknownDate(ValueError):
    """A value that is not a date in any form the readers know."""


def parse_date(value: str) -> tuple[str, str | None]:
    """`(date, published)` of a date or date-time string; `published` is None for a bare date."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value).isoformat(), None
    except ValueError:
        pass
    moment = parse_moment(value)
    if moment is None:
        raise UnknownDate(f"unrecognised date {value!r} (expected ISO 8601, e.g. 2025-10-08 or 2025-10-08T19:00:06)")
    if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
        return moment.isoformat(), None
    return moment.date().isoformat(), moment.isoformat(timespec="seconds")


def is_iso_date(value: str) -> bool:
    """True for a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def parse_moment(value: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    if match := RUSSIAN_DATE.match(value):
        day, month, year, hour, minute, second = match.groups()
        try:
            if hour is None:
                return dt.date(int(year), int(month), int(day))
            return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
