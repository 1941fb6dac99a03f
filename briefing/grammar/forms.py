"""Inflected forms staff write down, and the inflector that prefers them over the rules.

The rules in :mod:`briefing.grammar.ru`, ``kk`` and ``mn`` decline most names, but the
names a department cares most about deserve forms checked by a person. They live in one
spreadsheet-friendly file beside the termbase, ``locales/inflections.csv`` (UTF-8)::

    lang,nom,gen,dat,acc,loc,ins,abl,com,note
    ru,Мажилис,Мажилиса,Мажилису,Мажилис,Мажилисе,Мажилисом,,,kazpravda.kz
    kk,Мәжіліс,Мәжілістің,Мәжіліске,Мәжілісті,Мәжілісте,Мәжіліспен,Мәжілістен,,parlam.kz

A row gives the forms of one phrase in one language, keyed by its nominative; an empty
cell leaves that case to the rules. Lines whose first cell starts with ``#`` are comments.
"""

from __future__ import annotations

import functools
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import TermbaseError
from briefing.grammar import CASES, KINDS, grammar_for
from briefing.resources import CsvRows

COLUMNS = ("lang", "nom", *[case for case in CASES if case != "nom"], "note")
FILE_NAME = "inflections.csv"


@dataclass
class InflectionTable:
    """Explicit forms by language and nominative phrase."""

    forms: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> InflectionTable:
        """Read ``inflections.csv``; a missing file is an empty table, a bad row an error naming its line."""
        if not path.is_file():
            return cls()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise TermbaseError(f"{path}: cannot read the inflection table ({exc}). Save it as UTF-8.") from None
        return cls.parse(text, str(path))

    @classmethod
    def parse(cls, text: str, source: str = FILE_NAME) -> InflectionTable:
        reader = CsvRows(text, source)
        header = next(reader, None)
        if header is None:
            return cls()
        if tuple(cell.strip() for cell in header) != COLUMNS:
            raise TermbaseError(f"{source}:1: the header must be {','.join(COLUMNS)}")
        table = cls()
        for row in reader:
            line = reader.line_num
            if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) > len(COLUMNS):
                raise TermbaseError(f"{source}:{line}: {len(row)} cells where the header has {len(COLUMNS)}; "
                                    "a cell with a comma needs double quotes")
            cells = dict(zip(COLUMNS, [cell.strip() for cell in row] + [""] * (len(COLUMNS) - len(row)), strict=True))
            if not cells["lang"] or not cells["nom"]:
                raise TermbaseError(f"{source}:{line}: 'lang' and 'nom' must not be empty")
            cases = {case: cells[case] for case in CASES if case != "nom" and cells[case]}
            table.forms[(cells["lang"], cells["nom"])] = cases
        return table

    def form(self, lang: str, phrase: str, case: str) -> str | None:
        return self.forms.get((lang, phrase), {}).get(case)


@functools.lru_cache(maxsize=16384)
def _by_rules(lang: str, phrase: str, case: str, kind: str, gender: str | None) -> str:
    """The rules are pure functions of their words: the same names recur across languages' runs and articles."""
    grammar = grammar_for(lang)
    assert grammar is not None
    return grammar.inflect(phrase, case, kind, gender)


class Inflector:
    """Declines phrases of one language: staff's explicit forms first, then the language's rules."""

    def __init__(self, lang: str, table: InflectionTable | None = None) -> None:
        self.lang = lang.split("_")[0].split("-")[0]
        self.table = table or InflectionTable()
        self.grammar = grammar_for(self.lang)

    def prepare(self) -> None:
        """Load the language's data now (Russian's dictionary, Mongolian's exceptions), not at first use."""
        prepare = getattr(self.grammar, "prepare", None)
        if prepare is not None:
            prepare()

    @property
    def cases(self) -> tuple[str, ...]:
        return self.grammar.CASES if self.grammar else ("nom",)

    def inflect(self, phrase: str, case: str, kind: str = "common", gender: str | None = None) -> str:
        if case not in CASES:
            raise ValueError(f"unknown case {case!r}; use one of {', '.join(CASES)}")
        if case == "nom" or not phrase:
            return phrase
        explicit = self.table.form(self.lang, phrase, case)
        if explicit:
            return explicit
        if self.grammar is None or kind == "brand":
            return phrase  # a language without rules, and a brand kept in Latin letters, keep their form
        return _by_rules(self.lang, phrase, case, kind if kind in KINDS else "common", gender)

    def join(self, items: t.Sequence[str], conj: str = "and", kind: str = "common") -> str:
        if self.grammar is None:
            from babel.lists import format_list

            return format_list(list(items), style="standard" if conj == "and" else "or", locale=self.lang)
        return self.grammar.join(items, conj, kind)
