"""Filters that let templates write sentences: case, lists, plural and agreement, in one language.

A template asks for grammar by name and never for Python::

    {{ b.participants[0] | case("ins") }}             → «Председателем Мажилиса … Ерланом Кошановым»
    {{ b.cooperation_areas | listing }}               → «политика, экономика и экология»
    {{ names | listing("ins") }}                      → ru «с А и Б», kk «А мен Б-мен» (the ending on the last)
    {{ n }} {{ n | plural("документ", "документа", "документов") }}
    {{ "подписан" | agree(document.title) }}          → «подписано» for «соглашение»
    {{ sentence | capfirst }}
    {{ side | followed_by(" тарапы") | case("ins") }}  → «Түркия тарапымен» (marks kept, unlike ~)
    {% set sides = b.participants | sides %}           → who met whom, and who was present

Values keep their marks (machine translation, untranslated, needs review) through every
filter, so a declined name still shows that it needs a reader's check. English text left
untranslated is never declined.
"""

from __future__ import annotations

import re
import typing as t
from dataclasses import dataclass, field

from markupsafe import Markup

from briefing.grammar.forms import Inflector
from briefing.localize import Joined, Localized, LocalizedPerson, Phrase, sex_of
from briefing.render import marked_pieces
from briefing.translate import UNTRANSLATED

# Kazakh and Mongolian put a case ending on the last word of a phrase or list only.
PHRASE_FINAL = frozenset({"kk", "mn"})
# Languages whose press puts the title before the name: «Председатель Мажилиса Ерлан Кошанов».
TITLE_FIRST = frozenset({"ru", "kk", "mn"})
_PLURAL_ORDER = ("zero", "one", "two", "few", "many", "other")
_NO_ARTICLE = frozenset({"the", "a", "an", "this", "these", "both", "each"})


Value = Phrase | Localized | Joined | LocalizedPerson | str | None


# countries whose English short name takes the definite article in running text (CLDR's names)
_ENGLISH_THE_COUNTRIES = frozenset({"United Kingdom", "United States", "Netherlands", "Philippines", "United Arab Emirates",
                                    "Dominican Republic", "Central African Republic", "Bahamas", "Gambia", "Maldives",
                                    "Marshall Islands", "Solomon Islands", "Comoros", "Seychelles", "Czech Republic"})


class Narrative:
    """The grammar filters of one language, ready to install into a Jinja environment."""

    def __init__(self, lang: str, inflector: Inflector | None = None) -> None:
        self.lang = lang.split("_")[0]
        self.inflector = inflector or Inflector(lang)

    @property
    def filters(self) -> dict[str, t.Callable[..., t.Any]]:
        return {"case": self.case, "listing": self.listing, "plural": self.plural, "agree": self.agree, "numeral": self.numeral,
                "capfirst": capfirst, "lowerfirst": lowerfirst, "person": self.person,
                "indefinite": self.indefinite, "sides": sides, "visit_sides": visit_sides, "followed_by": self.followed_by,
                "participial": self.participial, "possessive": self.possessive}

    def finish(self, text: str) -> str:
        """The rendered text with what only whole sentences show put right: Russian «со», «во» before a cluster."""
        if self.lang != "ru":
            return text
        from briefing.grammar.ru import euphony

        return euphony(text)

    # -- filters ------------------------------------------------------------------

    def case(self, value: Value, case: str = "nom") -> Phrase:
        """``value`` in ``case``: a name, a title, a person with title, a list or a phrase."""
        return Phrase(self._pieces(value, case))

    def person(self, value: Value) -> Phrase:
        """A person as a sentence names one: title, then name («Президент Монголии У.Хүрэлсүх»)."""
        return self.case(value, "nom")

    def listing(self, values: t.Iterable[Value], case: str = "nom", conj: str = "and", kind: str = "common") -> Phrase:
        """Values joined as the language joins a list, in ``case``."""
        values = [value for value in values if value]
        grouped = self._one_office_for_many(values) if conj == "and" and len(values) >= 2 and self.lang in TITLE_FIRST \
            else list(values)
        item_case = "nom" if self.lang in PHRASE_FINAL else case
        items = [Phrase(self._group_pieces(value, item_case)) if isinstance(value, _Grouped) else
                 Phrase(self._pieces(value, "nom")) for value in grouped]
        if not items:
            return Phrase([])
        if self.lang not in PHRASE_FINAL:
            items = [item if isinstance(value, _Grouped) else Phrase(self._pieces(item, case))
                     for item, value in zip(items, grouped, strict=True)]
        if len(items) == 1 and isinstance(grouped[0], _Grouped):
            pieces = [*items[0].pieces, " нар"] if self.lang == "mn" else items[0].pieces
            return Phrase(self._decline_last(pieces, case, "person") if self.lang in PHRASE_FINAL and case != "nom"
                          else pieces)
        values = [value.people[0] if isinstance(value, _Grouped) else value for value in grouped]  # people still
        texts = [str(item) for item in items]
        # people are joined by commas whatever their titles hold («министр … и руководитель …»):
        # a semicolon between people reads as a list of lists
        people = all(isinstance(value, LocalizedPerson) for value in values)
        if conj == "and" and len(texts) > 2 and not people and any(_holds_a_list(text, self.lang) for text in texts):
            joined = "; ".join(texts)  # «Министерство цифрового развития, инноваций …; Kazakh Invest; …»
        elif conj == "comma" and not any("," in text for text in texts):
            joined = ", ".join(texts)  # parties before Mongolian «хоорондын»: «A, B-ын», no «болон» to blur a name
        elif conj == "comma":  # «… яам болон Унгар Улсын Гадаад хэрэг, худалдааны яам»: a name with a comma of its own
            joined = ", ".join(texts[:-1]) + " болон " + texts[-1]  # would read as a third side (review 44)
        elif conj == "and" and len(texts) >= 2 and (
                (not people and any(_is_a_pair(text, self.lang) for text in texts)) or
                (self.lang != "mn" and any(isinstance(value, _Grouped) and len(value.people) > 1 for value in grouped))):
            # «торговля и экономика, транспорт и логистика, а также энергетика», «депутаты A, B и C, а также
            # Генеральный секретарь D»: a last «и» beside the pairs' or the group's own would join two items into one
            joined = ", ".join(texts[:-1]) + _AS_WELL_AS.get(self.lang, ", as well as ") + texts[-1]
        else:  # "plain": the sides of a document, «между A и B», «A мен B арасындағы», never «а также»
            joined = self.inflector.join(texts, "and" if conj == "plain" else conj, kind)
        pieces = _interleave(joined, texts, items)
        if self.lang in PHRASE_FINAL and case != "nom":
            pieces = self._decline_last(pieces, case, kind)
        return Phrase(pieces)

    def _one_office_for_many(self, values: list[Value]) -> list[Value | _Grouped]:
        """People next to each other who hold one office written the same way, as one plural office and their names:
        «сенаторы Пакистана Сармад Али и Амир Чишти», «Пәкістан сенаторлары …», «Пакистаны сенатор С.Али, А.Чишти нар»
        (the translators' review of fresh83: the office said once)."""
        grouped: list[Value | _Grouped] = []
        for value in values:
            previous = grouped[-1] if grouped else None
            office = _written_office(value)
            if office is not None and isinstance(previous, _Grouped) and _same_office(previous.office, office):
                previous.people.append(t.cast(LocalizedPerson, value))
            elif office is not None and previous is not None and not isinstance(previous, _Grouped) and \
                    _same_office(_written_office(previous), office):
                grouped[-1] = _Grouped(office, [t.cast(LocalizedPerson, previous), t.cast(LocalizedPerson, value)])
            else:
                grouped.append(value)
        return grouped

    def _group_pieces(self, group: _Grouped, case: str) -> list[str | Localized]:
        """One office, in the plural where the language says so, then the names joined as people are."""
        title = group.office
        names = [person.name for person in group.people]
        if self.lang == "ru":
            from briefing.grammar.ru import plural_head

            office = self._decline(Localized(plural_head(title.text), title.mark, title.kind), case)
            names = [self._decline(name, case) for name in names]
        elif self.lang == "kk":
            from briefing.grammar.kk import plural_possessive

            office = Localized(plural_possessive(title.text), title.mark, title.kind)
        else:
            office = title  # mn: the office once, then the names; «нар» closes the whole list
        texts = [str(name) for name in names]
        joined = ", ".join(texts) if self.lang == "mn" else self.inflector.join(texts, "and", "person")
        return [office, " ", *_interleave(joined, texts, [Phrase([name]) for name in names])]

    def participial(self, value: Value) -> bool:
        """Whether a name is built on a participle, which Mongolian sides take «хооронд» before
        (:func:`briefing.grammar.mn.built_on_participle`); False in the other languages."""
        if self.lang != "mn":
            return False
        from briefing.grammar.mn import built_on_participle

        return built_on_participle(str(value))

    def possessive(self, value: Value) -> str:
        """Kazakh: the third-person possessive of a noun heading an izafet («отырыс» → «отырысы» after «Комиссияның»;
        :func:`briefing.grammar.kk.possessive`); the other languages mark no possessor on the head."""
        if self.lang != "kk":
            return str(value)
        from briefing.grammar.kk import possessive

        return possessive(str(value))

    def followed_by(self, value: Value, words: str | Value) -> Phrase:
        """``value`` and then ``words`` (literal words, or another value), marks kept (Jinja's ``~`` would drop
        them): «Түркия тарапы», and a case after it declines the last word («Түркия тарапымен»)."""
        # a macro's output is markup: its marked values stay values, never escaped into the text as tags
        tail = [words] if isinstance(words, str) and not isinstance(words, Markup) else self._pieces(words, "nom")
        return Phrase([*self._pieces(value, "nom"), *tail])

    def plural(self, number: int, *forms: str) -> str:
        """The form of a counted noun by CLDR's plural rules: ru (one, few, many), kk and mn (one, other)."""
        from babel import Locale

        rule = Locale.parse(self.lang).plural_form
        categories = [name for name in _PLURAL_ORDER if name in rule.tags or name == "other"]
        category = rule(abs(int(number)))
        if not forms:
            return ""
        index = categories.index(category) if category in categories else len(forms) - 1
        return forms[min(index, len(forms) - 1)]

    def numeral(self, number: int, noun: str = "") -> str:
        """A count of one to ten in words, as official prose writes it («два соглашения», «екі меморандум»); larger
        counts in figures. ``noun``, the counted noun in the nominative singular, gives a Russian «две» its gender."""
        from briefing.grammar.numerals import count_in_words

        return count_in_words(int(number), self.lang, noun)

    def indefinite(self, value: Value) -> Phrase:
        """English "a"/"an" before a common noun phrase ("an agreement"); names, plurals and other languages as they are."""
        phrase = Phrase(self._pieces(value, "nom"))
        text = str(phrase).strip()
        if self.lang != "en" or not text or text[0].isupper() or text[0].isdigit() or \
                text.split()[0].lower() in _NO_ARTICLE or text.split()[0].endswith("s"):
            return phrase
        return Phrase(["an " if text[0].lower() in "aeio" else "a ", *phrase.pieces])

    def agree(self, word: str | Localized, value: Value) -> str | Localized:
        """A Russian word agreeing with the head noun of ``value`` («состоялась встреча», «проходят
        переговоры»); other languages keep it. A localized word keeps its mark."""
        if self.lang != "ru" or value is None:
            return word
        from briefing.grammar.ru_agreement import agree

        if isinstance(value, LocalizedPerson):  # a person: the name's gender, never the title's («Председатель …»)
            from briefing.grammar.ru_agreement import agree_with_tags

            wanted = {"femn"} if sex_of(value.name) == "female" else {"masc"}
            if isinstance(word, Localized):
                return Localized(agree_with_tags(word.text, wanted), word.mark, word.kind)
            return agree_with_tags(word, wanted)
        if isinstance(word, Localized):
            return Localized(agree(word.text, str(value)), word.mark, word.kind)
        return agree(word, str(value))

    # -- helpers --------------------------------------------------------------------

    def _pieces(self, value: Value, case: str) -> list[str | Localized]:
        if value is None or value == "":
            return []
        if isinstance(value, Phrase):
            return self._phrase_pieces(value.pieces, case)
        if isinstance(value, LocalizedPerson):
            return self._person_pieces(value, case)
        if isinstance(value, Joined):
            return self._phrase_pieces(value._pieces(), case)
        if isinstance(value, Localized):
            if self.lang == "en" and value.text in _ENGLISH_THE_COUNTRIES:
                return ["the ", value]  # "between Uzbekistan and the United Kingdom"
            return [self._decline(value, case)]
        if isinstance(value, Markup):  # a macro's output or a `~` join: its marked values, then declined
            pieces: list[str | Localized] = [Localized(text, mark) if mark else text
                                             for text, mark in marked_pieces(value)]
            return self._phrase_pieces(pieces, case)
        return [self._decline(Localized(str(value)), case)]

    def _person_pieces(self, person: LocalizedPerson, case: str) -> list[str | Localized]:
        name: list[str | Localized] = [self._decline(person.name, case)]
        if not person.title:
            return name
        if self.lang not in TITLE_FIRST:  # English and the rest: "Yerlan Koshanov (Speaker of the Mazhilis)"
            return [*name, " (", *self._pieces(person.title, "nom"), ")"]
        title = self._pieces(person.sentence_title, "nom" if self.lang in PHRASE_FINAL else case)
        return [*title, " ", *name]

    def _phrase_pieces(self, pieces: t.Sequence[str | Localized], case: str) -> list[str | Localized]:
        if case == "nom":
            return list(pieces)
        if self.lang in PHRASE_FINAL:
            return self._decline_last(list(pieces), case)
        return [self._decline(piece, case) if isinstance(piece, Localized) else piece for piece in pieces]

    def _decline_last(self, pieces: list[str | Localized], case: str, kind: str = "common") -> list[str | Localized]:
        """Kazakh and Mongolian: the ending goes on the last word, whatever piece holds it; a closing
        parenthesis ("меморандум (спорт)") is an aside, and the ending goes on the word before it."""
        literal = [i for i, piece in enumerate(pieces) if isinstance(piece, str) and piece.strip()]
        if literal and literal[-1] == len(pieces) - 1 and str(pieces[-1]).strip() == ")":
            opening = next((i for i in reversed(literal) if str(pieces[i]).rstrip().endswith("(")), None)
            if opening is not None and opening > 0:
                before = self._decline_last([*pieces[:opening], str(pieces[opening]).rstrip()[:-1].rstrip()], case, kind)
                return [*before, " (", *pieces[opening + 1:]]
        for index in range(len(pieces) - 1, -1, -1):
            piece = pieces[index]
            if isinstance(piece, Localized):
                return [*pieces[:index], self._decline(piece, case), *pieces[index + 1:]]
            if piece.strip():  # a literal last word, such as Mongolian «нар»
                stripped = piece.rstrip()
                head, space, last = stripped.rpartition(" ")
                declined = head + space + self.inflector.inflect(last, case, kind) + piece[len(stripped):]
                return [*pieces[:index], declined, *pieces[index + 1:]]
        return pieces

    def _decline(self, value: Localized, case: str) -> Localized:
        if case == "nom" or value.mark == UNTRANSLATED or value.kind == "brand" or not value.text:
            return value
        return Localized(self.inflector.inflect(value.text, case, value.kind, value.gender), value.mark, value.kind,
                         gender=value.gender)


@dataclass(frozen=True)
class Sides:
    """Who met whom at a meeting: ``leading`` (the subject and those of his side beside him) met ``met``;
    ``present`` were there too."""

    subject: LocalizedPerson | None
    met: list[LocalizedPerson]
    present: list[LocalizedPerson]
    alongside: list[LocalizedPerson] = field(default_factory=list)

    @property
    def leading(self) -> list[LocalizedPerson]:
        return [*([self.subject] if self.subject else []), *self.alongside]

    @property
    def one_side(self) -> bool:
        """Everyone is of the subject's country: no one met another side (a Speaker abroad with her delegation);
        the templates then tell the event with its participants, never a meeting of colleagues."""
        return self.subject is not None and not self.met and bool(self.alongside)


def sides(people: t.Sequence[LocalizedPerson]) -> Sides:
    """The lead's first person met the people of another side; the people of his own side (his ambassador,
    his staff) were present, not met. Once someone of his own side is among them, people whose side the
    article does not give were present too: the principal pair is the two states' people. When no one is of
    another country the article gives, but some have no country, his side met them: "lawmakers A and B (of
    Korea) met X and the EU ambassador Y", never A meeting her own colleague B. Without a country for the first
    person, or without both sides among the others, everyone is met."""
    if not people:
        return Sides(None, [], [])
    marked = [person for person in people[1:] if person.present]  # "Also present was …": no side, whoever she is
    if marked:
        found = sides([person for person in people if not person.present])
        return Sides(found.subject, found.met, [*found.present, *marked], found.alongside)
    subject, others = people[0], list(people[1:])
    home = str(subject.country) if subject.country else None
    other_side = [person for person in others if person.country and str(person.country) != home]
    own_side = [person for person in others if person.country and str(person.country) == home]
    unplaced = [person for person in others if not person.country]
    if home is not None and own_side and not other_side and unplaced:
        return Sides(subject, unplaced, [], own_side)
    if home is not None and len(own_side) >= 2 and not other_side:
        return Sides(subject, [], [], own_side)  # a leader and his delegation, all of one country: no one met
    if home is None or not other_side or not own_side:
        return Sides(subject, others, [])
    met = {id(person) for person in other_side}
    # "A and B met C": his own side named before the first person met stands beside him ("Minister Levitin and
    # Governor Golubev met …"); named after, it was present
    first_met = next(index for index, person in enumerate(others) if id(person) in met)
    beside = [person for person in others[:first_met] if id(person) not in met and person.country]
    return Sides(subject, other_side, [person for person in others if id(person) not in met and person not in beside],
                 beside)


@dataclass(frozen=True)
class VisitSides:
    """Who comes on a visit and who receives them: ``guests`` are of another country than the one visited,
    ``hosts`` of that country; ``unplaced`` have no country the article gives."""

    guests: list[LocalizedPerson]
    hosts: list[LocalizedPerson]
    unplaced: list[LocalizedPerson]

    @property
    def delegation(self) -> bool:
        """Three or more guests are a delegation, told by the one who leads it (the first named), not name by name."""
        return len(self.guests) >= 3

    @property
    def counterparts(self) -> bool:
        """One guest and one host of the same office (two foreign ministers): they hold talks, the host does not
        receive the guest as a higher office would (the ru, kk and mn readers of fresh91)."""
        if len(self.guests) != 1 or len(self.hosts) != 1:
            return False
        offices = [str(person.title or "").strip().lower() for person in (self.guests[0], self.hosts[0])]
        return bool(offices[0]) and offices[0] == offices[1]


def visit_sides(people: t.Sequence[LocalizedPerson], country: t.Any) -> VisitSides:
    """The guests and the hosts of a visit to ``country`` (a localized country, or None: then no one is a host)."""
    visited = str(country) if country else None
    guests = [person for person in people if person.country and str(person.country) != visited]
    hosts = [person for person in people if person.country and visited and str(person.country) == visited]
    unplaced = [person for person in people if not person.country]
    if guests and hosts and unplaced:
        # those the article gives no country, beside guests and hosts it does, are met on the visit ("set to meet
        # with Otumfuo Osei Tutu II", the Asante king): received among the hosts, never a reason to lose who came;
        # but one named before any host, with the guests ("NATO's Secretary-General and Luxembourg's Foreign
        # Minister are paying a visit"), came with them
        first_host = min(people.index(person) for person in hosts)
        guests = [person for person in people if person in guests or (person in unplaced and people.index(person) < first_host)]
        return VisitSides(guests, [person for person in people if person not in guests], [])
    return VisitSides(guests, hosts, unplaced)


_PAIRED_BY = {"en": (" and ",), "ru": (" и ",), "kk": (" және ", " мен ", " бен ", " пен "), "mn": (" болон ",)}
_AS_WELL_AS = {"en": ", as well as ", "ru": ", а также ", "kk": ", сондай-ақ ", "mn": ", мөн "}


def _is_a_pair(text: str, lang: str) -> bool:
    """An item joined by the list's own word ("trade and economy")."""
    return any(word in text for word in _PAIRED_BY.get(lang, (" and ",)))


def _holds_a_list(text: str, lang: str) -> bool:
    """An item with commas of its own («Министерство цифрового развития, инноваций и …») would blur a list
    joined by commas: such lists take semicolons. A pair without commas («торговля и экономика») does not:
    homogeneous members joined in pairs are separated by commas (Розенталь, «Справочник по правописанию и
    литературной правке», однородные члены, соединённые попарно), and the reviewers of ru, kk and mn asked
    for commas between such items."""
    return "," in text


def capfirst(value: t.Any) -> t.Any:
    """The first letter in upper case, marks kept: a sentence may start with a lower-case title."""
    return _change_first(value, _upper_first)


def lowerfirst(value: t.Any) -> t.Any:
    """The first letter in lower case, marks kept: a list item after a colon («документы: соглашение…»).
    An abbreviation («ШОС», «UN») and a one-letter word stay as they are."""
    return _change_first(value, _lower_first)


def _change_first(value: t.Any, change: t.Callable[[str], str]) -> t.Any:
    if isinstance(value, Phrase):
        pieces = list(value.pieces)
        for index, piece in enumerate(pieces):
            text = piece.text if isinstance(piece, Localized) else piece
            if text.strip():
                if isinstance(piece, Localized):
                    pieces[index] = Localized(change(piece.text), piece.mark, piece.kind)
                else:
                    pieces[index] = change(piece)
                return Phrase(pieces)
        return value
    if isinstance(value, Localized):
        return Localized(change(value.text), value.mark, value.kind)
    if isinstance(value, Markup):  # a macro's output: change the first letter outside a tag
        return Markup(re.sub(r"^((?:\s|<[^>]*>)*)(\w+)", lambda m: m.group(1) + change(m.group(2)), str(value)))
    return change(str(value)) if value is not None else ""


def _upper_first(text: str) -> str:
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    return text[:offset] + stripped[:1].upper() + stripped[1:] if stripped else text


def _lower_first(text: str) -> str:
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    if len(stripped) < 2 or not stripped[1].islower():
        return text
    return text[:offset] + stripped[:1].lower() + stripped[1:]


@dataclass
class _Grouped:
    """People next to each other in a list who hold one office written the same way."""

    office: Localized
    people: list[LocalizedPerson]


def _written_office(value: t.Any) -> Localized | None:
    """A person's office as a sentence writes it, when it is one localized value (never a composite)."""
    if not isinstance(value, LocalizedPerson):
        return None
    office = value.sentence_title
    return office if isinstance(office, Localized) and office.text else None


def _same_office(a: Localized | None, b: Localized) -> bool:
    return a is not None and (a.text, a.mark) == (b.text, b.mark)


def _interleave(joined: str, texts: list[str], items: list[Phrase]) -> list[str | Localized]:
    """Split a joined list back into its items (with their marks) and the words between them."""
    pieces: list[str | Localized] = []
    position = 0
    for text, item in zip(texts, items, strict=True):
        found = joined.find(text, position)
        if found < 0:
            return [joined]  # the language changed an item while joining: keep the words, lose the marks
        pieces.append(joined[position:found])
        pieces.extend(item.pieces)
        position = found + len(text)
    pieces.append(joined[position:])
    return pieces
