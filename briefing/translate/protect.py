"""Lock termbase names and terms so a model cannot mangle them.

Before translation each term the termbase knows (and has a target-language form for)
is replaced by a placeholder ``⟦1⟧``, ``⟦2⟧``…; after translation each placeholder is
replaced by the termbase's target form. If a placeholder is lost, doubled or garbled,
:func:`unlock` returns None and the caller keeps the source text, marked untranslated,
instead of printing a broken name.

The placeholder avoids ``_`` (argostranslate's decoder turns it into a space) and uses
brackets a SentencePiece model passes through as they are.

Only some kinds of term are locked (:data:`LOCKED_TYPES`): the termbase holds one form per
language, the nominative, and a placeholder takes no case ending.
"""

from __future__ import annotations

import inspect
import re
import typing as t
from collections import Counter
from dataclasses import dataclass


class TermEntry(t.Protocol):
    def form(self, lang: str) -> str | None:
        """The approved form of the term in lang, or None if there is none."""
        ...


class Termbase(t.Protocol):
    def terms_in(self, text: str) -> t.Sequence[tuple[int, int, TermEntry]]:
        """Every known term in text as (start, end, entry), text[start:end] being the term.

        A termbase whose ``terms_in`` also takes ``types`` (a collection of entry types,
        like :meth:`briefing.termbase.Termbase.terms_in`) is asked for :data:`LOCKED_TYPES`
        only; one without that parameter has all its terms locked.
        """
        ...


# The termbase types locked before translation, for every target language. ru, kk and
# mn all decline nouns (6, 7 and 8 cases), and the termbase's forms are nominative:
# a locked country, place, institution, title or document would stay nominative
# wherever the sentence needs another case ("визит в Монголия"), so those are left to
# the model, which declines them. Person names decline too, but a wrong case of a name
# is a smaller fault than a garbled name, and agencies and companies are brands that
# usually stay as they are. The termbase holds forms for ru, kk and mn only, so no other
# target language has anything to lock.
LOCKED_TYPES = frozenset({"person", "agency", "company"})


OPEN, CLOSE = "⟦", "⟧"
_PLACEHOLDER = re.compile(rf"{OPEN}\s*(\d+)\s*{CLOSE}")


@dataclass(frozen=True)
class Locked:
    """Text ready for the model: terms replaced by numbered placeholders."""

    source: str  # the text as given
    text: str  # the text with placeholders
    forms: tuple[str, ...]  # target-language form for placeholder 1, 2, …
    kinds: tuple[str, ...] = ()  # termbase type of each form ("person", "agency"…); () : all persons
    sources: tuple[str, ...] = ()  # the English text each placeholder replaced


def lock(text: str, termbase: Termbase | None, target: str) -> Locked:
    """Replace every term with a target form by a placeholder."""
    if termbase is None or OPEN in text or CLOSE in text:  # our markers in the input: don't lock
        return Locked(text, text, ())
    pieces, forms, kinds, sources, position = [], [], [], [], 0
    for start, end, entry in _non_overlapping(_terms(termbase, text)):
        form = entry.form(target)
        if not form or start < position:
            continue
        forms.append(form)
        kinds.append(str(getattr(entry, "type", None) or "person"))
        sources.append(text[start:end])
        pieces += [text[position:start], f"{OPEN}{len(forms)}{CLOSE}"]
        position = end
    pieces.append(text[position:])
    return Locked(text, "".join(pieces), tuple(forms), tuple(kinds), tuple(sources))


def _terms(termbase: Termbase, text: str) -> t.Sequence[tuple[int, int, TermEntry]]:
    """The termbase's terms of the locked types, if it can filter by type; else all of them."""
    if _takes_types(termbase.terms_in):
        return termbase.terms_in(text, types=LOCKED_TYPES)  # type: ignore[call-arg]
    return termbase.terms_in(text)


def _takes_types(method: t.Callable[..., t.Any]) -> bool:
    try:
        parameters = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):  # a callable without a signature
        return False
    return any(p.name == "types" or p.kind is p.VAR_KEYWORD for p in parameters)


def _non_overlapping(spans: t.Iterable[tuple[int, int, TermEntry]]) -> list[tuple[int, int, TermEntry]]:
    """Leftmost first; of two terms starting together, the longer one."""
    chosen: list[tuple[int, int, TermEntry]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not chosen or span[0] >= chosen[-1][1]:
            chosen.append(span)
    return chosen


def unlock(translated: str, locked: Locked) -> str | None:
    """Put the target forms back; None if the placeholders did not survive exactly once each."""
    if not locked.forms:
        return translated
    found = Counter(int(number) for number in _PLACEHOLDER.findall(translated))
    if found != Counter(range(1, len(locked.forms) + 1)):
        return None
    restored = _PLACEHOLDER.sub(lambda m: locked.forms[int(m.group(1)) - 1], translated)
    if OPEN in restored or CLOSE in restored:  # a half placeholder was left behind
        return None
    return restored


# --- restoring names in the case the sentence needs (ru, kk) ---------------------------
#
# The termbase holds nominatives. A model translating "talks with ⟦1⟧" into Russian writes
# «переговоры с ⟦1⟧», and into Kazakh «⟦1⟧мен келіссөздер»: the sentence wants the
# instrumental. :func:`restore` reads the case from the words around the placeholder
# (a Russian preposition before it; a Kazakh case ending glued to it, or a postposition
# after it) and declines the name with :class:`briefing.grammar.forms.Inflector`. Where
# the case cannot be told (Russian «в», «на», «за» take two cases), the name stays
# nominative and the translation carries a review note. Only people are declined: agencies
# and companies are brands and keep their form.

RU_PREPOSITION_CASES = {
    **dict.fromkeys(("с", "со", "между", "перед", "передо", "над", "под", "вместе"), "ins"),
    **dict.fromkeys(("к", "ко", "по", "благодаря", "согласно", "навстречу"), "dat"),
    **dict.fromkeys(("у", "от", "ото", "до", "из", "изо", "без", "для", "около", "после", "среди",
                     "против", "кроме", "вместо", "возле", "вокруг", "ради"), "gen"),
    **dict.fromkeys(("о", "об", "обо", "при"), "loc"),
    **dict.fromkeys(("про", "через", "сквозь"), "acc"),
}
RU_AMBIGUOUS_PREPOSITIONS = frozenset({"в", "во", "на", "за"})

# Kazakh case endings a model glues to a placeholder ("⟦1⟧мен", "⟦1⟧-ге"), longest first.
KK_ENDING_CASES = {
    **dict.fromkeys(("ның", "нің", "дың", "дің", "тың", "тің"), "gen"),
    **dict.fromkeys(("нан", "нен", "дан", "ден", "тан", "тен"), "abl"),
    **dict.fromkeys(("мен", "бен", "пен"), "ins"),
    **dict.fromkeys(("нда", "нде", "да", "де", "та", "те"), "loc"),
    **dict.fromkeys(("ға", "ге", "қа", "ке", "на", "не", "а", "е"), "dat"),
    **dict.fromkeys(("ны", "ні", "ды", "ді", "ты", "ті", "н"), "acc"),
}
# Kazakh postpositions after the name that govern its case ("⟦1⟧ дейін": until Tokayev).
KK_POSTPOSITION_CASES = {
    **dict.fromkeys(("дейін", "шейін", "қарай", "таман", "байланысты", "сәйкес"), "dat"),
    **dict.fromkeys(("кейін", "бері", "бұрын", "гөрі", "бастап", "тыс", "басқа"), "abl"),
}
_KK_ENDING = re.compile(
    rf"{OPEN}\s*(\d+)\s*{CLOSE}(?:-|\u2011)?({'|'.join(sorted(KK_ENDING_CASES, key=len, reverse=True))})"
    r"(?![\w])")
# "⟦1⟧ мен" (with / and), written apart: the particle follows the name's last sound (Тоқаев пен).
_KK_WITH = re.compile(rf"{OPEN}\s*(\d+)\s*{CLOSE}(\s+(?:мен|бен|пен))(?![\w])")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?(\w+)")
NOMINATIVE_KEPT = "protected name kept in the nominative: check its case"
NAME_LOST = "the model dropped or repeated a protected name: the English text is kept"


@dataclass(frozen=True)
class Restored:
    """A translation with its names put back: text None when it was refused."""

    text: str | None
    notes: tuple[str, ...] = ()  # for the reviewer: names whose case could not be told, or the refusal


def restore(translated: str, locked: Locked, target: str) -> Restored:
    """Put the target forms back in the case the sentence needs; refuse lost or doubled names."""
    if not locked.forms:
        return Restored(translated)
    found = Counter(int(number) for number in _PLACEHOLDER.findall(translated))
    if found != Counter(range(1, len(locked.forms) + 1)):
        missing = [locked.sources[n - 1] if locked.sources else locked.forms[n - 1]
                   for n in range(1, len(locked.forms) + 1) if found[n] != 1]
        return Restored(None, (f"{NAME_LOST} ({', '.join(missing) or 'an unknown placeholder'})",))
    language = target.replace("-", "_").split("_")[0]
    notes: list[str] = []

    def form(number: int, case: str | None) -> str:
        nominative = locked.forms[number - 1]
        kind = locked.kinds[number - 1] if locked.kinds else "person"
        if kind != "person" or language not in ("ru", "kk"):
            return nominative
        if case is None:
            notes.append(f"{NOMINATIVE_KEPT}: {nominative}")
            return nominative
        return _inflector(language).inflect(nominative, case, "person") if case != "nom" else nominative

    if language == "kk":  # endings glued to the placeholder first: the ending becomes the name's own
        translated = _KK_ENDING.sub(lambda m: form(int(m.group(1)), KK_ENDING_CASES[m.group(2)]), translated)
        translated = _KK_WITH.sub(lambda m: _kk_with(form(int(m.group(1)), "nom"), m.group(2), locked,
                                                     int(m.group(1))), translated)
    pieces, position = [], 0
    previous: str | None = "nom"
    for match in _PLACEHOLDER.finditer(translated):
        before, after = translated[position:match.start()], translated[match.end():]
        case = _case_around(translated[:match.start()], after, language)
        if position and before.strip() in ("и", ",", "және", "мен", "пен", "бен"):  # "с ⟦1⟧ и ⟦2⟧": both
            case = previous if language == "ru" else case
        pieces += [before, form(int(match.group(1)), case)]
        previous, position = case, match.end()
    pieces.append(translated[position:])
    restored = "".join(pieces)
    if OPEN in restored or CLOSE in restored:
        return Restored(None, (f"{NAME_LOST} (a broken placeholder)",))
    return Restored(restored, tuple(dict.fromkeys(notes)))


def _kk_with(name: str, particle: str, locked: Locked, number: int) -> str:
    """The name, then мен/бен/пен as its last sound wants (the instrumental ending, written apart)."""
    kind = locked.kinds[number - 1] if locked.kinds else "person"
    declined = _inflector("kk").inflect(name, "ins", "person") if kind == "person" else ""
    if declined.startswith(name) and declined[len(name):] in ("мен", "бен", "пен"):
        return f"{name} {declined[len(name):]}"
    return name + particle


def _case_around(before: str, after: str, language: str) -> str | None:
    """The case the words around a placeholder ask for: "nom" when nothing governs it, None if unsure."""
    if language == "ru":
        word = _WORD_BEFORE.search(before)
        preposition = word.group(1).lower() if word and not before[word.end(1):].strip() else ""
        if preposition in RU_AMBIGUOUS_PREPOSITIONS:
            return None
        return RU_PREPOSITION_CASES.get(preposition, "nom")
    if language == "kk":
        word = _WORD_AFTER.match(after)
        return KK_POSTPOSITION_CASES.get(word.group(1).lower(), "nom") if word else "nom"
    return "nom"


_INFLECTORS: dict[str, t.Any] = {}


def _inflector(language: str) -> t.Any:
    """The language's inflector, with staff's forms (locales/inflections.csv) when there are any."""
    if language not in _INFLECTORS:
        from briefing.grammar.forms import InflectionTable, Inflector
        from briefing.resources import default_locales_dir

        path = default_locales_dir() / "inflections.csv"
        try:
            table = InflectionTable.load(path) if path.is_file() else None
        except Exception:  # a broken staff file is reported where the briefing uses it
            table = None
        _INFLECTORS[language] = Inflector(language, table)
    return _INFLECTORS[language]
