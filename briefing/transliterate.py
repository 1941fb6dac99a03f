"""Latin → Cyrillic transliteration of names the termbase does not know (compatibility layer).

The rules now live in :mod:`briefing.names`: the origin of a name is detected and the system
its readers expect is applied (Palladius, Polivanov, Kontsevich, Mongolian, Kazakh, Russian,
Arabic, Turkic, or the generic Russian-style rules). This module keeps the old entry points
for existing callers; new code calls :func:`briefing.names.transliterate_name`, which also
reports the system and origin and handles languages without rules of their own.

The output is a *candidate* for a human check, never a fact: callers mark every
transliterated name for review (terminology.md §5).
"""

from __future__ import annotations

from briefing.names import detect_origin, transliterate_name

LANGS = ("ru", "kk", "mn")


def transliterate(text: str, lang: str, *, origin: str | None = None) -> str:
    """A Cyrillic candidate for the Latin words of ``text`` in ``lang`` (ru, kk or mn).

    ``origin`` is the language of the name ("mn", "kk", "zh", "ja", "ko", "ru", "ar", "tr"…);
    None detects it from the spelling (see :func:`guess_origin`). Full forms only: the
    Mongolian press short form is for :func:`briefing.names.transliterate_name`.
    """
    if lang not in LANGS:
        raise ValueError(f"transliterate: unsupported language {lang!r}; use one of {', '.join(LANGS)}")
    return transliterate_name(text, lang, origin=origin, press_form=False).text


def guess_origin(text: str) -> str:
    """The origin a name's spelling suggests: "mn" for Ukhnaagiin Khurelsukh, "kk" for Yerlan Koshanov…"""
    return detect_origin(text)
