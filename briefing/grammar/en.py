"""English grammar for briefing templates: nothing to decline, lists in British style.

English marks case with word order and prepositions («of the Mazhilis»), so ``inflect``
returns the phrase as given for every case name the package knows; it still rejects an
unknown case, as the other languages do. Lists have no serial comma: «A, B and C».
"""

from __future__ import annotations

import typing as t

from briefing.grammar import serial_join

CASES = ("nom", "gen")
_ACCEPTED_CASES = ("nom", "gen", "dat", "acc", "loc", "ins", "abl", "com")
_CONJUNCTIONS = {"and": "and", "or": "or"}


def inflect(phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str:
    """``phrase`` unchanged: English nouns have no case endings (the genitive is «of …»)."""
    if case not in _ACCEPTED_CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {', '.join(_ACCEPTED_CASES)}")
    return phrase


def join(items: t.Sequence[str], conj: str = "and", kind: str = "common") -> str:
    """«A», «A and B», «A, B and C» (``conj="or"``: «or»)."""
    return serial_join(items, conj, _CONJUNCTIONS, "en")
