"""Russian NLP for graphkit: natasha's models behind our own small types.

Only the modules of this package import natasha/slovnet; everything else
sees `graphkit.nlp.document` types.
"""

from graphkit.nlp.analyse import analyse, parse_syntax, tag_morphology
from graphkit.nlp.document import AnalysedText, NerSpan, Sentence, Token
from graphkit.nlp.models import NlpModels, load_models

__all__ = ["AnalysedText", "NerSpan", "NlpModels", "Sentence", "Token", "analyse", "load_models", "parse_syntax", "tag_morphology"]
