"""Traditional Cyrillic forms that no transliteration system gives (``data/exonyms.csv``).

Пекин for Beijing, Токио for Tokyo, Сеул for Seoul, Ким Чен Ын (North Korean tradition):
each row cites where the form was checked; an empty cell means "not checked for this
language", and the caller falls back to the system's rules.
"""

from __future__ import annotations

from functools import cache

from briefing.names._text import fold, read_table


@cache
def _index() -> dict[tuple[str, str], dict[str, str]]:
    index: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_table("exonyms.csv"):
        for spelling in row["en"].split("|"):
            index[(fold(spelling), row["kind"])] = row
    return index


def lookup(text: str, lang: str, kind: str) -> str | None:
    """The traditional form of ``text`` in ``lang``, or None."""
    row = _index().get((fold(text), "place" if kind == "place" else "person"))
    if row is None:
        return None
    return (row.get(lang) or "").strip() or None


def source(text: str, kind: str) -> str | None:
    row = _index().get((fold(text), "place" if kind == "place" else "person"))
    return row["source"] if row else None
