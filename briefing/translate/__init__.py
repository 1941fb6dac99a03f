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


class Translator(t.Protocol):
    """Translates a batch of segments from one language to another."""

    name: str

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        """Return one :class:`Translation` per input text, in order."""
        ...


class KeepSourceTranslator:
    """The fallback translator: keeps the source text, marked as untranslated."""

    name = "none"

    def __init__(self) -> None:
        self.missing_pairs: set[tuple[str, str]] = set()  # for the CLI's "install a model" hint

    def translate_batch(self, texts: t.Sequence[str], source: str, target: str) -> list[Translation]:
        if source == target:
            return [Translation(text, HUMAN) for text in texts]
        if texts:
            self.missing_pairs.add((source, target))
        return [Translation(text, UNTRANSLATED) for text in texts]
