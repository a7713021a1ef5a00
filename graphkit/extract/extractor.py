"""The extractor: one article in, its entities and relations out.

Reading order: analyse the text (sentences, NER) -> find mentions -> read
the posts around names -> group mentions into entities -> resolve
descriptions to people -> read meetings and visits in the sentences that
can hold them -> add where institutions and places are -> build the
`Extraction`, every relation with its sentence, date and confidence.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from graphkit.extract import events
from graphkit.extract.dates import date_in
from graphkit.extract.descriptions import Description, KnownPost, colleague_descriptions, from_title_phrase, resolve
from graphkit.extract.entities import EntityDraft, find_more_mentions, group_mentions
from graphkit.extract.gazetteer import Gazetteer, GazetteerEntry
from graphkit.extract.lexicon import SCREEN
from graphkit.extract.mention import ADJECTIVE, DESCRIPTION, Mention
from graphkit.extract.mentions import find_mentions
from graphkit.extract.posts import Post, TitlePhrase, find_posts
from graphkit.extract.pronouns import LOOK_BACK, nearest_person, resolve_pronouns
from graphkit.extract.state_bodies import home_country, rehome_bodies
from graphkit.extract.verb_posts import Topic, find_verb_posts, left_posts, may_state_post, succeeded_posts, taken_posts
from graphkit.nlp import AnalysedText, NlpModels, Sentence, analyse, parse_syntax, tag_morphology
from graphkit.types import (
    COUNTRY,
    HEADS,
    LOCATED_IN,
    MET_WITH,
    ORGANIZATION,
    PERSON,
    PLACE,
    VISITED,
    WORKS_FOR,
    Article,
    Entity,
    Extraction,
    Relation,
    Span,
)

CONFIDENCE = {MET_WITH: 0.8, VISITED: 0.8, HEADS: 0.85, WORKS_FOR: 0.75, LOCATED_IN: 0.95}
NOT_STATE_BODIES = frozenset({"international"})
DEFAULT_CONFIDENCE = 0.8


@dataclass
class ArticleState:
    """What the extractor knows about one article while reading it."""

    article: Article
    drafts: list[EntityDraft] = field(default_factory=list)
    by_mention: dict[int, EntityDraft] = field(default_factory=dict)
    by_id: dict[str, EntityDraft] = field(default_factory=dict)
    relations: dict[tuple, Relation] = field(default_factory=dict)

    def draft_of(self, mention: Mention) -> EntityDraft | None:
        return self.by_mention.get(id(mention))

    def draft_for_entry(self, entry: GazetteerEntry) -> EntityDraft:
        """The entity of a gazetteer entry, created (with no mention) if the text has none."""
        draft = self.by_id.get(entry.id)
        if draft is None:
            draft = EntityDraft(label=entry.label, entry=entry, id=entry.id, name=entry.name)
            self.drafts.append(draft)
            self.by_id[entry.id] = draft
        return draft

    def add_relation(self, relation: Relation, key: tuple) -> None:
        """Keep one statement of each fact: the one that says most about it (a place, a kind), else the first."""
        kept = self.relations.get(key)
        if kept is None or stated_properties(relation) > stated_properties(kept):
            self.relations[key] = relation


class Extractor:
    """Extracts entities and relations from articles; build once, use for many articles."""

    def __init__(self, models: NlpModels, gazetteer: Gazetteer) -> None:
        self.models = models
        self.gazetteer = gazetteer

    def extract(self, article: Article) -> Extraction:
        analysed = analyse(article.text, self.models, skip=article.meta_spans)
        tag_morphology(sentences_worth_reading(analysed), self.models)
        mentions = find_mentions(analysed, self.gazetteer)
        home = home_country(mentions)
        rehome_bodies(mentions, self.gazetteer, home)
        state = ArticleState(article=article)
        state.drafts = group_mentions(mentions)
        taken = {(m.sentence.index, i) for m in mentions for i in range(m.first, m.last)}
        for mention, person in find_more_mentions([d for d in state.drafts if d.label == PERSON], analysed.sentences, taken):
            person.mentions.append(mention)
            mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        posts, phrases = self.read_posts(analysed.sentences, mentions, home)
        state.by_mention = {id(m): d for d in state.drafts for m in d.mentions}
        state.by_id = {d.id: d for d in state.drafts}
        self.add_posts(state, posts)
        self.resolve_descriptions(state, posts, phrases, analysed.sentences, mentions)
        self.add_events(state, analysed.sentences, posts, phrases)
        self.add_locations(state)
        return build_extraction(state)

    def read_posts(self, sentences: list[Sentence], mentions: list[Mention], home: str) -> tuple[list[Post], list[TitlePhrase]]:
        posts, phrases = [], []
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence.index, []).append(mention)
        for sentence in sentences:
            found, descriptions = find_posts(sentence, by_sentence.get(sentence.index, []), self.gazetteer, home)
            posts.extend(found)
            phrases.extend(descriptions)
        return posts, phrases

    def institution_of(self, state: ArticleState, phrase: TitlePhrase) -> EntityDraft | None:
        if phrase.institution is not None:
            return state.draft_for_entry(phrase.institution)
        if phrase.institution_mention is not None:
            return state.draft_of(phrase.institution_mention)
        return None

    def add_posts(self, state: ArticleState, posts: list[Post]) -> None:
        """Each post to its person; a bare national title read as the article's country's ("Президент Обама прибыл
        в Ирландию") goes only to a person the article does not give that title of a named country ("президент США")."""
        stated = {(id(state.draft_of(p.person)), p.phrase.head_lemma) for p in posts if p.phrase is not None and p.phrase.country is not None}
        for post in posts:
            person = state.draft_of(post.person)
            if person is None:
                continue
            person.ranks.extend(r for r in post.ranks if r not in person.ranks)
            if post.phrase is not None and not (post.phrase.of_home and (id(person), post.phrase.head_lemma) in stated):
                self.add_post(state, person, post.phrase)

    def add_post(self, state: ArticleState, person: EntityDraft, phrase: TitlePhrase, confidence: float | None = None) -> None:
        """A person's post: the title among their titles, and HEADS or WORKS_FOR its institution."""
        if phrase.title and phrase.title not in person.titles:
            person.titles.append(phrase.title)
        institution = self.institution_of(state, phrase)
        if institution is None:
            return
        relation = Relation(
            type=phrase.relation,
            source=person.id,
            target=institution.id,
            evidence=sentence_span(phrase.sentence),
            props={"title": phrase.title or None, "date": fact_date(phrase.sentence, state.article)},
            confidence=confidence or CONFIDENCE.get(phrase.relation, DEFAULT_CONFIDENCE),
        )
        state.add_relation(relation, (phrase.relation, person.id, institution.id))
        if phrase.institution_mention is None:
            self.add_state_service(state, person, institution, relation)

    def add_state_service(self, state: ArticleState, person: EntityDraft, institution: EntityDraft, post: Relation) -> None:
        """An official of a country's state body works for that country: "министр финансов РФ" -> WORKS_FOR Россия.

        Only for a body the post's own words make up (a title and a country):
        that post is stated as the country's, and it lets "officials of a
        country" be read straight off the graph. A body named in the text
        ("глава Роскосмоса", "глава МИД России") is what the post is of; its
        country is one LOCATED_IN further.
        """
        entry = institution.entry
        if entry is None or entry.label != ORGANIZATION or not entry.country or entry.kind in NOT_STATE_BODIES:
            return
        country = self.gazetteer.country(entry.country)
        if country is None:
            return
        target = state.draft_for_entry(country)
        relation = Relation(WORKS_FOR, person.id, target.id, post.evidence, dict(post.props), CONFIDENCE[WORKS_FOR])
        state.add_relation(relation, (WORKS_FOR, person.id, target.id))

    def known_posts(self, state: ArticleState, posts: list[Post]) -> list[KnownPost]:
        known = []
        for post in posts:
            person, phrase = state.draft_of(post.person), post.phrase
            if person is None or phrase is None:
                continue
            institution = self.institution_of(state, phrase)
            country = phrase.country.id if phrase.country else None
            if country is None and institution is not None and institution.entry is not None:
                country = country_of(institution.entry)
            known.append(KnownPost(person, phrase.head_lemma, phrase.relation, institution.id if institution else None, phrase.body_kind, country))
        return known

    def resolve_descriptions(
        self, state: ArticleState, posts: list[Post], phrases: list[TitlePhrase], sentences: list[Sentence], mentions: list[Mention]
    ) -> None:
        known = self.known_posts(state, posts)
        descriptions: list[Description] = []
        for phrase in phrases:
            institution = self.institution_of(state, phrase)
            descriptions.append(from_title_phrase(phrase, institution.id if institution else None, mentions))
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence.index, []).append(mention)
        for sentence in sentences:
            descriptions.extend(colleague_descriptions(sentence, by_sentence.get(sentence.index, [])))
        descriptions.sort(key=lambda d: d.sentence.tokens[d.first].start)
        for description in descriptions:
            person = resolve(description, known)
            if person is None:
                continue
            mention = description.as_mention()
            person.mentions.append(mention)
            person.mentions.sort(key=lambda m: m.start)
            state.by_mention[id(mention)] = person

    def add_events(self, state: ArticleState, sentences: list[Sentence], posts: list[Post], phrases: list[TitlePhrase]) -> None:
        phrases_in: dict[int, list[TitlePhrase]] = {}
        for phrase in phrases:
            phrases_in.setdefault(phrase.sentence.index, []).append(phrase)
        named_in: dict[int, list[TitlePhrase]] = {}
        for post in posts:
            if post.phrase is not None:
                named_in.setdefault(post.phrase.sentence.index, []).append(post.phrase)
        organised = {m.sentence.index for d in state.drafts if d.label == ORGANIZATION for m in d.mentions if m.form != ADJECTIVE}
        candidates = [
            s for s in sentences
            if events.may_hold_event(s) or may_state_post(s, phrases_in.get(s.index, []), s.index in organised, named_in.get(s.index, []))
        ]
        parse_syntax(candidates, self.models)
        post_tokens = {}
        for post in posts:
            if post.phrase is not None and post.phrase.sentence.index == post.person.sentence.index:
                for index in range(post.phrase.first, post.phrase.last):
                    post_tokens[(post.person.sentence.index, index)] = post.person
        in_sentence: dict[int, list[tuple[Mention, EntityDraft]]] = {}
        for draft in state.drafts:
            for mention in draft.mentions:
                in_sentence.setdefault(mention.sentence.index, []).append((mention, draft))
        for sentence in candidates:
            recent = [pair for back in range(LOOK_BACK, -1, -1) for pair in in_sentence.get(sentence.index - back, [])]
            for mention, person in resolve_pronouns(sentence, recent):
                person.mentions.append(mention)
                state.by_mention[id(mention)] = person
                in_sentence.setdefault(sentence.index, []).append((mention, person))
            person_at, place_at, organisation_at = self.token_maps(state, sentence, in_sentence.get(sentence.index, []), post_tokens)
            date = fact_date(sentence, state.article)
            evidence = sentence_span(sentence)
            topic = topic_of(sentence, recent)
            unnamed = phrases_in.get(sentence.index, [])
            taken = taken_posts(sentence, unnamed, person_at, topic) + left_posts(sentence, unnamed, person_at, topic)
            for person, phrase in taken + succeeded_posts(sentence, named_in.get(sentence.index, []), person_at):
                self.add_post(state, person, phrase, CONFIDENCE[phrase.relation] - 0.1)
            for post in find_verb_posts(sentence, person_at, organisation_at, topic):
                relation = Relation(post.relation, post.person.id, post.organisation.id, evidence, {"title": None, "date": date}, CONFIDENCE[post.relation] - 0.1)
                state.add_relation(relation, (post.relation, post.person.id, post.organisation.id))
            for meeting in events.find_meetings(sentence, person_at, place_at):
                for a, b in events.meeting_pairs(meeting):
                    props = {"date": date, "kind": meeting.kind, "status": meeting.status}
                    if meeting.place is not None:
                        props["place"] = meeting.place.id
                    pair = tuple(sorted((a.id, b.id)))
                    relation = Relation(MET_WITH, pair[0], pair[1], evidence, props, CONFIDENCE[MET_WITH])
                    state.add_relation(relation, (MET_WITH, *pair, date))
            for visit in events.find_visits(sentence, person_at, place_at):
                props = {"date": date, "status": visit.status}
                if visit.kind:
                    props["kind"] = visit.kind
                relation = Relation(VISITED, visit.visitor.id, visit.target.id, evidence, props, CONFIDENCE[VISITED])
                state.add_relation(relation, (VISITED, visit.visitor.id, visit.target.id, visit.status))

    def token_maps(
        self, state: ArticleState, sentence: Sentence, mentions: list[tuple[Mention, EntityDraft]], post_tokens: dict
    ) -> tuple[events.EntityAt, events.EntityAt, events.EntityAt]:
        """Functions from a token index to the person, the country/place, or the organisation it belongs to."""
        people: dict[int, EntityDraft] = {}
        places: dict[int, EntityDraft] = {}
        organisations: dict[int, EntityDraft] = {}
        for mention, draft in mentions:
            if mention.form == ADJECTIVE:
                continue
            target = people if draft.label == PERSON else places if draft.label in (COUNTRY, PLACE) else organisations
            for index in range(mention.first, mention.last):
                target[index] = draft
        for (sentence_index, index), mention in post_tokens.items():
            draft = state.draft_of(mention)
            if sentence_index == sentence.index and draft is not None:
                people.setdefault(index, draft)
        return people.get, places.get, organisations.get

    def add_locations(self, state: ArticleState) -> None:
        """Institutions and places in their country, known from the gazetteer or named in their name ("посольство США");
        a part of a place in that place ("центр Москвы" -> Москва). Each evidenced by a mention."""
        for draft in list(state.drafts):
            if draft.label not in (ORGANIZATION, PLACE):
                continue
            target = self.container(state, draft)
            if target is None or target is draft:
                continue
            evidence = first_evidence(draft, state)
            if evidence is None:
                continue
            relation = Relation(LOCATED_IN, draft.id, target.id, evidence, {"date": state.article.date}, CONFIDENCE[LOCATED_IN])
            state.add_relation(relation, (LOCATED_IN, draft.id, target.id))

    def container(self, state: ArticleState, draft: EntityDraft) -> EntityDraft | None:
        """What an institution or place is in: its gazetteer country, the country its name names, or the place it is a part of."""
        if draft.entry is not None:
            country = self.gazetteer.country(country_of(draft.entry) or "")
            return state.draft_for_entry(country) if country is not None else None
        whole = next((state.draft_of(m.within) for m in draft.mentions if m.within is not None), None)
        if whole is not None:
            return whole
        named = [c for m in draft.mentions for c in m.countries if c.label == COUNTRY]
        return state.draft_for_entry(named[0]) if named else None


def topic_of(sentence: Sentence, recent: list[tuple[Mention, EntityDraft]]) -> Topic:
    """Whom a verb with no subject in `sentence` is about: the nearest person of its gender among `recent` mentions."""
    return lambda index, gender: nearest_person(recent, sentence.tokens[index].start, gender, as_subject=True)


def sentences_worth_reading(analysed: AnalysedText) -> list[Sentence]:
    """Sentences with a named entity or a post/event word: only these get morphology (the costly step)."""
    starts = sorted(span.start for span in analysed.ner_spans)
    worth = []
    for sentence in analysed.sentences:
        position = bisect_left(starts, sentence.start)
        has_entity = position < len(starts) and starts[position] < sentence.end
        if has_entity or any(t.lower.startswith(SCREEN.stems) for t in sentence.tokens):
            worth.append(sentence)
    return worth


def country_of(entry: GazetteerEntry) -> str | None:
    """The country code of an entry: its own for a country, where it is for the rest."""
    if entry.label == COUNTRY:
        return entry.id.split(":", 1)[1]
    return entry.country or None


def stated_properties(relation: Relation) -> int:
    """How many of a fact's properties its sentence states."""
    return sum(value is not None for value in relation.props.values())


def first_evidence(draft: EntityDraft, state: ArticleState) -> Span | None:
    """The sentence of the entity's first mention, or of the first fact that names it."""
    if draft.mentions:
        return sentence_span(draft.mentions[0].sentence)
    for relation in state.relations.values():
        if draft.id in (relation.source, relation.target):
            return relation.evidence
    return None


def sentence_span(sentence: Sentence) -> Span:
    return Span(sentence.start, sentence.end, sentence.text)


def fact_date(sentence: Sentence, article: Article) -> str | None:
    return date_in(sentence.text, article.date) or article.date


def build_extraction(state: ArticleState) -> Extraction:
    entities = []
    for draft in state.drafts:
        entity = to_entity(draft)
        if entity is not None:
            entities.append(entity)
    known = {e.id for e in entities}
    relations = [r for r in state.relations.values() if r.source in known and r.target in known and r.source != r.target]
    return Extraction(article=state.article, entities=entities, relations=relations)


def to_entity(draft: EntityDraft) -> Entity | None:
    mentions = sorted({(m.start, m.end): m for m in draft.mentions}.values(), key=lambda m: m.start)
    props = dict(draft.props)
    aliases = draft.aliases
    entry = draft.entry
    if entry is not None:
        for extra in (entry.name, entry.official_name, entry.short_name, *entry.aliases):
            if extra and extra != draft.name and extra not in aliases:
                aliases.append(extra)
        if entry.official_name:
            props["official_name"] = entry.official_name
        if entry.short_name:
            props["short_name"] = entry.short_name
        if entry.kind:
            props["kind"] = entry.kind
    if draft.label == PERSON:
        if not any(m.form != DESCRIPTION for m in mentions):
            return None
        if draft.titles:
            props["titles"] = list(draft.titles)
        if draft.ranks:
            props["ranks"] = list(draft.ranks)
    return Entity(
        id=draft.id,
        label=draft.label,
        name=draft.name,
        aliases=aliases,
        props=props,
        mentions=[Span(m.start, m.end, m.text, m.form) for m in mentions],
    )
