"""Read paths and extract each article: the one entry point the CLI and the stores use."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.errors import ReadError
from graphkit.extract.extractor import Extractor
from graphkit.readers import iter_articles
from graphkit.types import Extraction


def default_extractor() -> Extractor:
    """An extractor with natasha's news models and the bundled gazetteer (loaded once per process)."""
    from graphkit.extract.gazetteer import default_gazetteer
    from graphkit.nlp import load_models

    return Extractor(load_models(), default_gazetteer())


def extract_paths(
    paths: Iterable[str], *, date: str | None = None, extractor: Extractor | None = None
) -> Iterator[Extraction | ReadError]:
    """Yield one `Extraction` per article found under `paths`, or a `ReadError` per unreadable file."""
    for item in iter_articles(paths, date=date):
        if isinstance(item, ReadError):
            yield item
            continue
        if extractor is None:
            extractor = default_extractor()
        yield extractor.extract(item)
