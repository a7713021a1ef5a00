"""Run natasha over an article's news text and adapt its output to `graphkit.nlp.document`.

Natasha's sentence splitter joins lines that end without punctuation (a
headline and its lead become one sentence), so the text is first cut into
lines, and metadata lines are left out. Syntax is parsed later, only for
the sentences that can hold a fact (`parse_syntax`), because parsing is the
slowest step; morphology and syntax run on a text's sentences packed into
one sequence (`graphkit.nlp.packed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from graphkit.nlp.document import AnalysedText, NerSpan, Sentence, Token
from graphkit.nlp.models import NlpModels
from graphkit.nlp.ner import ner_spans
from graphkit.nlp.packed import morph_tags, syntax_trees

LINE = re.compile(r"[^\n]+")
APOSTROPHE = "'"
MAX_SENTENCE_TOKENS = 300
"""Longer 'sentences' (tables, lists without punctuation) are cut into pieces of this size."""


def analyse(text: str, models: NlpModels, skip: Sequence[tuple[int, int]] = ()) -> AnalysedText:
    """Segment `text` and tag its named entities, leaving out the `skip` ranges.

    Morphology and syntax are added afterwards, sentence by sentence, where needed.
    """
    lines = [(m.start(), m.end()) for m in LINE.finditer(text) if m.group().strip() and not overlaps_any(m.start(), m.end(), skip)]
    sentences = list(segment(text, lines, models))
    ner_spans = list(tag_entities(text, sentences, models))
    return AnalysedText(text=text, sentences=sentences, ner_spans=ner_spans)


def overlaps_any(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def segment(text: str, lines: list[tuple[int, int]], models: NlpModels) -> Iterable[Sentence]:
    index = 0
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        for sent in models.segmenter.sentenize(line):
            tokens = join_double_apostrophes(
                [
                    Token(start=line_start + sent.start + t.start, end=line_start + sent.start + t.stop, text=t.text)
                    for t in models.segmenter.tokenize(sent.text)
                ]
            )
            for piece in range(0, max(len(tokens), 1), MAX_SENTENCE_TOKENS):
                chunk = tokens[piece : piece + MAX_SENTENCE_TOKENS]
                if not chunk:
                    continue
                start, end = chunk[0].start, chunk[-1].end
                yield Sentence(index=index, start=start, end=end, text=text[start:end], tokens=chunk)
                index += 1


def join_double_apostrophes(tokens: list[Token]) -> list[Token]:
    """Two apostrophes written as one quotation mark (wiki markup: "руководителя ''Samsung Electronics'' Сан Джин
    Пака") become one token read as '"', so that the tagger and our rules see a quoted name."""
    joined: list[Token] = []
    for token in tokens:
        previous = joined[-1] if joined else None
        if token.text == APOSTROPHE and previous is not None and previous.text == APOSTROPHE and previous.end == token.start:
            joined[-1] = Token(start=previous.start, end=token.end, text='"')
        else:
            joined.append(token)
    return joined


def tag_morphology(sentences: Iterable[Sentence], models: NlpModels) -> None:
    """Add part of speech and grammatical features to the given sentences (those not tagged yet)."""
    todo = [s for s in sentences if not s.tagged]
    tags = morph_tags(models.morph_tagger, [[t.text for t in s.tokens] for s in todo])
    for sentence, tagged in zip(todo, tags):
        for token, (pos, feats) in zip(sentence.tokens, tagged):
            token.pos = pos
            token.feats = feats
        sentence.tagged = True


def tag_entities(text: str, sentences: Sequence[Sentence], models: NlpModels) -> Iterable[NerSpan]:
    """Named entities of the whole text in one call (the fastest way through natasha's NER, `graphkit.nlp.ner`),
    over the tokens of its sentences (the skipped ranges hold none, so nothing in them is tagged).

    A span that runs across a line break (a headline flowing into its lead) is cut at the break.
    """
    for start, stop, kind in ner_spans(models.ner_tagger, [t for s in sentences for t in s.tokens]):
        end = text.find("\n", start, stop)
        yield NerSpan(start=start, end=stop if end < 0 else end, type=kind)


def parse_syntax(sentences: Iterable[Sentence], models: NlpModels) -> None:
    """Add dependency heads and relations to the given sentences (those not parsed yet)."""
    todo = [s for s in sentences if not s.parsed]
    trees = syntax_trees(models.syntax_parser, [[t.text for t in s.tokens] for s in todo])
    for sentence, tree in zip(todo, trees):
        for token, (head, rel) in zip(sentence.tokens, tree):
            token.head = head - 1
            token.rel = rel
        sentence.parsed = True
