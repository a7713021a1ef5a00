"""The size limit of one article.

A news article is a few kilobytes of text; even a long read with an
embedded page is well under a megabyte. A single-document input above
`MAX_ARTICLE_BYTES` is a mistake (a log, a dump, a disk image), and reading
it whole would only spend memory, so it is refused before it is read.
JSON Lines files are streamed, so for them the limit applies per record.
"""

from __future__ import annotations

MAX_ARTICLE_BYTES = 10 * 2**20


def too_large(size: int, what: str = "file too large for one article") -> str:
    """The reason given for an input of `size` bytes over the limit."""
    return f"{what} ({size / 2**20:.1f} MB > {MAX_ARTICLE_BYTES // 2**20} MB)"
