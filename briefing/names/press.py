"""The Mongolian press form of a foreign person's name: initials of the given names + surname.

Montsame and the state sites write every person, foreign ones too, as the initial of the given
name and the surname: «ОХУ-ын Ерөнхийлөгч В.Путин», «К.Токаев», «Э.Рахмон», «Х.Фидан»; a Turkish
double given name keeps both initials («Р.Т.Эрдоган»). A Russian-style patronymic is no given name
and is dropped: «С.Е.Черемин» (Sergey Evgenyevich) is «С.Черемин» in Mongolian (language review
2025-12, findings N11). One rule for every source of the Cyrillic form, termbase cell or
transliteration, so that one document never mixes «Владимир Путин» with «В.Володин».

Left whole: Chinese, Japanese, Korean and Vietnamese names (surname first, no initials: «Ши Жиньпин»), Arabic
names (chains of names and particles: «Мохаммед бин Салман»), a Persian name with a particle, and
Mongolian names, which have their own short form (:func:`briefing.names.mongolian.press_short_form`).
A Persian name of given names and a surname is shortened like the others: «М.А.Гани» for Mohammad Ashraf
Ghani (the Mongolian translator's review, rev19).
"""

from __future__ import annotations

import re

from briefing.names._text import RUSSIAN_PATTERN_SURNAME_ENDINGS, TURKIC_PATRONYMIC_WORDS

# (Malay and Indonesian names have no family name: «Анвар Ибрахим», «Жоко Видодо», whole as the others)
WHOLE_NAME_ORIGINS = frozenset({"zh", "ja", "ko", "vi", "ar", "mn", "ms"})
# and, by country, Cambodian names (family name first: «Хун Сен») and Myanmar and Maldivian ones (no family name:
# «Абдулла Ямин Абдул Гаюм», never «А.Я.А.Гаюм», the Mongolian translator's review s30); Ethiopian and Eritrean
# names are a given name and the father's, no family name to shorten to («Алемаеху Тегену», never «А.Тегену», the
# Mongolian translator's review of fresh89)
WHOLE_NAME_COUNTRIES = frozenset({"KH", "MM", "MV", "ET", "ER"})
_PARTICLE = re.compile(r"(?:^|\s)(?:бен|бин|ибн|бинт|Абу|Аль|аль-|ас-|ад-|ар-|ат-|аз-|ан-|аш-|эд-|эль-)", re.IGNORECASE)
# origins whose double given name the press keeps whole in initials: «Р.Т.Эрдоган», «М.А.Гани» (rev19); a Western
# middle name is dropped: «Ж.Велла» for George William Vella (review s31)
ALL_INITIALS_ORIGINS = frozenset({"tr", "az", "fa"})
# origins whose middle name is a patronymic (Sergey Evgenyevich, Kassym-Jomart Kemelevich): one initial only
PATRONYMIC_ORIGINS = frozenset({"ru", "uk", "kk", "ky", "uz", "tk"})
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ұлы|қызы|улы|кызы|оглы|кизи)$", re.IGNORECASE)
_INITIALS = re.compile(r"^((?:[А-ЯЁӨҮӘІҢҒҚҰҺ]\.\s*)+)(.+)$")
_SPACE_AFTER_INITIAL = re.compile(r"(?<=^[А-ЯЁӨҮӘІҢҒҚҰҺ])\.\s+")
_TAJIK_SURNAME_ENDINGS = ("зода", "заде")
_PATRONYMIC_WORDS = TURKIC_PATRONYMIC_WORDS | {"кизи"}  # and the Uzbek «кизи» a name may keep
# second given names of Spanish compound names («Хуан Карлос Варела» is Х.Варела, not a surname «Карлос Варела»)
_SPANISH_SECOND_GIVEN = frozenset("Карлос Луис Хосе Пабло Антонио Мария Анхель Мигель Альберто Мануэль Хавьер Франсиско "
                                  "Андрес Рамон Хуан Эдуардо Фернандо Энрике Габриэль Игнасио Фелипе Хесус Рауль "
                                  "Рикардо Хорхе Даниэль Серхио Рафаэль Альфредо Висенте Мартин Родриго Энрике "
                                  # women's: «Мария Анхела Ольгин» is М.А.Ольгин (the Mongolian reviewer of fresh83)
                                  "Анхела Исабель Луиса Элена Тереса Антония Фернанда Лусия Кристина Виктория София "
                                  "Паула Эухения Патрисия Марта Роса Кармен Габриэла Алехандра Даниэла".split())
_RULERS_TITLES = frozenset({"хаан", "хан", "хатан", "богд"})  # «Чингис хаан», «Өгөдэй хаан»


def mongolian_press_form(name: str, origin: str) -> str:
    """``name`` (Cyrillic, given names first) as the Mongolian press writes it; unchanged when unsure."""
    text = " ".join(name.split())
    if origin in WHOLE_NAME_ORIGINS or not text or (origin == "fa" and _PARTICLE.search(text)):
        return _SPACE_AFTER_INITIAL.sub(".", name)  # «С. Субраманиам»: the press sets no space after an initial
    initials, rest = _split_initials(text)
    words = rest.split(" ")
    if words[-1] in _RULERS_TITLES:
        return name  # «Чингис хаан»: a ruler's name and title (in lower case: «Билал Хан» is a surname, «Б.Хан»)

    if not initials and len(words) >= 2 and words[0].lower().endswith(_TAJIK_SURNAME_ENDINGS):
        # Tajik official order, surname first: «Каримзода Сади Гафор» is С.Каримзода, «Имомзода Мухаммадюсуф
        # Сайдали» М.Имомзода (the third word is the father's name; review 37)
        return f"{words[1][:1].upper()}.{words[0]}"
    if not initials and len(words) == 3 and _PATRONYMIC.search(words[2]) and words[0].lower().endswith(RUSSIAN_PATTERN_SURNAME_ENDINGS):
        # the official order, surname first: «Хожаев Жамшид Абдухакимович» is Ж.Хожаев, never Х.Абдухакимович (the
        # Mongolian translator's review of session 19)
        return f"{words[1][:1].upper()}.{words[0]}"
    surname_at = next((i for i, word in enumerate(words) if i and word[:1].islower()), len(words) - 1)
    if origin == "es" and len(words) == 3 and not initials and words[1] not in _SPANISH_SECOND_GIVEN:
        surname_at = 1  # a Spanish name's two surnames, father's and mother's: «М.Кастильо Фернандес» (review s31)
    if origin == "es" and len(words) == 4 and not initials and words[1] in _SPANISH_SECOND_GIVEN:
        surname_at = 2  # two given names and two surnames: «Л.Ф.Каррера Кастро» (the Mongolian reviewer of fresh89)
    if surname_at == len(words) - 1 and len(words) >= 3 and words[-1].lower() in _PATRONYMIC_WORDS:
        surname_at -= 1  # «Нурланбек Тургунбек уулу»: the father's name and «уулу» make the surname, «Н.Тургунбек уулу»
    given, surname = words[:surname_at], " ".join(words[surname_at:])
    if not surname[:1].isupper() and not surname[:1].islower():
        return name
    letters = initials + [word[:1].upper() for word in given if not _PATRONYMIC.search(word)]
    if not letters:
        return name  # a surname alone («Путин») stays as it is
    if origin in PATRONYMIC_ORIGINS or origin not in ALL_INITIALS_ORIGINS:
        letters = letters[:1]  # «Ж.Велла» for George William Vella, «Ж.Байден» (the Mongolian translator of review s31)
    return "".join(f"{letter}." for letter in letters) + surname


def _split_initials(text: str) -> tuple[list[str], str]:
    """«С.Е.Черемин» → (["С", "Е"], "Черемин"); «Сергей Собянин» → ([], "Сергей Собянин")."""
    match = _INITIALS.match(text)
    if not match:
        return [], text
    return [letter for letter in re.split(r"[.\s]+", match.group(1)) if letter], match.group(2).strip()
