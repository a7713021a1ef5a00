"""Slovnet's morphology tagger and syntax parser run on many sentences packed into one sequence.

Slovnet's own `map` pads every batch of 8 sentences to its longest one, so
on news text (a 40-token sentence beside 5-token headlines) most of the CNN
work is spent on padding. Its encoder is a stack of convolutions that zero
the padded positions after every layer, and the padding embedding is zero,
so a sentence followed by as many padding positions as a convolution
reaches on either side is encoded exactly as if it were alone. Here all
sentences of a call go through the encoder as one sequence with such gaps;
the morphology head works token by token, and the syntax head (which
compares every token with every other one of its sentence) runs sentence
by sentence on its slice of the encoded sequence. The tags and trees are
those of slovnet's `map`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from slovnet.conll import parse_conll_tag


def encode(api: Any, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The encoder output (sequence x features) of the packed sentences, and each sentence's [start, end) in it."""
    model, encoder = api.infer.model, api.infer.encoder
    gap = max(layer.conv.padding for layer in model.encoder.layers)
    pad_word, pad_shape = encoder.words_vocab.pad_id, encoder.shapes_vocab.pad_id
    word_ids: list[int] = []
    shape_ids: list[int] = []
    bounds = []
    for words in sentences:
        words_of, shapes_of = encoder.item(words)
        bounds.append((len(word_ids), len(word_ids) + len(words_of)))
        word_ids.extend(words_of)
        word_ids.extend([pad_word] * gap)
        shape_ids.extend(shapes_of)
        shape_ids.extend([pad_shape] * gap)
    word_id, shape_id = np.array([word_ids]), np.array([shape_ids])
    pad_mask = word_id == pad_word
    encoded = model.encoder(model.emb(word_id, shape_id), pad_mask)
    return encoded[0], bounds


def morph_tags(tagger: Any, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, dict[str, str]]]]:
    """(part of speech, features) of every token of every sentence, as natasha's `NewsMorphTagger.map` gives them."""
    if not sentences:
        return []
    encoded, bounds = encode(tagger, sentences)
    head = tagger.infer.model.head
    tag_ids = head.decode(head(encoded)).tolist()
    vocab = tagger.infer.decoder.tags_vocab
    tags = {tag: parse_conll_tag(vocab.decode(tag)) for tag in set(tag_ids)}
    return [[(tags[tag][0], dict(tags[tag][1])) for tag in tag_ids[start:end]] for start, end in bounds]


def syntax_trees(parser: Any, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, str]]]:
    """(head, relation) of every token of every sentence: head 0 is the root, else the 1-based index of the head token."""
    if not sentences:
        return []
    encoded, bounds = encode(parser, sentences)
    model = parser.infer.model
    rels_vocab = parser.infer.decoder.rels_vocab
    trees = []
    for start, end in bounds:
        features = encoded[np.newaxis, start:end]
        mask = np.ones((1, end - start), dtype=bool)
        head_ids = model.head.decode(model.head(features), mask)
        rel_ids = model.rel.decode(model.rel(features, head_ids), mask)
        trees.append([(int(head), rels_vocab.decode(rel)) for head, rel in zip(head_ids[0].tolist(), rel_ids[0].tolist())])
    return trees
