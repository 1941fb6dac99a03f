"""Chinese (Hanyu Pinyin) → Cyrillic: the Palladius system, and the Mongolian press variant.

The syllable table ``data/palladius.csv`` (411 pinyin syllables → Russian Cyrillic) follows
the published Palladius tables: ru.wikipedia.org «Система Палладия» (table «Перевод пиньиня в
систему Палладия», also at https://studfile.net/preview/3067621) and the Orthodox Church in
China's "Pinyin — Pallady System" table (https://orthodox.cn/localchurch/pinyin-pallad_en.htm).
Where those tables list two forms the one used for names in the modern press is kept:
duo → до (not дуо), hui → хуэй, jue → цзюэ.

Rules beyond the table: a pinyin word is cut into syllables (an apostrophe forces a cut,
Xi'an → Сиань); an н from -ng before a vowel-initial syllable takes ъ (Chang'an → Чанъань);
the syllables of a given name are written together (Jinping → Цзиньпин). Exonyms such as
Пекин (Beijing) or Харбин are not rules: they come from ``data/exonyms.csv``.

Kazakh press writes Chinese names as Russian does (Си Цзиньпин, Тяньцзинь: baq.kz 2025-08-31).
Mongolian press has its own letters (:func:`to_cyrillic` with ``mongolian=True``):
j, zh → ж; q → ч; x → ш; z → з; r → р, e.g. «Ши Жиньпин» (sonin.mn/news/culture/122935,
assa.mn/a/65329), «Ли Чян», «Ван И» (vip76.mn/content/84469), «Чинь Ган» (polit.mn/a/99978),
«Чэнь Жэнгао», «Шэньян», «Ляонин» (news.mn/r/160354), «Чай Вэньруй» (ugluu.mn/424192.html),
«Жян Жяньгүө», «Шин Хаймин» (hlbrdaily.com.cn). The Mongolian press is not uniform (also «Си
Зиньпин» at trends.mn, «Ли Көчян» for Li Keqiang, «Ху Жинтао» without ь): the rules give the
most frequent form.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from briefing.names._text import APOSTROPHES, match_case, read_pairs

SYSTEM = "palladius"
SYSTEM_MN = "chinese-mn"

# The hundred-odd most common Chinese surnames in pinyin (en.wikipedia.org "List of common
# Chinese surnames"): one of them first or last is what makes a pinyin-shaped name Chinese.
COMMON_SURNAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye
    yan lu du dai xia zhong fu shen ren yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin
    shi gu hou shao meng long wan duan lei qian tang yin yi chang qiao lai gong wen xi qi niu fan fang
    bi geng zhan nie ji ning ou mu shu pang ke an bao lan chai che che ai zuo xing gan mi su cheng
    weng hong zhai zhuo chu wei xin ying zang gui""".split()
)
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
_MONGOLIAN_INITIALS = {"j": ("цз", "ж"), "zh": ("чж", "ж"), "q": ("ц", "ч"), "x": ("с", "ш"), "z": ("цз", "з"), "r": ("ж", "р")}


@cache
def syllables() -> dict[str, str]:
    """Pinyin syllable → Russian Palladius form (``data/palladius.csv``)."""
    return read_pairs("palladius.csv", "pinyin", "ru")


@cache
def _cyrillic_syllables() -> frozenset[str]:
    return frozenset(form.lower() for form in syllables().values() if form)


def reads_as_palladius(word: str) -> bool:
    """Whether a Cyrillic word splits into Palladius syllables: «Цзиньпин» does, «Субири» and «Мигель» do not."""
    word = word.lower().replace("-", "")
    table = _cyrillic_syllables()
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(reachable[start] and word[start:end] in table for start in range(max(0, end - 6), end))
    return reachable[-1]


def _plain(word: str) -> str:
    """Lower case without tone marks; ü (also written v) stays ü."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("v", "ü"))
    kept = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f") or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


def segment(word: str) -> list[str] | None:
    """Cut a pinyin word into syllables, or None when it is not pinyin.

    Fewest syllables wins; among equals, the cut with fewer vowel-initial syllables inside the
    word (pinyin writes an apostrophe before those: Xi'an, so plain "xian" is one syllable).
    """
    table = syllables()
    best: list[tuple[tuple[int, int], list[str]] | None] = []
    for chunk in _plain(word).translate({ord(a): "'" for a in APOSTROPHES}).split("'"):
        if not chunk:
            return None
        found = _segment_chunk(chunk, table)
        if found is None:
            return None
        best.append((found[0], found[1]))
    return [syllable for item in best if item for syllable in item[1]]


def _segment_chunk(chunk: str, table: dict[str, str]) -> tuple[tuple[int, int], list[str]] | None:
    n = len(chunk)
    best: list[tuple[tuple[int, int], list[str]] | None] = [None] * (n + 1)
    best[0] = ((0, 0), [])
    for end in range(1, n + 1):
        for start in range(max(0, end - 6), end):
            previous = best[start]
            piece = chunk[start:end]
            if previous is None or piece not in table:
                continue
            (count, vowels), parts = previous
            score = (count + 1, vowels + (1 if start and piece[0] in "aeo" else 0))
            current = best[end]
            if current is None or score < current[0]:
                best[end] = (score, [*parts, piece])
    return best[n]


def initial_of(syllable: str) -> str:
    return next((i for i in _INITIALS if syllable.startswith(i) and syllable != i), "")


def to_cyrillic(word: str, *, mongolian: bool = False) -> str | None:
    """One pinyin word in Cyrillic (capitalization kept), or None when it is not pinyin."""
    parts = segment(word)
    if not parts:
        return None
    table = syllables()
    out = ""
    for syllable in parts:
        cyrillic = table[syllable]
        if mongolian:
            initial = initial_of(syllable)
            if initial in _MONGOLIAN_INITIALS:
                russian, mongol = _MONGOLIAN_INITIALS[initial]
                cyrillic = mongol + cyrillic[len(russian):]
        elif out.endswith("н") and cyrillic[0] in "аоэ":
            out += "ъ"  # Chang'an → Чанъань
        out += cyrillic
    return match_case(word, out)


def is_pinyin(word: str) -> bool:
    return segment(word) is not None


def transliterate(text: str, *, mongolian: bool = False) -> str | None:
    """Every word of a Chinese name by Palladius (or the Mongolian press letters); None if any word is not pinyin."""
    from briefing.names._text import convert_every_word

    return convert_every_word(text, lambda word: to_cyrillic(word, mongolian=mongolian))
