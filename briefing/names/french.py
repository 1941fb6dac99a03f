"""French names → Cyrillic by the Russian practical transcription of French.

The rules are those of Гиляревский and Старостин, «Иностранные имена и названия в русском
тексте» (1985), the French table, as the Russian press applies them (Макрон, Ле Мэр, Барро):
French is written as it sounds, so letters that are not pronounced are dropped and groups of
letters give one sound:

* a final e, and final s, t, d, z, p, g are silent (Dupont → Дюпон, Arnaud → Арно; Latin -us is read,
  Fabius → Фабиус; x only after a vowel group: Giroux → Жиру, Castex → Кастекс); a final -er
  or -ez is е (Mouiller → Муйе), -ier is ье (Olivier → Оливье), -ie is и (Nathalie → Натали);
* ou у, oi уа, au and eau о, ai and ei е, eu ё, u ю (Julien → Жюльен), é è ê е, y и; e at the
  start of a word or after a vowel э (Emmanuel → Эммануэль);
* a vowel before n or m that ends a syllable is nasal and keeps the n: an, en ан (Laurent →
  Лоран), in, ain, ein ен (Martin → Мартен), on он, un ен;
* ch ш, j and g before e, i, y ж, gu before e, i г, gn нь, qu к, c before e, i, y с, ç с, ph ф,
  th т, h silent, s between vowels з, ill after a vowel й (Mouiller → Муйе), ien ьен, l before a
  consonant or at the end ль (Michel → Мишель), chr кр, a doubled consonant doubled (Barrot → Барро,
  Colonna → Колонна) except before another consonant (Delattre → Делатр).

Frequent given names, whose Russian form the rules cannot all reach, come from a table (Philippe
→ Филипп). Kazakh writes French names as Russian does (Akorda «Эммануэль Макрон»); Mongolian
follows its own spelling of the soft sign and of e (president.mn «Эммануэл Макрон»). Every result
is a candidate for review.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.names._text import by_pieces, match_case, sub_words

SYSTEM = "french"

# Given names with an established Russian form (Гиляревский–Старостин; the Russian press).
GIVEN_NAMES = {
    "philippe": "Филипп", "julien": "Жюльен", "nathalie": "Натали", "emmanuel": "Эммануэль", "jean": "Жан",
    "françois": "Франсуа", "francois": "Франсуа", "pierre": "Пьер", "jacques": "Жак", "marie": "Мари",
    "michel": "Мишель", "nicolas": "Николя", "catherine": "Катрин", "dominique": "Доминик",
    "christophe": "Кристоф", "sébastien": "Себастьен", "sebastien": "Себастьен", "laurent": "Лоран",
    "olivier": "Оливье", "gérard": "Жерар", "gerard": "Жерар", "bruno": "Бруно", "stéphane": "Стефан",
    "stephane": "Стефан", "noël": "Ноэль", "noel": "Ноэль", "yves": "Ив", "françoise": "Франсуаза",
    "francoise": "Франсуаза", "isabelle": "Изабель", "sophie": "Софи", "claire": "Клер", "anne": "Анн",
    "hélène": "Элен", "helene": "Элен", "valérie": "Валери", "valerie": "Валери", "sylvie": "Сильви",
    "élisabeth": "Элизабет", "elisabeth": "Элизабет", "édouard": "Эдуар", "edouard": "Эдуар",
    "gabriel": "Габриэль", "louis": "Луи", "paul": "Поль", "henri": "Анри", "thierry": "Тьерри",
    "patrick": "Патрик", "alain": "Ален", "éric": "Эрик", "eric": "Эрик", "marc": "Марк", "rémi": "Реми",
    "remi": "Реми", "benoît": "Бенуа", "benoit": "Бенуа", "guillaume": "Гийом", "vincent": "Венсан",
    "antoine": "Антуан", "thomas": "Тома", "mathieu": "Матьё", "matthieu": "Матьё", "jérôme": "Жером",
    "jerome": "Жером", "gilles": "Жиль", "pascal": "Паскаль", "frédéric": "Фредерик",
    "frederic": "Фредерик", "ségolène": "Сеголен", "segolene": "Сеголен", "agnès": "Аньес", "agnes": "Аньес",
    "brigitte": "Брижит", "marine": "Марин", "manuel": "Мануэль", "jean-yves": "Жан-Ив",
    "jean-noël": "Жан-Ноэль", "jean-noel": "Жан-Ноэль", "jean-marc": "Жан-Марк", "jean-pierre": "Жан-Пьер",
    "jean-luc": "Жан-Люк", "jean-claude": "Жан-Клод", "jean-louis": "Жан-Луи", "jean-paul": "Жан-Поль",
    "marie-claire": "Мари-Клер", "anne-marie": "Анн-Мари", "cécile": "Сесиль", "cecile": "Сесиль",
    "émilie": "Эмили", "emilie": "Эмили", "caroline": "Каролин", "florence": "Флоранс", "julie": "Жюли",
    "christian": "Кристиан", "roch": "Рок", "alpha": "Альфа", "alphonse": "Альфонс", "albert": "Альбер",
}
# How a text shows a French name when the person's country does not: a given name only French
# uses (not Paul, Thomas or Marie, which English has too), or letters English and Turkish lack.
_FRENCH_GIVEN = frozenset({
    "philippe", "julien", "nathalie", "jean", "françois", "francois", "pierre", "jacques", "christophe",
    "sébastien", "sebastien", "laurent", "olivier", "gérard", "gerard", "stéphane", "stephane", "yves",
    "françoise", "francoise", "hélène", "helene", "valérie", "sylvie", "édouard", "edouard", "henri", "thierry",
    "alain", "rémi", "benoît", "benoit", "guillaume", "antoine", "mathieu", "matthieu", "jérôme", "jerome",
    "gilles", "frédéric", "frederic", "ségolène", "segolene", "agnès", "cécile", "émilie", "élisabeth",
})
_FRENCH_LETTERS = re.compile(r"[éèêëàôœï]")

_VOWELS = frozenset("aeiouyéèêëàâîïôûœ")
# Groups of letters, longest first, with what they give before anything else is read.
_GROUPS = (
    ("eaux", "о"), ("eau", "о"), ("aux", "о"), ("oux", "у"), ("eux", "ё"), ("au", "о"), ("ou", "у"), ("oi", "уа"),
    ("oya", "уая"), ("oy", "уа"),
    ("ai", "е"), ("ei", "е"), ("eu", "ё"), ("œu", "ё"), ("ch", "ш"), ("ph", "ф"), ("th", "т"), ("gn", "нь"),
    ("qu", "к"), ("gu", "г"),
)
_LETTERS = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "", "i": "и", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "ю", "v": "в",
    "w": "в", "x": "кс", "y": "и", "z": "з", "é": "е", "è": "е", "ê": "е", "ë": "е", "à": "а", "â": "а",
    "î": "и", "ï": "и", "ô": "о", "û": "ю", "ç": "с", "œ": "е",
}
_NASAL = {"an": "ан", "am": "ам", "en": "ан", "em": "ам", "in": "ен", "im": "ен", "ain": "ен", "ein": "ен",
          "on": "он", "om": "ом", "un": "ен", "um": "ен", "yn": "ен", "ym": "ен"}


def is_french(text: str) -> bool:
    """Whether the name looks French: a given name of the table, or French letters or endings."""
    words = [word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if len(words) < 2:
        return False
    if words[0] in _FRENCH_GIVEN or words[0].split("-")[0] in _FRENCH_GIVEN:  # "Jean-Yves", "François-Philippe"
        return True
    return bool(_FRENCH_LETTERS.search(text)) and not re.search(r"[şğıəöü]", text.lower())


def transliterate(text: str, lang: str = "ru") -> str:
    """The Cyrillic of a French name: the Russian form, which Kazakh writes too; Mongolian spelling drops
    the soft sign after л and writes a final е after a vowel as э (president.mn «Эммануэл Макрон»;
    parliament.mn «Филипп Мүйэ»)."""
    converted = sub_words(text, _word)
    if lang == "mn":
        converted = re.sub(r"ль\b|ль(?=[бвгджзклмнпрстфхцчшщ])", "л", converted)
        converted = re.sub(r"(?<=[аеиоуыэюяй])е\b", "э", converted)
    return converted


def _word(word: str) -> str:
    low = word.lower()
    given = GIVEN_NAMES.get(low)
    if given:
        return match_case(word, given.lower()) if not word.istitle() else given
    if low in ("le", "la", "de", "du", "des"):
        return match_case(word, {"le": "ле", "la": "ла", "de": "де", "du": "дю", "des": "де"}[low])
    return match_case(word, "-".join(_part(part) for part in low.split("-")))


def _part(low: str) -> str:
    return _soft_l(by_pieces(_silent_ending(low), _next))


def _silent_ending(low: str) -> str:
    """Mark the final letters French does not pronounce: they are dropped before reading."""
    for ending, kept in (("ier", "ié"), ("ez", "é"), ("er", "é"), ("et", "é")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + kept
    if low.endswith("ie") and len(low) > 3:
        return low[:-1]
    stripped = low
    if stripped.endswith("us"):
        return stripped  # Latin -us is read: Fabius → Фабиус
    while len(stripped) > 2 and stripped[-1] in "stdzpg" and stripped[-2] not in "stdzpg":
        stripped = stripped[:-1]
        if stripped.endswith(("er", "e")):  # "Paupert": -er before the silent t is ер, not е
            break
    if len(stripped) > 2 and stripped.endswith("e") and not stripped.endswith(("ée", "ie")):
        stripped = stripped[:-1]  # the mute final e
    return stripped


def _next(low: str, i: int) -> tuple[str, int]:
    rest = low[i:]
    before = low[i - 1] if i else ""
    if rest.startswith("ill") and before in _VOWELS:
        return "й", 3  # Mouiller → Муйе
    if rest.startswith("ien") and before and before not in _VOWELS:
        return "ьен", 3  # Julien → Жюльен
    if rest.startswith("ié") and before and before not in _VOWELS:
        return "ье", 2  # Olivier → Оливье
    if rest.startswith("chr"):
        return "кр", 3  # Christian → Кристиан
    if rest.startswith("lle") and rest[3:4] and rest[3] not in _VOWELS:
        return "ль", 3  # the mute e of Villepin → Вильпен
    nasal = next((key for key in sorted(_NASAL, key=len, reverse=True) if rest.startswith(key)), None)
    if nasal is not None:
        after = rest[len(nasal):len(nasal) + 1]
        if not after or (after not in _VOWELS and after not in "nm"):
            return _NASAL[nasal], len(nasal)
    for group, cyrillic in _GROUPS:
        if rest.startswith(group):
            if group == "gu" and rest[2:3] not in ("e", "i", "y", "é", "è"):
                break
            return cyrillic, len(group)
    char = low[i]
    after = rest[1:2]
    if rest.startswith("ay") and rest[2:3] not in _VOWELS:
        return "ай", 2  # Bayrou → Байру
    if char == "y" and not before and after in "aeéou":
        return {"a": "я", "e": "е", "é": "е", "o": "йо", "u": "ю"}[after], 2  # Yaël → Яэль
    if char == after and char not in _VOWELS:
        # doubled between vowels stays doubled (Barrot → Барро, Colonna → Колонна), else once (Delattre → Делатр)
        doubled = rest[2:3] in _VOWELS or not rest[2:3]
        return _LETTERS.get(char, char) * (2 if doubled else 1), 2
    if char == "c" and after in ("e", "i", "y", "é", "è", "ê"):
        return "с", 1
    if char == "g" and after in ("e", "i", "y", "é", "è", "ê"):
        return "ж", 1
    if char == "s" and before in _VOWELS and after in _VOWELS:
        return "з", 1
    if char in "eéèêë" and (not before or before in _VOWELS):
        return "э", 1  # Emmanuel → Эммануэль
    if char == "u" and before in ("", *_VOWELS):
        return "у", 1
    if char in _LETTERS:
        return _LETTERS[char], 1
    base = unicodedata.normalize("NFKD", char)[0]
    return _LETTERS.get(base, base), 1


def _soft_l(cyrillic: str) -> str:
    """l before a consonant or at the end of a word is soft: Michel → Мишель, Delphine → Дельфин."""
    return re.sub(r"л(?=[бвгджзкмнпрстфхцчшщ]|$)", "ль", cyrillic)
