"""Brazilian Portuguese names → Cyrillic by the Russian practical transcription of Brazilian Portuguese.

The Russian press writes Brazilian names as they sound in Brazil (Д. И. Ермолович, «Имена собственные на стыке
языков и культур», 2001, the Portuguese table; the MFA of Russia): Селсу Аморин, Луис Инасиу Лула да Силва, Мауру
Виейра, Жералду Алкмин, Фернанду Аддад. The letters as Brazil says them:

* ç and c before e, i с, c к, ch ш, x ш, j and g before e, i ж, gu and qu before e, i г and к, qu before a, o кв;
* lh ль, nh нь; ão ан, õe оэ; an initial h is silent (Haddad → Аддад); s between vowels з;
* a word's end as Brazil says it: -o у, -os ус, -e и, -es ис, -s and -z с, -m after a vowel н (Amorim → Аморин);
* ei ей, ou оу (Sousa → Соуза); other letters as written.

Portugal and Lusophone Africa say -s and -z as ш and keep other forms (briefing.names.transliteration); this module is
for Brazil. Kazakh writes these names as Russian does; Mongolian too, with its own ж for ж. Every result is a
candidate for review.
"""

from __future__ import annotations

import re

from briefing.names import generic
from briefing.names._text import match_case, sub_words

SYSTEM = "brazilian-portuguese"

_ACCENTS = str.maketrans("áàâéêíóôúü", "aaaeeioouu")
# Latin spellings rewritten into the letters generic.convert_word spells as Brazil says them (order matters: a
# word's end first, while its accents still tell a stressed final é from an unstressed e)
_SOUNDS: tuple[tuple[str, str], ...] = (
    (r"os$", "us"), (r"o$", "u"), (r"es$", "is"), (r"(?<=[^aeiouáéêíóôú])e$", "i"), (r"z$", "s"),
    (r"(?<=[aeiou])m$", "n"), (r"(?<=[aeiouáéêíóôú])s(?=[aeiouáéêíóôú])", "z"),
    (r"^h", ""), (r"ch", "sh"), (r"lh", "ly"), (r"nh", "ny"), (r"ck", "k"), (r"ç", "s"), (r"c(?=[eiéêí])", "s"),
    (r"g(?=[eiéêí])", "zh"), (r"gu(?=[eiéêí])", "g"), (r"qu(?=[eiéêí])", "k"), (r"qu", "kv"), (r"j", "zh"), (r"x", "sh"),
    (r"ão", "an"), (r"ãe", "ain"), (r"õe", "oe"), (r"ã", "an"), (r"õ", "o"), (r"ei", "ey"), (r"c", "k"),
)
_COMPILED = tuple((re.compile(pattern), sound) for pattern, sound in _SOUNDS)
_PARTICLES = {"da": "да", "do": "ду", "dos": "дус", "das": "дас", "de": "ди", "e": "и"}


def transliterate(text: str, rules: str) -> str:
    """``text`` (a Brazilian name) in Cyrillic for ``rules`` (ru, kk or mn)."""
    return sub_words(text, lambda word: _word(word, rules))


def _word(word: str, rules: str) -> str:
    low = word.lower()
    if low in _PARTICLES:
        return _PARTICLES[low]  # "Lula da Silva": the particle in lower case, as Russian writes it
    spelled = low
    for pattern, sound in _COMPILED:
        spelled = pattern.sub(sound, spelled)
    cyrillic = generic.convert_word(spelled.translate(_ACCENTS), rules, foreign=True)
    return match_case(word, re.sub(r"уй(?=с$)", "уи", cyrillic))  # Luiz, Luís: «Луис», two vowels
