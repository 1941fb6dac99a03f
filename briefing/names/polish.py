"""Polish names → Cyrillic by the Russian practical transcription of Polish.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском тексте»
(1985), the Polish table, as the Russian press applies them (Анджей Дуда, Матеуш Моравецкий,
Радослав Сикорский, Збигнев Рау, Кшиштоф, Пшемыслав, Томаш Гродзкий):

* sz ш, cz ч, szcz щ, ż and rz ж (rz after p, t, k, ch is ш: Przemysław → Пшемыслав, Krzysztof →
  Кшиштоф; drz is дж: Andrzej → Анджей), dż дж, ch and h х, c ц, dz дз, w в, ł л, ó у, y ы;
* i before a vowel softens the consonant and iotates the vowel (ia я, ie е, io ё, iu ю: Zbigniew →
  Збигнев, Morawiecki → Моравецкий); j with a vowel is one iotated letter (ja я, je е, ju ю), else й;
* l is soft (la ля, lo лё, lu лю; ль before a consonant or at the end), except the -sław of names
  written without ł (Radoslaw → Радослав); ń ś ź ć are нь сь зь ць, and ni si zi ci before a vowel
  iotate it like i; y is и after sz, cz, rz, ż (Szymon → Шимон);
* ą ę are он ен (ом ем before b, p); e opens a word as э;
* surnames in -ski, -cki, -dzki take the Russian adjectival ending (-ский, -цкий, -дзкий), the
  feminine -ska, -cka the ending -ская, -цкая (Sikorski → Сикорский).

Kazakh writes Polish names as Russian does; Mongolian too, with ж for дж, as its press writes other
foreign names. Every result is a candidate for review.
"""

from __future__ import annotations

import re

from briefing.names._text import by_pieces, fold, match_case, mongolian_j, sub_words

SYSTEM = "polish"

_POLISH_LETTERS = re.compile(r"[ąęłńśźżćĄĘŁŃŚŹŻĆ]")
_POLISH_ENDINGS = re.compile(r"(?:ski|cki|dzki|ska|cka|dzka|wicz|czyk|szek|czak)$")
_POLISH_DIGRAPHS = re.compile(r"sz|cz|rz(?=[aeouyąęó])|w(?=[aeioułrnk]|$)")
# given names the Polish press spells without diacritics as often as with them
_GIVEN_NAMES = frozenset("""
tomasz andrzej mateusz zbigniew radoslaw jaroslaw krzysztof przemyslaw wojciech szymon jacek marek piotr
pawel witold malgorzata agnieszka katarzyna grzegorz slawomir miroslaw boguslaw zdzislaw wieslaw stanislaw
wladyslaw czeslaw lukasz jerzy bronislaw janusz kazimierz dariusz ryszard waldemar zygmunt elzbieta michal rafal
""".split())

_VOWELS = frozenset("aąeęioóuy")
_PLAIN = {"a": "а", "e": "е", "i": "и", "o": "о", "ó": "у", "u": "у", "y": "ы"}
_IOTATED = {"a": "я", "e": "е", "i": "и", "o": "ё", "ó": "ю", "u": "ю", "ą": "ён", "ę": "ен"}
_SOFTENED = {"n": "н", "s": "с", "z": "з", "c": "ц", "ń": "н", "ś": "с", "ź": "з", "ć": "ц", "dz": "дз"}
_GROUPS = (("szcz", "щ"), ("dż", "дж"), ("dź", "дзь"), ("sz", "ш"), ("cz", "ч"), ("ch", "х"), ("dz", "дз"))
_LETTERS = {
    "b": "б", "c": "ц", "d": "д", "f": "ф", "g": "г", "h": "х", "k": "к", "ł": "л", "m": "м", "n": "н",
    "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "v": "в", "w": "в", "x": "кс", "z": "з", "ż": "ж",
    "ń": "нь", "ś": "сь", "ź": "зь", "ć": "ць",
}
_ADJECTIVAL = (("dzki", "дзкий"), ("cki", "цкий"), ("ski", "ский"), ("dzka", "дзкая"), ("cka", "цкая"), ("ska", "ская"))


def is_polish(text: str) -> bool:
    """Whether a name looks Polish: a Polish letter, a Polish given name, or a Polish surname ending beside
    a Polish digraph in the name (Kaczyński, Tomasz Grodzki, Radoslaw Sikorski)."""
    if _POLISH_LETTERS.search(text):
        return True
    words = [fold(word) for word in re.findall(r"[A-Za-z]+", text)]
    if any(word in _GIVEN_NAMES for word in words):
        return True
    return any(_POLISH_ENDINGS.search(word) for word in words) and any(_POLISH_DIGRAPHS.search(word) for word in words)


def transliterate(text: str, lang: str = "ru") -> str:
    """The Cyrillic of a Polish name: the Russian form, which Kazakh writes too; Mongolian writes дж as ж."""
    result = sub_words(text, _word)
    return mongolian_j(result) if lang == "mn" else result


# given names whose ł an English copy writes as l, which would read soft («Михаль»): Michał, Paweł, Rafał, Łukasz
_LOST_STROKE = {"michal": "михал", "pawel": "павел", "rafal": "рафал", "lukasz": "лукаш", "wladyslaw": "владислав",
                "wlodzimierz": "влодзимеж", "boleslaw": "болеслав", "mikolaj": "миколай", "jozef": "юзеф"}


def _word(word: str) -> str:
    low = word.lower()
    if low in _LOST_STROKE:
        return match_case(word, _LOST_STROKE[low])
    ending = next(((latin, cyrillic) for latin, cyrillic in _ADJECTIVAL if low.endswith(latin) and len(low) > len(latin) + 1),
                  None)
    stem = low[:-len(ending[0])] if ending else low
    return match_case(word, by_pieces(stem, _piece) + (ending[1] if ending else ""))


def _piece(low: str, i: int) -> tuple[str, int]:
    rest, before = low[i:], low[i - 1] if i else ""
    if not rest[0].isalpha():
        return rest[0], 1
    if rest.startswith("rz"):
        return ("ш" if before in ("p", "t", "k", "h") else "ж"), 2  # Przemysław, Krzysztof; Rzeczpospolita
    if rest.startswith("drz"):
        return "дж", 3  # Andrzej → Анджей
    for latin, cyrillic in _GROUPS:
        if rest.startswith(latin):
            return _softened(low, i, latin, cyrillic)
    letter = rest[0]
    if letter in "ąę":
        nasal = "о" if letter == "ą" else "е"
        return nasal + ("м" if rest[1:2] in ("b", "p") else "н"), 1
    if letter in _PLAIN:
        if letter == "e" and (not before or before in _VOWELS):
            return "э", 1  # Edward → Эдвард
        if letter == "y" and (low[max(0, i - 2):i] in ("sz", "cz", "rz") or before == "ż"):
            return "и", 1  # Russian writes и after ш ч ж: Krzysztof → Кшиштоф, Szymon → Шимон
        return _PLAIN[letter], 1
    if letter == "j":
        after = rest[1:2]
        if after in _IOTATED and after != "i":
            return _IOTATED[after], 2  # Jarosław, Jerzy, Julia
        return "й", 1
    if letter == "l":
        if rest == "law":
            return "лав", 3  # -sław written without its ł: Radoslaw → Радослав
        after = rest[1:2]
        if after in _IOTATED and after not in ("i", "e"):
            return "л" + _IOTATED[after], 2  # la ля, lo лё, lu лю
        if after in ("i", "e"):
            return "л", 1  # li ли, le ле
        return "ль", 1
    if letter in _SOFTENED or letter in "bdfgkmprtw":
        return _softened(low, i, letter, _LETTERS.get(letter, letter))
    return _LETTERS.get(letter, letter), 1


def _softened(low: str, i: int, latin: str, cyrillic: str) -> tuple[str, int]:
    """A consonant before i + vowel softens and the vowel is iotated (nia ня, wie ве, cie це); before a
    plain i it stays with и (ni ни)."""
    after = i + len(latin)
    if low[after:after + 1] == "i" and low[after + 1:after + 2] in _IOTATED and low[after + 1:after + 2] != "i":
        vowel = low[after + 1]
        hard = cyrillic.removesuffix("ь")
        return hard + _IOTATED[vowel], len(latin) + 2
    return cyrillic, len(latin)
