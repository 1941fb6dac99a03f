"""Arabic (and Persian) names in English spelling → Cyrillic in the Russian tradition.

Known name parts come from ``data/arabic_name_parts.csv`` (Mohammed/Muhammad → Мухаммед,
Abdullah → Абдалла, Zayed → Заид, Nahyan → Нахайян). The particles follow the Russian press
(ru.wikipedia.org «Арабское имя»): bin/ben → бен, ibn → ибн, bint → бинт, Abu → Абу, a separate
dynasty "Al" → Аль (Аль Нахайян, Аль Тани), an attached al-/el- (and Egypt's separate "El") → аль-, assimilated before the
"sun" consonants (al-Sisi → ас-Сиси, al-Sudani → ас-Судани, al-Rashid → ар-Рашид), and the
title Sheikh → шейх. Other parts are spelled by the usual practical transcription: kh х, gh г,
sh ш, th с, dh з, j дж, q к, ou/oo у, ee и, a final -ah → -а, a final -y after a consonant → -и
(Egypt's spelling: Shoukry → Шукри).

Kazakh and Mongolian texts get the same forms (the press of both follows the Russian
spellings of Arabic names; not checked name by name).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.names import generic
from briefing.names._text import fold, match_case, read_pairs

SYSTEM = "arabic"
PARTICLES = {"bin": "бен", "ben": "бен", "ibn": "ибн", "bint": "бинт", "abu": "Абу", "abou": "Абу", "bu": "Бу"}
TITLES = {"sheikh": "шейх", "sheikha": "шейха", "shaikh": "шейх", "emir": "эмир", "prince": "принц",
          "sayyid": "сейид", "sayyida": "сейида"}  # Oman's royal honorific (review 35: «Саид Бадр»)
_SUN = (("sh", "ш"), ("th", "с"), ("dh", "з"), ("t", "т"), ("d", "д"), ("r", "р"), ("z", "з"), ("s", "с"), ("n", "н"))
_ARTICLE = re.compile(r"^(?:al|el|al|as|ad|ar|at|az|an|ash)-", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s]+")


@cache
def name_parts() -> dict[str, str]:
    return read_pairs("arabic_name_parts.csv", "latin", "ru")


# Persian names (Iran, Afghanistan) keep the Persian vowels of the Prophet's name: ru «Мохаммад Джавад Зариф»,
# «Мохаммад Ашраф Гани» (Akorda and the Turkmen MFA; the translators' review, rev19), not the Arabic «Мухаммед»
_PERSIAN_PARTS = {"mohammad": "Мохаммад", "mohammed": "Мохаммад", "mohamad": "Мохаммад"}


def to_cyrillic(text: str, persian: bool = False) -> str:
    # Egypt's and the Maghreb's separate "El" is the article of the next word («ас-Сиси», «аль-Кусейр»: RIA, Lenta);
    # a Gulf dynasty's "Al" stays a word of its own («Аль Нахайян»)
    text = _HYPHENATED_DYNASTY.sub(lambda m: m.group(1) + " ", text)  # "Al-Thani" is the house of Thani too
    words = re.sub(r"\bEl\s+(?=[A-Z][a-z])", "el-", text).split()
    out: list[str] = []
    skip = False
    for index, word in enumerate(words):
        if skip:
            skip = False
            continue
        key = fold(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if key in ("al", "el") and following[:1].isupper() and fold(following) not in DYNASTIES:
            # "Hassan Al Ghanim": the article of a surname, however spaced («аль-Ганим», as the Russian press writes
            # Gulf surnames: «аль-Гергави», «аль-Румайхи»; the Russian translator's review 42)
            out.append("аль-" + "-".join(_part(piece) for piece in following.split("-")))
            skip = True
        elif persian and key in _PERSIAN_PARTS:
            out.append(_PERSIAN_PARTS[key])
        elif key in TITLES:
            out.append(TITLES[key])
        elif key in PARTICLES and index > 0 or key in ("abu", "abou"):
            out.append(PARTICLES[key])
        elif key in ("al", "el") and following and following[:1].isupper():
            out.append("Аль")  # the dynasty: Al Nahyan → Аль Нахайян
        elif _ARTICLE.match(word):
            out.append(_with_article(word))
        elif re.fullmatch(r"[A-Z]\.", word):
            out.append(_part(word[0]) + ".")  # an initial keeps its point: "S. Jaishankar" → «С. Джайшанкар»
        else:
            out.append("-".join(_part(piece) for piece in word.split("-")))
    return " ".join(out)


# Ruling families, whose "Al" (Āl, "house of") is a word of its own: «Аль Тани», «Аль Нахайян» (ru.wikipedia.org
# «Арабское имя»); any other separate "Al" is the article of the surname
DYNASTIES = frozenset("thani nahyan nahayan maktoum saud sabah khalifa said busaidi qasimi nuaimi mualla sharqi".split())
_HYPHENATED_DYNASTY = re.compile(r"\b(A[lL])-(?=(?i:" + "|".join(sorted(DYNASTIES)) + r")\b)")


# Kazakh writes the particles with its own letters: «бин», never the Kazakh conjunction «бен» ("and"), and «Әл», «әл-»,
# «әс-» for the article (the Kazakh translator's review 37: «Хайсам бин Тарик Әл Саид», «Тамим бин Хамад Әл Тани»,
# «Абдель Фаттах әс-Сиси»; the Kazakh tradition of «әл-Фараби»)
_KAZAKH_PARTICLES = re.compile(r"(?<![\w-])(?:(?P<ben>бен)|(?P<al>Аль)|(?P<article>а)(?P<consonant>ль|[сдртзнш])-)(?=[\s\w])")


def kazakh_particles(text: str) -> str:
    """The Russian-style Cyrillic of an Arabic name with the particles and the Prophet's name as Kazakh writes them:
    the article «Әл» as the dynasty's, a word of its own («Ахмад Әл Хемайди», «Тамим бин Хамад Әл Тани»: the Kazakh
    translators' reviews 37 and 42); an assimilated one keeps its hyphen («әс-Сиси»)."""
    def replace(match: re.Match[str]) -> str:
        if match.group("ben"):
            return "бин"
        if match.group("al"):
            return "Әл"
        consonant = match.group("consonant")
        return "Әл " if consonant == "ль" else f"ә{consonant}-"

    text = _KAZAKH_PARTICLES.sub(replace, text)
    text = re.sub(r"(?<![\w-])принц(?![\w-])", "ханзада", text)  # as the prince row of offices.csv: «ханзада»
    return re.sub(r"(?<![\w-])(?:Мухаммед|Абдалла)(?![\w-])", lambda m: _KAZAKH_NAME_PARTS[m.group(0)], text)


# the Kazakh spelling of the commonest name parts (Kazinform, Akorda: «Мұхаммед», «Абдулла»; review 42)
_KAZAKH_NAME_PARTS = {"Мухаммед": "Мұхаммед", "Абдалла": "Абдулла"}


def mongolian_particles(text: str) -> str:
    """The article as the Mongolian press writes it, with a capital: «Аль-Хемайди» beside the dynasty's «Аль Тани»
    (the Mongolian translator's review 42); a prince is «хунтайж»."""
    text = re.sub(r"(?<![\w-])аль-", "Аль-", text)
    return re.sub(r"(?<![\w-])принц(?![\w-])", "хунтайж", text)  # a royal prince is «хунтайж» (the reader of fresh88)


def _with_article(word: str) -> str:
    article, rest = word.split("-", 1)
    body = "-".join(_part(piece) for piece in rest.split("-"))
    low = fold(rest)
    prefix = "аль"
    for latin, cyrillic in _SUN:
        if low.startswith(latin):
            prefix = "а" + cyrillic
            break
    return f"{prefix}-{body}"


def _part(word: str) -> str:
    key = fold(word)
    if not key:
        return word
    known = name_parts().get(key)
    if known:
        return match_case(word, known) if not word[:1].isupper() else known
    return match_case(word, spell(key))


def spell(key: str) -> str:
    """A lower-case Arabic name part by the practical transcription rules (Latin rewritten, then spelled)."""
    text = re.sub(r"ah$", "a", key)
    text = re.sub(r"que$", "q", text)  # the French-school "qu" of South Asia: Siddique → Сиддик, Rafique → Рафик
    text = re.sub(r"qu(?=[ie])", "q", text)  # Siddiqui → Сиддики
    text = re.sub(r"(?<=[^aeiou])y$", "i", text)  # Egyptian spelling of a final -i: Shoukry → Шукри, Fahmy → Фахми
    # a doubled j is one дж (Najjar → Наджар, the Russian press's Najjar of Iran)
    for latin, plain in (("th", "s"), ("dh", "z"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"), ("jj", "j"),
                         ("j", "dzh"), ("q", "k")):
        text = text.replace(latin, plain)
    spelled = generic.convert_word(text, "ru", foreign=True)  # an initial E is Э: Ebrahim → Эбрахим, Esmaeil → Эсмаил
    # a final -ai is the nisba -āʾī, two vowels, never «-ай»: al-Hinai → аль-Хинаи (which does not decline)
    return spelled[:-1] + "и" if key.endswith("ai") and len(key) > 4 and spelled.endswith("й") else spelled
