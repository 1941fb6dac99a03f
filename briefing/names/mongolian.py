"""Mongolian names → Mongolian Cyrillic, and the Mongolian press short form.

The letters follow MNS 5217:2012 read backwards (terminology.md §5.2; BGN/PCGN for kh, ts,
and dz): kh х, ts ц, ch ч, sh ш, j ж, e э, y ы / й, ü ү, ö ө, double vowels long (aa аа),
ii ий, and the genitive (patronymic) endings -iin → -ийн, -giin → -гийн, -yn → -ын, -ain → -айн.
English spellings lose ү, ө and long vowels (Khurelsukh for Хүрэлсүх, Oyun-Erdene for
Оюун-Эрдэнэ): the name elements in ``data/mongolian_name_parts.csv`` restore them; what the
list does not know is spelled by the rules and stays a candidate.

Russian and Kazakh texts write the same Cyrillic with у for ү and ө (Хүрэлсүх → Хурэлсух,
Өлзийсайхан → Улзийсайхан; terminology.md §1.1 and §5.2: ru and kk «Ухнаагийн Хурэлсух»).

In a Mongolian text a Mongolian person is written in the press short form: the patronymic's
first letter, a full stop and the given name, no space (Д.Амарбаясгалан, У.Хүрэлсүх,
Л.Оюун-Эрдэнэ: terminology.md §5.2; ikon.mn, president.mn, vip76.mn/content/84469).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.names import generic
from briefing.names._text import LATIN_WORD, fold, match_case, read_pairs

SYSTEM = "mongolian"
# Genitive endings of a patronymic in English spelling, longest first, and their Cyrillic.
_GENITIVES = (("giin", "гийн"), ("iin", "ийн"), ("yn", "ын"), ("ain", "айн"), ("in", "ийн"), ("n", "н"))
_GENITIVE_WORD = re.compile(r"(?:[^aeiouy]iin|giin|iyin|[^aeiou]yn|[aeiou]ny|ain|ein|oin|uin)$", re.IGNORECASE)  # -ny: Damdiny (Дамдины)
_INITIAL = re.compile(r"^([A-Za-zÖÜöü]{1,3})\.\s*(.*)$")


def is_patronymic(word: str) -> bool:
    """Whether ``word`` has the genitive ending of a Mongolian patronymic (Luvsannamsrain, Gombojavyn, Damdiny)."""
    return _GENITIVE_WORD.search(word) is not None
# Russian and Kazakh texts write ү and ө as у (Хүрэлсүх → Хурэлсух, Өлзийсайхан → Улзийсайхан).
_DROP_MONGOLIAN_LETTERS = str.maketrans({"ү": "у", "Ү": "У", "ө": "у", "Ө": "У"})


@cache
def name_parts() -> dict[str, str]:
    return {fold(key): value for key, value in read_pairs("mongolian_name_parts.csv", "latin", "mn").items()}


def word_to_mongolian(word: str) -> str:
    """One Latin word in Mongolian Cyrillic: known elements from the list, the rest by rule."""
    key = fold(word)
    if not key.isalpha():
        return generic.convert_word(word, "mn", mongolian=True)
    best = _segment(key)
    if best is None:
        return generic.convert_word(word, "mn", mongolian=True)
    return match_case(word, best)


def _segment(key: str) -> str | None:
    """Cover ``key`` with name elements, a genitive ending, and rule-spelled runs (fewest letters by rule)."""
    parts = name_parts()
    n = len(key)
    # best[i] = (letters spelled by rule, pieces, output)
    best: list[tuple[int, int, str] | None] = [None] * (n + 1)
    best[0] = (0, 0, "")
    for start in range(n):
        current = best[start]
        if current is None:
            continue
        unknown, pieces, text = current
        for end in range(start + 1, n + 1):
            piece = key[start:end]
            candidates: list[tuple[int, int, str]] = []
            if piece in parts:
                candidates.append((unknown, pieces + 1, text + parts[piece]))
            if end == n and start > 0:
                for ending, cyrillic in _GENITIVES:
                    if piece == ending and _genitive_fits(text, ending):
                        candidates.append((unknown, pieces + 1, _genitive(text, cyrillic)))
            if end - start <= 12:
                spelled = generic.convert_word(piece, "mn", mongolian=True)
                candidates.append((unknown + len(piece), pieces + 1, text + spelled))
            for candidate in candidates:
                known = best[end]
                if known is None or candidate[:2] < known[:2]:
                    best[end] = candidate
    found = best[n]
    if found is None or found[0] == n:
        return None
    return found[2]


def _genitive_fits(text: str, ending: str) -> bool:
    if not text:
        return False
    last = text[-1]
    if ending == "n":
        return last in "йаэоуүөи"  # Luvsannamsrai-n → Лувсаннамсрайн
    if ending == "giin":
        return text.endswith(("аа", "ээ", "оо", "уу", "үү", "өө", "иа", "ай"))  # Ukhnaa-giin
    if ending in ("iin", "in"):
        return last not in "аэоуүөий"
    return True


def _genitive(text: str, cyrillic: str) -> str:
    if cyrillic == "ийн" and text.endswith("э"):
        text = text[:-1]  # Дашзэгвэ → Дашзэгвийн
    if cyrillic == "ын" and text.endswith(("а", "о")) and not text.endswith(("аа", "оо")):
        text = text[:-1]
    return text + cyrillic


def to_mongolian(text: str) -> str:
    """Every Latin word of ``text`` in Mongolian Cyrillic (full form, order kept)."""
    return LATIN_WORD.sub(lambda match: word_to_mongolian(match.group(0)), text)


def for_language(text: str, lang: str) -> str:
    """The full Cyrillic form for ``lang``: Mongolian letters in mn, without ү/ө in ru and kk."""
    mongolian = to_mongolian(text)
    return mongolian if lang == "mn" else mongolian.translate(_DROP_MONGOLIAN_LETTERS)


def press_short_form(text: str) -> str | None:
    """"Luvsannamsrain Oyun-Erdene" or "L. Oyun-Erdene" → "Л.Оюун-Эрдэнэ"; None when unclear.

    The patronymic is the word with a genitive ending (-iin, -yn, -giin, -ain); a capitalised
    word (KHURELSUKH Ukhnaa, as president.mn writes) is the given name; with neither sign the
    English order is assumed (given name, then patronymic).
    """
    stripped = " ".join(text.split())
    initial = _INITIAL.match(stripped)
    if initial and initial.group(2) and " " not in initial.group(2):
        letter = word_to_mongolian(initial.group(1))
        return f"{letter[:1].upper()}.{_capital(to_mongolian(initial.group(2)))}"
    words = stripped.split(" ")
    if len(words) != 2:
        return None
    first, second = words
    if _GENITIVE_WORD.search(first) and not _GENITIVE_WORD.search(second):
        patronymic, given = first, second
    elif _GENITIVE_WORD.search(second) and not _GENITIVE_WORD.search(first):
        patronymic, given = second, first
    else:
        given, patronymic = _given_first(first, second)
    letter = word_to_mongolian(patronymic)[:1].upper()
    return f"{letter}.{_capital(to_mongolian(given))}"


def _given_first(first: str, second: str) -> tuple[str, str]:
    """Given name and patronymic of a name with no genitive: the capitalised word (KHURELSUKH Ukhnaa, as
    president.mn writes) is the given name, else the English order (given name, then patronymic)."""
    return (second, first) if second.isupper() and not first.isupper() else (first, second)


def initialled_form(text: str, lang: str) -> str | None:
    """"Enkhbat Damdin" in ru and kk: «Д. Энхбат» / «Д.Энхбат», the patronymic as its initial, as the Russian
    MFA and the Kazakh press name Mongolians (a father's name read as a surname would decline «Дамдина»).
    Only a name in the English order with no genitive patronymic: "Gombojavyn Zandanshatar" keeps its full
    form («Гомбожавын Занданшатар»); None when unclear."""
    words = " ".join(text.split()).split(" ")
    if len(words) != 2 or any(_GENITIVE_WORD.search(word) or "." in word for word in words):
        return None
    given, patronymic = _given_first(*words)
    separator = ". " if lang == "ru" else "."
    return f"{for_language(patronymic, lang)[:1].upper()}{separator}{_capital(for_language(given, lang))}"


def _capital(word: str) -> str:
    """Mongolian press capitalisation of a given name: Хүрэлсүх, Оюун-Эрдэнэ (not ХҮРЭЛСҮХ)."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
