"""Bytes to text: byte-order marks, UTF-8, and the two Cyrillic legacy encodings.

The decoded text is the article text exactly (only a byte-order mark is
removed), so every offset graphkit reports indexes it. The order of tests:

1. a byte-order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes or many control bytes: a binary file, not text;
3. valid UTF-8 is UTF-8;
4. mostly valid UTF-8 with a few bad bytes is damaged UTF-8, refused with the
   offset of the first bad byte (read as a legacy table it would be mojibake);
5. otherwise Windows-1251 or KOI8-R, whichever reads as Russian.

Why not charset-normalizer for step 5: restricted to the two tables, it read
7 of 60 openings (15 to 1000 characters) of the seed's sentences in KOI8-R
as Windows-1251 (30 of 60 when not restricted), and it gives no answer for a
three-letter text. The letter-case statistic of `decode_legacy` read all 961
factRuEval and NEREL dev and train texts right in both tables, whole and
from their first 40 characters, and is one line of arithmetic.
"""

from __future__ import annotations

import codecs
import re

from graphkit.errors import ReadError

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY_ENCODINGS = ("cp1251", "koi8-r")
SAMPLE_BYTES = 64 * 1024
"""The statistics below look at the opening of a document: a long one says no more."""
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
MAX_CONTROL_SHARE = 0.05
RUSSIAN_LOWER_CASE = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
MIN_RUSSIAN_SHARE = 0.5
"""Right readings of the dev texts score 0.83 or more (0.49 for a 60-character opening); random bytes about 0.25."""
MAX_MIXED_WORD_SHARE = 0.2
CYRILLIC = re.compile(r"[А-яЁё]")
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"\w+")


def decode(data: bytes, path: str) -> str:
    """The text of a document's bytes; a ReadError for empty, binary or undecodable content."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(path, f"not valid {encoding.upper()} (bad bytes at offset {error.start + len(mark)})") from None
            return checked_text(text, path)
    if looks_binary(data):
        raise ReadError(path, "binary file, not text")
    try:
        return checked_text(data.decode("utf-8"), path)
    except UnicodeDecodeError as error:
        if is_damaged_utf8(data):
            raise ReadError(path, f"not valid UTF-8 (byte 0x{data[error.start]:02X} at offset {error.start})") from None
    return checked_text(decode_legacy(data, path), path)


def checked_text(text: str, path: str) -> str:
    if not text.strip():
        raise ReadError(path, "empty file")
    if looks_binary_text(text[:SAMPLE_BYTES]):
        raise ReadError(path, "binary file, not text")
    return text


def looks_binary(data: bytes) -> bool:
    """NUL bytes (no text without a UTF-16/32 byte-order mark has them) or many control bytes."""
    return b"\x00" in data or looks_binary_text(data[:SAMPLE_BYTES].decode("latin-1"))


def looks_binary_text(text: str) -> bool:
    controls = sum(1 for char in text if char < " " and char not in TEXT_CONTROLS)
    return "\x00" in text or controls > MAX_CONTROL_SHARE * len(text)


def is_damaged_utf8(data: bytes) -> bool:
    """True when most non-ASCII characters are well-formed UTF-8: a UTF-8 file with a few bad bytes.

    Legacy Cyrillic text almost never forms valid UTF-8 sequences (its letters
    are bytes 0xC0-0xFF, which are not continuation bytes), so in it nearly
    every non-ASCII byte is an error.
    """
    text = data[: SAMPLE_BYTES * 4].decode("utf-8", errors="replace")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    errors = text.count("\ufffd")
    return non_ascii - errors > errors


def decode_legacy(data: bytes, path: str) -> str:
    """Windows-1251 or KOI8-R: the reading in which the text is lower-case Russian.

    Both tables map every byte above 0x7F to some character, and the block that
    is lower case in one is upper case in the other (KOI8-R а-я are 0xC0-0xDF,
    which are Windows-1251 А-Я). Russian prose is mostly lower case, so the
    right reading is the one in which most non-ASCII characters are lower-case
    Russian letters; the wrong one is mostly capitals. Neither reading being
    Russian (random bytes, or Latin text in a Western table) is an error.
    """
    sample = data[:SAMPLE_BYTES]
    shares = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            reading = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not has_mixed_script_words(reading):
            shares[encoding] = russian_share(reading)
    best = max(shares, key=shares.__getitem__, default=None)
    if best is not None and shares[best] >= MIN_RUSSIAN_SHARE:
        try:
            return data.decode(best)
        except UnicodeDecodeError:
            pass
    raise ReadError(path, "cannot decode text: not UTF-8, UTF-16, Windows-1251 or KOI8-R")


def russian_share(text: str) -> float:
    """The share of non-ASCII characters that are lower-case Russian letters."""
    non_ascii = [char for char in text if char > "\x7f"]
    if not non_ascii:
        return 0.0
    return sum(1 for char in non_ascii if char in RUSSIAN_LOWER_CASE) / len(non_ascii)


def has_mixed_script_words(text: str) -> bool:
    """Many words mixing Latin and Cyrillic letters ("Dйfense"): Western text read with a Cyrillic table."""
    cyrillic_words = [word for word in WORD.findall(text) if CYRILLIC.search(word)]
    mixed = sum(1 for word in cyrillic_words if LATIN.search(word))
    return mixed > MAX_MIXED_WORD_SHARE * len(cyrillic_words)
