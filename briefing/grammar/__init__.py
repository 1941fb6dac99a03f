"""Grammar that templates use to write sentences: case, number and list joining per language.

One module per language (``en``, ``ru``, ``kk``, ``mn``), each with the same three functions:

* ``inflect(phrase, case, kind="common", gender=None) -> str``: the phrase in ``case``.
  Russian declines the head noun and its adjectives (pymorphy3) and personal names
  (petrovich); Kazakh and Mongolian add the case ending to the last word by vowel harmony
  and final sound.
* ``join(items, conj="and", kind="common") -> str``: a list joined the way the language
  does it ("А и Б", "А мен Б", "А, Б нар").
* ``CASES``: the cases the language has.

Cases are named the same in every language:

=====  ===========================================================================
nom    nominative (the form in the termbase and catalogs)
gen    genitive
dat    dative (Mongolian: dative-locative «-д/-т»)
acc    accusative
loc    locative (Russian: prepositional, «в Астане»; Mongolian: dative-locative)
ins    instrumental (Kazakh: «-мен/-бен/-пен», comitative-instrumental)
abl    ablative (Kazakh, Mongolian)
com    comitative (Mongolian «-тай/-тэй/-той»)
=====  ===========================================================================

``kind`` says what the phrase is, because names and common nouns inflect differently:
``person``, ``place``, ``institution``, ``title``, ``document`` or ``common``.
Explicit forms that staff keep (see :mod:`briefing.grammar.forms`) win over these rules.
"""

from __future__ import annotations

import importlib
import typing as t

CASES = ("nom", "gen", "dat", "acc", "loc", "ins", "abl", "com")
KINDS = ("person", "place", "institution", "title", "document", "common")
LANGS = ("en", "ru", "kk", "mn")


class LanguageGrammar(t.Protocol):
    CASES: tuple[str, ...]

    def inflect(self, phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str: ...

    def join(self, items: t.Sequence[str], conj: str = "and", kind: str = "common") -> str: ...


def serial_join(items: t.Sequence[str], conj: str, conjunctions: t.Mapping[str, str], lang: str) -> str:
    """«A», «A and B», «A, B and C» with the language's word for ``conj`` (en and ru join this way)."""
    if conj not in conjunctions:
        raise ValueError(f"{lang}.join: unknown conjunction {conj!r}; expected one of {', '.join(conjunctions)}")
    if len(items) < 2:
        return items[0] if items else ""
    return f"{', '.join(items[:-1])} {conjunctions[conj]} {items[-1]}"


def grammar_for(lang: str) -> LanguageGrammar | None:
    """The grammar module of ``lang`` ("ru", "kk_KZ" → kk), or None for a language without one."""
    base = lang.split("_")[0].split("-")[0]
    if base not in LANGS:
        return None
    return t.cast(LanguageGrammar, importlib.import_module(f"briefing.grammar.{base}"))
