"""Vietnamese names → Cyrillic by the Russian practical transcription of Vietnamese.

The rules are those of the Russian tradition (Гиляревский and Старостин, «Иностранные имена и названия в
русском тексте», the Vietnamese table), as the Russian press and the Russian MFA apply them: Нгуен Суан Фук,
Фам Минь Тьинь, Во Ван Тхыонг, Чан Дай Куанг, То Лам, Ле Тхи Тху Ханг. Each written word is one syllable:

* tone marks are dropped; the letters ă â ê ô ơ ư đ keep their own values;
* initials: ch ть, d and gi з, đ д, g and gh г, kh кх, ng and ngh нг, nh нь, ph ф, qu ку, r з, s ш, th тх,
  tr ч, x с, the others as in Latin (b б, c and k к, h х, l л, m м, n н, t т, v в);
* vowels: a ă â а, e е (э opening a word), ê е, i y и, o ô ơ о, u у, ư ы; the vowel groups iê yê ьe
  (Việt → Вьет), uyê уе (Nguyễn → Нгуен), ươ ыо (Trương → Чыонг), uô уо, oa оа, uâ уа, ia ия;
  i y after a vowel is й (ai ай), o u after a vowel о у (ao ао, au ау);
* finals: c к, ch ть, ng нг, nh нь, m м, n н, p п, t т.

Sources: «премьер-министр Фам Минь Тьинь» (VNA's Russian service, ru.vietnamplus.vn, post16806); «Нгуен Фу
Чонга», «Фам Тхи Тхань Ча», «Нгуен Хоа Бинь», «Чан Хонг Ха» (Kazinform citing TASS, inform.kz, 2025-10-25). TASS
writes ch as ч («Фам Минь Чинь»), VNA as ть: this module follows VNA; the review mark lets staff choose.

Kazakh and Mongolian write Vietnamese names after Russian. Every result is a candidate for review.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.names._text import LETTER_WORD, match_case

SYSTEM = "vietnamese"

# letters only Vietnamese uses among the Latin alphabets a briefing meets (ơ ư ă đ and tone marks under vowels)
_VIETNAMESE_LETTERS = re.compile("[ơưăđƠƯĂĐạảẹẻẽịỉọỏụủỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự"
                                 "ẠẢẸẺẼỊỈỌỎỤỦỴỶỸẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook above, dot below

_INITIALS = (("ngh", "нг"), ("ng", "нг"), ("nh", "нь"), ("ch", "ть"), ("gh", "г"), ("gi", "з"), ("kh", "кх"),
             ("ph", "ф"), ("qu", "ку"), ("th", "тх"), ("tr", "ч"), ("b", "б"), ("c", "к"), ("d", "з"), ("đ", "д"),
             ("g", "г"), ("h", "х"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"), ("r", "з"),
             ("s", "ш"), ("t", "т"), ("v", "в"), ("x", "с"))
_FINALS = (("ng", "нг"), ("nh", "нь"), ("ch", "ть"), ("c", "к"), ("m", "м"), ("n", "н"), ("p", "п"), ("t", "т"))
_GROUPS = (("uyê", "уе"), ("uye", "уе"), ("uê", "уэ"), ("iê", "ье"), ("yê", "ье"), ("ie", "ье"), ("ươ", "ыо"), ("uô", "уо"), ("oa", "оа"), ("oă", "оа"),
           ("oe", "оэ"), ("uâ", "уа"), ("uy", "уи"), ("ưa", "ыа"), ("ua", "уа"), ("ia", "ия"))
_VOWELS = {"a": "а", "ă": "а", "â": "а", "e": "е", "ê": "е", "i": "и", "y": "и", "o": "о", "ô": "о", "ơ": "о",
           "u": "у", "ư": "ы"}
_GLIDES = {"i": "й", "y": "й", "o": "о", "u": "у"}


def is_vietnamese(text: str) -> bool:
    """Whether a name is written with Vietnamese letters (Lê Thị Thu Hằng, Phạm Minh Chính)."""
    return bool(_VIETNAMESE_LETTERS.search(text))


# family names Vietnamese news in English writes without marks ("Nguyen Phu Trong", "Vo Van Thuong")
_FAMILY_NAMES = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly vuong trinh dinh "
                          "truong doan luong quach".split())
_ONE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")


def looks_vietnamese(words: list[str]) -> bool:
    """A name without marks in the Vietnamese shape: a family name, then one-syllable words, three or more in all
    (Nguyen Phu Trong, Vo Van Thuong, Pham Minh Chinh); Nguyen alone tells it in two."""
    keys = [word.lower() for word in words]
    if len(keys) < 2 or keys[0] not in _FAMILY_NAMES or not all(_ONE_SYLLABLE.fullmatch(key) for key in keys):
        return False
    return len(keys) >= 3 or keys[0] == "nguyen"


def transliterate(text: str) -> str:
    """The Cyrillic form of every Latin word of ``text``, one syllable a word; a name written without marks reads
    its letters as Vietnamese names most often have them."""
    marks_free = not is_vietnamese(text)
    return LETTER_WORD.sub(lambda match: _word(_with_usual_letters(match.group(0)) if marks_free else match.group(0)), text)


# a d without its bar opens few names (Dung, Dương, Duy); Đỗ, Đặng, Đinh, Đình, Đức, Đào, Đoàn are many
_PLAIN_D_WORDS = frozenset({"dung", "duong", "duy", "dieu", "du"})


def _with_usual_letters(word: str) -> str:
    """'Thuong' is Thương, 'Dinh' Đình, 'Hue' Huệ: the letters English copies drop, as names most often have them
    (VNA's Russian service: Во Ван Тхыонг, Выонг Динь Хюэ, Нгуен Фу Чонг)."""
    low = word.lower()
    restored = re.sub(r"uo(?=ng|n|c|t|i)", "ươ", low)
    restored = re.sub(r"(?<=[hx])ue$", "uê", restored)
    if restored.startswith("d") and low not in _PLAIN_D_WORDS:
        restored = "đ" + restored[1:]
    return word if restored == low else match_case(word, restored)


def _without_tones(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


def _word(word: str) -> str:
    syllable = _without_tones(word).lower()
    initial, rest = "", syllable
    for latin, cyrillic in _INITIALS:
        if syllable.startswith(latin) and len(syllable) > len(latin):
            initial, rest = cyrillic, syllable[len(latin):]
            break
    if initial == "з" and syllable.startswith("gi") and rest.startswith("a"):
        rest = "я" + rest[1:]  # "Giang" → Зянг
    final = ""
    for latin, cyrillic in _FINALS:
        if rest.endswith(latin) and len(rest) > len(latin):
            final, rest = cyrillic, rest[: -len(latin)]
            break
    # Huệ, Huế: «Хюэ», as the city and the name are written in Russian
    nucleus = "юэ" if initial == "х" and rest == "uê" else _nucleus(rest, opens_word=not initial)
    return match_case(word, initial + nucleus + final)


def _nucleus(vowels: str, opens_word: bool) -> str:
    for latin, cyrillic in _GROUPS:
        if vowels.startswith(latin):
            return cyrillic + _glide(vowels[len(latin):])
    if not vowels:
        return ""
    first = _VOWELS.get(vowels[0], vowels[0])
    if opens_word and vowels[0] == "e":
        first = "э"
    return first + _glide(vowels[1:])


def _glide(rest: str) -> str:
    return "".join(_GLIDES.get(letter, _VOWELS.get(letter, letter)) for letter in rest)
