"""Korean → Cyrillic: the Kontsevich system (from Hangul or from a romanization).

Tables from the published Kontsevich system: ru.wikipedia.org «Система Концевича» (mirrored at
http://nado.znate.ru/Система_Концевича and, with the same tables, uk.wikipedia.org «Система
Концевича») and the Korean Wikipedia «콘체비치 체계» (ko.m.wikipedia.org), which gives the
medial-consonant table used in :func:`_junction`:

* initials ㄱ к, ㄲ кк, ㄴ н, ㄷ т, ㄸ тт, ㄹ р, ㅁ м, ㅂ п, ㅃ пп, ㅅ с, ㅆ сс, ㅈ ч, ㅉ чч, ㅊ чх, ㅋ кх,
  ㅌ тх, ㅍ пх, ㅎ х; ㄱ ㄷ ㅂ ㅈ are г д б дж between vowels or after ㄴ ㅁ ㅇ ㄹ;
* finals ㄱ к, ㄴ н, ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ т, ㄹ ль, ㅁ м, ㅂ п, ㅇ н (нъ before a vowel);
* vowels ㅏ а, ㅓ о, ㅗ о, ㅜ у, ㅡ ы, ㅣ и, ㅐ э, ㅔ е, ㅚ ве, ㅟ ви, ㅑ я, ㅕ ё, ㅛ ё, ㅠ ю, ㅒ йя,
  ㅖ йе (е after a consonant), ㅘ ва, ㅙ вэ, ㅝ во, ㅞ ве, ㅢ ый (и after a consonant).

Personal names are written as the Russian press and MID write them: every syllable a word of
its own, voicing carried across the whole name (김부겸 → Ким Бу Гём, 반기문 → Пан Ги Мун), a
voiced ㅈ written чж (문재인 → Мун Чжэ Ин, 김대중 → Ким Дэ Чжун; «Нам Чжин Гу» in the MID practice
summarised at m.livejournal.com/read/user/bomparam/87383), common surnames in their
traditional form (이/Lee → Ли, 박/Park → Пак). Place names are one word with the full medial
table (부산 → Пусан, 광주 → Кванджу); exonyms (Сеул, Пхеньян) come from ``data/exonyms.csv``.

Romanized input (Revised Romanization, McCune–Reischauer without breves, and the usual
personal spellings: oo = u, ee = i, Suk = 석, Jung/Sung = 정/성, Hyun/Kyung/Myung = 현/경/명)
is read back into Hangul jamo first; personal spellings are ambiguous (Suk may be 숙), so the
result is a candidate like every transliteration.

Mongolian press variant (``mongolian=True``): ль → л, чж/дж → ж, and a given name's ㅈ is ж even where Russian
writes ч («Пак Жин», the form the Mongolian reader of review 44 asked for): «Юн Сок Ёл» (ub.life/p/250404-c5qpei,
gnn.mn), «Ким Ён Хён» (imedee.mn/n/72365); the press also writes «Юн Сог Ёл» (polit.mn) and
«Юн Сок Ёол» (undesten.mn). The Kazakh press follows the Russian forms.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.names._text import CYRILLIC_VOWELS as _CYRILLIC_VOWELS
from briefing.names._text import capitalize, fold, read_table

SYSTEM = "kontsevich"
SYSTEM_MN = "korean-mn"

Syllable = tuple[str, str, str]  # initial jamo (ㅇ for none), vowel jamo, final jamo ("" for none)

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

INITIAL = {
    "ㄱ": "к", "ㄲ": "кк", "ㄴ": "н", "ㄷ": "т", "ㄸ": "тт", "ㄹ": "р", "ㅁ": "м", "ㅂ": "п", "ㅃ": "пп", "ㅅ": "с",
    "ㅆ": "сс", "ㅇ": "", "ㅈ": "ч", "ㅉ": "чч", "ㅊ": "чх", "ㅋ": "кх", "ㅌ": "тх", "ㅍ": "пх", "ㅎ": "х",
}
VOICED = {"ㄱ": "г", "ㄷ": "д", "ㅂ": "б", "ㅈ": "дж", "ㄹ": "р"}
VOWEL = {
    "ㅏ": "а", "ㅐ": "э", "ㅑ": "я", "ㅒ": "йя", "ㅓ": "о", "ㅔ": "е", "ㅕ": "ё", "ㅖ": "йе", "ㅗ": "о", "ㅘ": "ва",
    "ㅙ": "вэ", "ㅚ": "ве", "ㅛ": "ё", "ㅜ": "у", "ㅝ": "во", "ㅞ": "ве", "ㅟ": "ви", "ㅠ": "ю", "ㅡ": "ы", "ㅢ": "ый", "ㅣ": "и",
}
AFTER_CONSONANT = {"ㅖ": "е", "ㅢ": "и", "ㅒ": "я"}
# A final's class: the column of the medial-consonant table.
FINAL_CLASS = {
    "ㄱ": "к", "ㄲ": "к", "ㅋ": "к", "ㄳ": "к", "ㄺ": "к", "ㄴ": "н", "ㄵ": "н", "ㄶ": "н", "ㄷ": "т", "ㅅ": "т",
    "ㅆ": "т", "ㅈ": "т", "ㅊ": "т", "ㅌ": "т", "ㅎ": "т", "ㄹ": "ль", "ㄼ": "ль", "ㄽ": "ль", "ㄾ": "ль", "ㅀ": "ль",
    "ㅁ": "м", "ㄻ": "м", "ㅂ": "п", "ㅍ": "п", "ㄿ": "п", "ㅄ": "п", "ㅇ": "нъ",
}
_SONORANT = frozenset({"н", "нъ", "м", "ль"})
# ko.wikipedia «콘체비치 체계», 중간 자음 표기: (final class, initial) → Cyrillic for both.
# ㄹ + ㄷ/ㅅ/ㅈ is written without the doubled consonant of the table (울산 → Ульсан, as the press does).
_TABLE = {
    ("н", "ㄴ"): "нн", ("нъ", "ㄴ"): "нн", ("м", "ㄴ"): "мн", ("ль", "ㄴ"): "лл", ("к", "ㄴ"): "нн", ("п", "ㄴ"): "мн",
    ("н", "ㄹ"): "лл", ("нъ", "ㄹ"): "нн", ("м", "ㄹ"): "мн", ("ль", "ㄹ"): "лл", ("к", "ㄹ"): "нн", ("п", "ㄹ"): "мн",
    ("к", "ㅁ"): "нм", ("п", "ㅁ"): "мм",
    ("к", "ㄱ"): "кк", ("п", "ㅂ"): "пп",
    ("ль", "ㅎ"): "рх",
}


def hangul_syllables(text: str) -> list[Syllable]:
    """Decompose precomposed Hangul (가–힣) into jamo triples."""
    out: list[Syllable] = []
    for char in text:
        code = ord(char) - 0xAC00
        if 0 <= code < 11172:
            out.append((_INITIALS[code // 588], _VOWELS[(code % 588) // 28], _FINALS[code % 28]))
    return out


def compose(syllable: Syllable) -> str:
    initial, vowel, final = syllable
    return chr(0xAC00 + (_INITIALS.index(initial) * 21 + _VOWELS.index(vowel)) * 28 + _FINALS.index(final))


def _initial(previous: Syllable | None, syllable: Syllable, *, person: bool) -> tuple[str, str]:
    """(the previous syllable's final as written, this syllable's onset as written)."""
    initial = syllable[0]
    if previous is None:
        return "", INITIAL[initial]
    final = previous[2]
    if not final:
        onset = VOICED.get(initial, INITIAL[initial])
        return "", ("чж" if person and onset == "дж" else onset)
    klass = FINAL_CLASS[final]
    if person:  # names: syllables stay apart; only voicing crosses them
        onset = VOICED.get(initial, INITIAL[initial]) if klass in _SONORANT else INITIAL[initial]
        return klass.replace("нъ", "н"), ("чж" if onset == "дж" else onset)
    if (klass, initial) in _TABLE:
        both = _TABLE[(klass, initial)]
        return both[:-1], both[-1]
    if initial == "ㅇ":  # liaison: the final opens the next syllable
        return {"н": "н", "нъ": "нъ", "м": "м", "ль": "р", "к": "г", "п": "б", "т": "д"}[klass], ""
    if klass in _SONORANT:
        return klass.replace("нъ", "н"), VOICED.get(initial, INITIAL[initial]) if initial != "ㄹ" else "р"
    return klass, INITIAL[initial]


def _vowel(syllable: Syllable, onset: str) -> str:
    vowel = syllable[1]
    if onset and vowel in AFTER_CONSONANT:
        return AFTER_CONSONANT[vowel]
    return VOWEL[vowel]


def render(syllables: list[Syllable], *, person: bool, surname: str | None = None) -> list[str]:
    """Cyrillic for each syllable (lower case); a place comes back as one word.

    ``surname`` replaces the first syllable by its traditional form (Ли, Пак); its final still
    voices the next onset as the table says.
    """
    out: list[str] = []
    previous: Syllable | None = None
    for index, syllable in enumerate(syllables):
        final_written, onset = _initial(previous, syllable, person=person)
        body = onset + _vowel(syllable, onset)
        if final_written == "нъ" and body[:1] not in _CYRILLIC_VOWELS:
            final_written = "н"  # 강원 → Канвон: ъ only before a vowel letter
        if out and not (index == 1 and surname):
            out[-1] = out[-1] + final_written
        out.append(surname if index == 0 and surname else body)
        previous = syllable
    if previous is not None and previous[2] and not (len(syllables) == 1 and surname):
        out[-1] = out[-1] + FINAL_CLASS[previous[2]].replace("нъ", "н")
    return out if person else ["".join(out)]


# ---------------------------------------------------------------- romanized input

_INITIAL_SPELLINGS = (
    ("tch", "ㅉ"), ("kk", "ㄲ"), ("gg", "ㄲ"), ("tt", "ㄸ"), ("dd", "ㄸ"), ("pp", "ㅃ"), ("bb", "ㅃ"), ("ss", "ㅆ"),
    ("jj", "ㅉ"), ("ch", "ㅊ"), ("sh", "ㅅ"), ("g", "ㄱ"), ("k", "ㄱ"), ("n", "ㄴ"), ("d", "ㄷ"), ("t", "ㅌ"),
    ("r", "ㄹ"), ("l", "ㄹ"), ("m", "ㅁ"), ("b", "ㅂ"), ("p", "ㅍ"), ("s", "ㅅ"), ("j", "ㅈ"), ("h", "ㅎ"), ("", "ㅇ"),
)
_VOWEL_SPELLINGS = (
    ("yeo", "ㅕ"), ("yae", "ㅒ"), ("wae", "ㅙ"), ("weo", "ㅝ"), ("eui", "ㅢ"), ("you", "ㅕ"), ("yoo", "ㅠ"), ("woo", "ㅜ"),
    ("eo", "ㅓ"), ("eu", "ㅡ"), ("ae", "ㅐ"), ("ai", "ㅐ"), ("ya", "ㅑ"), ("ye", "ㅖ"), ("yo", "ㅛ"), ("yu", "ㅠ"),
    ("wa", "ㅘ"), ("wo", "ㅝ"), ("we", "ㅞ"), ("wi", "ㅟ"), ("oe", "ㅚ"), ("oi", "ㅚ"), ("ui", "ㅢ"), ("oo", "ㅜ"),
    ("ee", "ㅣ"), ("a", "ㅏ"), ("e", "ㅔ"), ("i", "ㅣ"), ("o", "ㅗ"), ("u", "ㅜ"),
)
_FINAL_SPELLINGS = (
    ("ng", "ㅇ"), ("ck", "ㄱ"), ("k", "ㄱ"), ("g", "ㄱ"), ("n", "ㄴ"), ("l", "ㄹ"), ("r", "ㄹ"), ("m", "ㅁ"), ("p", "ㅂ"),
    ("b", "ㅂ"), ("t", "ㅅ"), ("", ""),
)


def _syllable_at(text: str, start: int) -> list[tuple[int, Syllable, bool]]:
    """Every way a romanized syllable can start at ``start``: (end, syllable, had an onset)."""
    options: list[tuple[int, Syllable, bool]] = []
    for initial_spelling, initial in _INITIAL_SPELLINGS:
        if not text.startswith(initial_spelling, start):
            continue
        at = start + len(initial_spelling)
        for vowel_spelling, vowel in _VOWEL_SPELLINGS:
            if not text.startswith(vowel_spelling, at):
                continue
            after_vowel = at + len(vowel_spelling)
            if text.startswith("h", after_vowel) and after_vowel + 1 == len(text) and vowel_spelling in ("u", "o"):
                after_vowel += 1  # Suh, Oh, Noh, Roh: a silent h
                vowel = "ㅓ" if vowel_spelling == "u" else vowel
            for final_spelling, final in _FINAL_SPELLINGS:
                if final_spelling and not text.startswith(final_spelling, after_vowel):
                    continue
                end = after_vowel + len(final_spelling)
                options.append((end, _personal((initial, vowel, final), initial_spelling, vowel_spelling), bool(initial_spelling)))
    return options


def _personal(syllable: Syllable, initial_spelling: str, vowel_spelling: str) -> Syllable:
    """Personal spellings: Jung/Chung/Sung = 정/정/성, Suk/Duk = 석/덕, Hyun/Kyung/Myung/Kyum = 현/경/명/겸, yul = 열."""
    initial, vowel, final = syllable
    if vowel_spelling == "yu" and final == "ㄹ":
        return (initial, "ㅕ", final)  # Tae-yul, Suk-yul = 열
    if not initial_spelling:
        return syllable
    if vowel_spelling == "u" and (final == "ㅇ" or (final == "ㄱ" and initial in "ㅅㄷ")):
        return ("ㅈ" if initial_spelling == "ch" else initial, "ㅓ", final)  # Chung = 정
    if vowel_spelling == "yu" and final == "ㄴ" and initial in "ㄱㄲ":
        return syllable  # Sye-kyun = 세균 (정세균 → Чон Се Гюн): a kyun is 균, the hyun of Hyun is 현
    if vowel_spelling == "yu" and final in ("ㄴ", "ㅇ", "ㄱ", "ㅁ"):
        return (initial, "ㅕ", final)
    return syllable


def read_romanized(word: str) -> list[Syllable] | None:
    """A romanized Korean word (no spaces) as jamo syllables, or None when it cannot be Korean.

    Fewest syllables first; among equals, the reading whose later syllables begin with a
    consonant or a glide (Busan → 부산, not 붓안), then the one that keeps ng together
    (Changwon → 창원, not 찬권).
    """
    text = fold(word)
    if not text.isalpha():
        return None
    if text.startswith("wh"):
        text = "hw" + text[2:]  # "Kyung-wha" (강경화): an old personal spelling of hwa (화)
    n = len(text)
    best: list[tuple[tuple[int, int, int], list[Syllable]] | None] = [None] * (n + 1)
    best[0] = ((0, 0, 0), [])
    for start in range(n):
        current = best[start]
        if current is None:
            continue
        (count, bare, split_ng), parts = current
        for end, syllable, _onset in _syllable_at(text, start):
            score = (
                count + 1,
                bare + (1 if parts and text[start] in "aeiou" else 0),
                split_ng + (1 if parts and parts[-1][2] == "ㄴ" and text[start] == "g" else 0),
            )
            known = best[end]
            if known is None or score < known[0]:
                best[end] = (score, [*parts, syllable])
    found = best[n]
    return found[1] if found else None


@cache
def surnames() -> dict[str, tuple[Syllable, str]]:
    """Romanized surname → (Hangul syllable, traditional Cyrillic form) from ``data/korean_surnames.csv``."""
    table: dict[str, tuple[Syllable, str]] = {}
    for row in read_table("korean_surnames.csv"):
        syllable = hangul_syllables(row["hangul"])[0]
        for spelling in row["latin"].split("|"):
            table[spelling.strip()] = (syllable, row["ru"].strip())
    return table


def is_korean_word(word: str) -> bool:
    return read_romanized(word) is not None


def transliterate_person(text: str, *, mongolian: bool = False) -> str | None:
    """A Korean personal name in Latin or Hangul; every syllable a word (Юн Сок Ёль)."""
    words = [w for w in text.replace("-", " ").split() if w]
    if not words:
        return None
    syllables: list[Syllable] = []
    surname_form: str | None = None
    caps: list[bool] = []
    for index, word in enumerate(words):
        if any("\uac00" <= c <= "\ud7a3" for c in word):
            found = hangul_syllables(word)
        elif index == 0 and fold(word) in surnames():
            syllable, surname_form = surnames()[fold(word)]
            found = [syllable]
        else:
            read = read_romanized(word)
            if read is None:
                return None
            found = read
        syllables.extend(found)
        caps.extend([len(word) > 1 and word.isupper()] * len(found))
    parts = render(syllables, person=True, surname=surname_form)
    if mongolian:  # a given name's ㅈ is ж however it opens ("Park Jin" «Пак Жин»); the surname keeps its form
        parts = [_mongolian(part) for part in parts]
        parts = [parts[0], *(re.sub(r"^ч(?!х)", "ж", part, flags=re.I) for part in parts[1:])]
    return " ".join(part.upper() if cap else capitalize(part) for part, cap in zip(parts, caps, strict=True))


def transliterate_place(text: str, *, mongolian: bool = False) -> str | None:
    """A Korean place name: each word one Cyrillic word (Пусан, Кванджу)."""
    out: list[str] = []
    for word in text.split():
        syllables = hangul_syllables(word) if any("\uac00" <= c <= "\ud7a3" for c in word) else read_romanized(word)
        if not syllables:
            return None
        rendered = render(syllables, person=False)[0]
        out.append(capitalize(_mongolian(rendered) if mongolian else rendered))
    return " ".join(out) if out else None


def _mongolian(part: str) -> str:
    part = part.replace("чж", "ж").replace("дж", "ж")
    return part[:-2] + "л" if part.endswith("ль") else part
