"""Natasha's news NER over a whole text, with the CRF's best path found in fewer numpy steps.

Slovnet decodes its CRF for a batch of texts: at every token it reshapes,
builds index grids and masks for the whole batch, which costs more than
the tagger's convolutions on a news article. A text is tagged alone here,
so each step is an add, an argmax and a max over the same float32 values:
the tags are those of `NewsNERTagger`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from slovnet.bio import bio_spans
from slovnet.token import Token as SlovnetToken

from graphkit.nlp.document import Token


def ner_spans(tagger: Any, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(start, end, type) of every named entity in a text's tokens, in order; type is PER, LOC or ORG.

    The tokens are those the text was segmented into (razdel's, as slovnet
    would cut the text itself), so the text is not tokenised a second time.
    """
    infer = tagger.infer
    if not tokens:
        return []
    encoded = next(infer.encoder([[t.text for t in tokens]]))
    emissions = infer.model(encoded.word_id, encoded.shape_id, encoded.pad_mask)[0]
    tag_ids = best_path(emissions, infer.model.head.crf.transitions.array)
    tags = [infer.decoder.tags_vocab.decode(tag) for tag in tag_ids]
    return [(span.start, span.stop, span.type) for span in bio_spans([SlovnetToken(t.start, t.end, t.text) for t in tokens], tags)]


def best_path(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Viterbi over one sequence's emissions (tokens x tags): slovnet's `CRF.decode` for a batch of one."""
    score = emissions[0]
    history = []
    for emission in emissions[1:]:
        scores = score[:, np.newaxis] + transitions + emission
        history.append(scores.argmax(0))
        score = scores.max(0)
    best = int(score.argmax())
    path = [best]
    for previous in reversed(history):
        best = int(previous[best])
        path.append(best)
    path.reverse()
    return path
