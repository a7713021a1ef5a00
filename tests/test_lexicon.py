"""Word lists match every form of their words as the tagger reads them in real sentences, stems that change included."""

import pytest

from graphkit.extract.lexicon import INSTITUTION_WORDS, RELATIVES
from graphkit.extract.verb_posts import TAKING_VERBS
from graphkit.nlp import analyse, tag_morphology


@pytest.mark.parametrize(
    ("sentence", "word", "words"),
    [
        # NEREL train 534256, 107294, 201: "стать" and "занять" change their stem
        ("Екатерина Сакелларопулу стала 13-м президентом Греции.", "стала", TAKING_VERBS),
        ("Новым генсеком ООН станет португалец Гутерреш", "станет", TAKING_VERBS),
        (
            "Пост вице-президента Bundesbank займет представитель Федерального управления финансового надзора Германии Сабина Лаутеншлегер, "
            "добавили высокопоставленные лица в Берлине.",
            "займет", TAKING_VERBS,
        ),
        # NEREL train 117464, 112626: short words, whose lemma's ending is no part of their other forms
        ("Вице-спикер Думы от ЛДПР Игорь Лебедев сказал:", "Думы", INSTITUTION_WORDS),
        ("Президент Азербайджана Ильхам Алиев назначил свою жену Мехрибан первым вице-президентом", "жену", RELATIVES),
    ],
)
def test_a_word_list_matches_every_form(sentence, word, words, nlp_models):
    analysed = analyse(sentence, nlp_models)
    tag_morphology(analysed.sentences, nlp_models)
    (token,) = [t for s in analysed.sentences for t in s.tokens if t.text == word]
    assert words.matches(token)
