"""Bytes to text: byte-order marks, UTF-8, and the Cyrillic legacy encodings.

The decoded text is the article text exactly (only a BOM is removed), so
every offset graphkit reports indexes it.
"""

from __future__ import annotations

import codecs

from graphkit.errors import ReadError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY = ("cp1251", "koi8-r")
RUSSIAN_FREQUENT = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")


def decode(data: bytes, path: str) -> str:
    """The text of a file's bytes; ReadError for empty, binary or undecodable content."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(path, f"cannot decode text as {encoding.upper()} (byte {error.start + len(bom)})") from None
            return nonempty(text, path)
    if looks_binary(data):
        raise ReadError(path, "binary file, not text")
    try:
        return nonempty(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    return nonempty(decode_legacy(data, path), path)


def nonempty(text: str, path: str) -> str:
    if not text.strip():
        raise ReadError(path, "empty file")
    return text


def looks_binary(data: bytes) -> bool:
    """NUL bytes (with no UTF-16 BOM) or many control bytes: an image, an archive, an executable."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and control / len(sample) > 0.05


def decode_legacy(data: bytes, path: str) -> str:
    """Windows-1251 or KOI8-R, whichever reads as Russian.

    Both decode any byte, so the choice is by the text: in Russian most
    letters are lower case and a few letters are very frequent; a wrong
    choice turns the text into mostly capitals and rare letters.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [e for e in LEGACY if e not in candidates]
    scored = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((russian_score(text), text))
    if not scored:
        raise ReadError(path, "cannot decode text (not UTF-8, UTF-16, Windows-1251 or KOI8-R)")
    score, text = max(scored, key=lambda pair: pair[0])
    if score < 0.3:
        raise ReadError(path, "cannot decode text (not UTF-8, UTF-16, Windows-1251 or KOI8-R)")
    return text


def russian_score(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    cyrillic = [c for c in letters if "а" <= c.lower() <= "я" or c.lower() == "ё"]
    if not cyrillic:
        return 0.0
    lower_frequent = sum(1 for c in cyrillic if c in RUSSIAN_FREQUENT)
    return lower_frequent / len(letters)
