"""The `Mention` model the extraction steps share: one place in the text that refers to an entity.

`mentions` finds them, `state_bodies` adds the state bodies named by a
common noun or a description, and the later steps (posts, entities,
descriptions, pronouns) read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.extract.gazetteer import GazetteerEntry
from graphkit.extract.names import NameWord
from graphkit.nlp.document import Sentence

NAME, ADJECTIVE, DESCRIPTION = "name", "adjective", "description"
"""The forms of a mention: a name, a country's or city's adjective (российский -> Россия), a description
(глава ведомства -> a person)."""


@dataclass(eq=False)
class Mention:
    """One place in the text that refers to an entity."""

    sentence: Sentence
    first: int
    last: int
    """Token indices in the sentence, [first, last)."""
    label: str
    form: str = NAME
    """"name", "adjective" (российский -> Россия) or "description" (глава ведомства -> a person)."""
    entry: GazetteerEntry | None = None
    name: str = ""
    """Nominative name for organisations and places outside the gazetteer, and for a state body named with its
    country ("Правительство РФ", `GazetteerMatch.written_name`)."""
    name_words: list[NameWord] = field(default_factory=list)
    countries: tuple[GazetteerEntry, ...] = ()
    """Every country named: by a compound adjective ("российско-таджикистанский"), or inside an organisation's name."""
    owner_named: bool = True
    """False for a state body named without its country ("Минздрава"): the gazetteer's default country was assumed."""
    alias_of: Mention | None = None
    """The mention this one restates in brackets: "Комитет защиты журналистов (КЗЖ)", "Джошуа Вольф (Joshua Wolf)"."""
    within: Mention | None = None
    """The place or country this place is a part of: "центре [Москвы]" (`place_parts`)."""
    part: tuple[int, int] | None = None
    """Character offsets in the text of the part of one token this mention is: "[российско]-британской"; None for whole tokens."""

    @property
    def anchor(self) -> Mention:
        """The mention that names the entity: the first of a chain of bracketed restatements."""
        mention = self
        while mention.alias_of is not None:
            mention = mention.alias_of
        return mention

    @property
    def start(self) -> int:
        return self.part[0] if self.part else self.sentence.tokens[self.first].start

    @property
    def end(self) -> int:
        return self.part[1] if self.part else self.sentence.tokens[self.last - 1].end

    @property
    def text(self) -> str:
        return self.sentence.text[self.start - self.sentence.start : self.end - self.sentence.start]
