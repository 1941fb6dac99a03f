"""Origin detection: the person's country first, else the shape of the name (briefing/names/origin.py)."""

from __future__ import annotations

import pytest

from briefing.names import detect_origin


@pytest.mark.parametrize(
    ("name", "origin"),
    [
        ("Xi Jinping", "zh"),
        ("Wang Yi", "zh"),
        ("Han Zheng", "zh"),
        ("Guangzhou", "zh"),
        ("Fumio Kishida", "ja"),
        ("Yasutoshi Nishimura", "ja"),
        ("Naruhito", "ja"),
        ("Kishida", "ja"),
        ("Park Jin", "ko"),
        ("Moon Jae-in", "ko"),
        ("Lee Jae-myung", "ko"),
        ("Ban Ki-moon", "ko"),
        ("Han Duck-soo", "ko"),
        ("윤석열", "ko"),
        ("Ukhnaagiin Khurelsukh", "mn"),
        ("Khurelsukh", "mn"),
        ("L. Oyun-Erdene", "mn"),
        ("Gombojavyn", "mn"),
        ("Nurlan", "kk"),
        ("Yerlan Koshanov", "kk"),
        ("Erlan", "kk"),  # pinyin-shaped (er-lan) but nothing only pinyin has
        ("Dmitry Peskov", "ru"),
        ("Fyodor Dostoevsky", "ru"),
        ("Volodymyr Zelenskyy", "uk"),
        ("Sheikh Mohamed bin Zayed Al Nahyan", "ar"),
        ("Abdel Fattah el-Sisi", "ar"),
        ("Ayman Safadi", "ar"),
        ("Recep Tayyip Erdoğan", "tr"),
        ("İlham Əliyev", "az"),
        ("Oʻzbekiston", "uz"),
        ("Maria", "ru"),  # not pinyin ma-ri-a, not Hepburn: a known given name
        ("Emmanuel Macron", "other"),
        ("Olaf Scholz", "de"),  # a surname in Sch- is German by its shape
    ],
)
def test_shape(name: str, origin: str) -> None:
    assert detect_origin(name) == origin


@pytest.mark.parametrize(
    ("name", "country", "origin"),
    [
        ("Li", "CN", "zh"),
        ("Li", "KZ", "kk"),  # a Kazakh citizen named Li is not transliterated as Chinese
        ("Suga", "JP", "ja"),
        ("Kim", "KR", "ko"),
        ("Kim", "KP", "ko"),
        ("Recep Tayyip Erdogan", "TR", "tr"),
        ("Ilham Aliyev", "AZ", "az"),
        ("Shavkat Mirziyoyev", "UZ", "uz"),
        ("Sadyr Japarov", "KG", "ky"),
        ("Abbas Araghchi", "IR", "fa"),
        ("Emmanuel Macron", "FR", "fr"),
        ("Olaf Scholz", "DE", "de"),  # the German transcription
        ("Ivan Ivanov", "ru", "ru"),  # lower-case codes are accepted
    ],
)
def test_country_first(name: str, country: str, origin: str) -> None:
    assert detect_origin(name, country) == origin


@pytest.mark.parametrize(
    ("name", "origin"),
    [
        # English and Urdu spellings double e and o too: not Mongolian without kh or ts
        ("Naveed Qamar", "other"),
        ("Moeed Yusuf", "other"),
        ("Tariq Mahmood", "other"),
        ("Tseveen Enkhee", "mn"),
        ("Oyunbileg Tsogtbaatar", "mn"),
        # Kyrgyz long vowels with a Turkic element, or the patronymic word uulu / kyzy
        ("Sooronbay Jeenbekov", "ky"),
        ("Almazbek Soodonbaev", "ky"),
        ("Tsoodol Otgonbayar", "mn"),  # oo beside ts; -bayar is Mongolian
        ("Nurlanbek Turgunbek uulu", "ky"),
        # the Mongolian press's initial glued to the name; not before a Central Asian surname
        ("D.Demberel", "mn"),
        ("Ts.Tsolmon", "mn"),
        ("N.Ismoilov", "kk"),  # a Central Asian surname: the country, when known, says which
        ("Ye.Koshanov", "kk"),
    ],
)
def test_doubled_vowels_and_glued_initials(name: str, origin: str) -> None:
    assert detect_origin(name) == origin


def test_a_known_country_outside_the_systems_is_never_read_as_kazakh_or_mongolian() -> None:
    assert detect_origin("Meenakshi Lekhi") == "mn"  # the shape alone: a double e
    assert detect_origin("Meenakshi Lekhi", "IN") == "sa"  # South Asian: the generic reading, j as дж
    assert detect_origin("Tipu Munshi", "BD") == "sa"  # never Japanese for its syllables (review 35: mn «Чипу»)
    assert detect_origin("Li Wei", "US") == "zh"  # other origins still come from the shape
