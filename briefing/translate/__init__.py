"""The translation seam: what render and localize call for text nothing else covers.

Human sources come first (templates, catalogs, the termbase). Whatever text is left
(quotes, free-text areas, planned events, key points, document titles) goes through a
:class:`Translator` in one batch per document and language pair.

Implementations:

* :class:`KeepSourceTranslator` keeps the English text and marks it untranslated.
* ``briefing.translate.argos`` (imported lazily) runs argostranslate models offline.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass

# How a piece of text came to be in the target language.
HUMAN = "human"  # a person wrote it (template, catalog, termbase, corrected memory)
MACHINE = "machine"  # a model translated it: marked in the document
UNTRANSLATED = "untranslated"  # source text kept because nothing could translate it


@dataclass(frozen=True)
class Translation:
    text: str
    status: str  # HUMAN, MACHINE or UNTRANSLATED
    engine: str | None = None  # e.g. "argostranslate 1.12.1 / translate-en_ru-1_9"
    notes: tuple[str, ...] = ()  # for the reviewer: e.g. a name whose case could not be told


class Translator(t.Protocol):
    """Translates a batch of segments from one language to another."""

    name: str

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        """Return one :class:`Translation` per input text, in order."""
        ...


class ReviewedMemory(t.Protocol):
    def reviewed(self, text: str, source: str, target: str) -> str | None:
        """A translation a person made or approved, or None."""
        ...


class KeepSourceTranslator:
    """The fallback translator: keeps the source text, marked as untranslated.

    With a translation memory, text a translator has translated (``briefing translations
    import``) comes back from it as a human translation, with no model at all.
    """

    name = "none"

    def __init__(self, memory: ReviewedMemory | None = None) -> None:
        self.memory = memory
        self.missing_pairs: set[tuple[str, str]] = set()  # for the CLI's "install a model" hint

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        if source == target:
            return [Translation(text, HUMAN) for text in texts]
        done = []
        for text in texts:
            reviewed = self.memory.reviewed(text, source, target) if self.memory and text.strip() else None
            done.append(Translation(reviewed, HUMAN) if reviewed is not None else Translation(text, UNTRANSLATED))
        if any(item.status == UNTRANSLATED for item in done):
            self.missing_pairs.add((source, target))
        return done
