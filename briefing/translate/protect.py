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


def lock(text: str, termbase: Termbase | None, target: str) -> Locked:
    """Replace every term with a target form by a placeholder."""
    if termbase is None or OPEN in text or CLOSE in text:  # our markers in the input: don't lock
        return Locked(text, text, ())
    pieces, forms, position = [], [], 0
    for start, end, entry in _non_overlapping(_terms(termbase, text)):
        form = entry.form(target)
        if not form or start < position:
            continue
        forms.append(form)
        pieces += [text[position:start], f"{OPEN}{len(forms)}{CLOSE}"]
        position = end
    pieces.append(text[position:])
    return Locked(text, "".join(pieces), tuple(forms))


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
