"""Lock termbase names and terms so a model cannot mangle them.

Before translation each term the termbase knows (and has a target-language form for)
is replaced by a placeholder ``⟦1⟧``, ``⟦2⟧``…; after translation each placeholder is
replaced by the termbase's target form. If a placeholder is lost, doubled or garbled,
:func:`unlock` returns None and the caller keeps the source text, marked untranslated,
instead of printing a broken name.

The placeholder avoids ``_`` (argostranslate's decoder turns it into a space) and uses
brackets a SentencePiece model passes through as they are.
"""

from __future__ import annotations

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
        """Every known term in text as (start, end, entry), text[start:end] being the term."""
        ...


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
    for start, end, entry in _non_overlapping(termbase.terms_in(text)):
        form = entry.form(target)
        if not form or start < position:
            continue
        forms.append(form)
        pieces += [text[position:start], f"{OPEN}{len(forms)}{CLOSE}"]
        position = end
    pieces.append(text[position:])
    return Locked(text, "".join(pieces), tuple(forms))


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
