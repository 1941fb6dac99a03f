"""Turkish, Azerbaijani, Uzbek and Turkmen names from their Latin alphabets (and English spellings).

Letters: en.wikipedia.org "Turkish alphabet", "Azerbaijani alphabet", "Uzbek alphabet",
"Turkmen alphabet"; Russian forms as the Russian Wikipedia titles the people (Реджеп Тайип
Эрдоган, Мевлют Чавушоглу, Ильхам Алиев, Джейхун Байрамов, Шавкат Мирзиёев); Kazakh forms as
kk.wikipedia.org writes them (Режеп Тайип Ердоған, Ильхам Әлиев).
"""

from __future__ import annotations

import pytest

from briefing.names import transliterate_name


@pytest.mark.parametrize(
    ("latin", "country", "cyrillic"),
    [
        ("Recep Tayyip Erdoğan", None, "Реджеп Тайип Эрдоган"),
        ("Recep Tayyip Erdogan", "TR", "Реджеп Тайип Эрдоган"),
        ("Mevlüt Çavuşoğlu", None, "Мевлют Чавушоглу"),
        ("Hakan Fidan", "TR", "Хакан Фидан"),
        ("Binali Yıldırım", None, "Бинали Йылдырым"),
        ("Numan Kurtulmuş", None, "Нуман Куртулмуш"),
        ("Cevdet Yılmaz", None, "Джевдет Йылмаз"),
        ("Kemal Kılıçdaroğlu", None, "Кемаль Кылычдароглу"),
        ("Abdullah Gül", "TR", "Абдуллах Гюль"),
        ("Ahmet Davutoğlu", None, "Ахмет Давутоглу"),
        ("İlham Əliyev", None, "Ильхам Алиев"),
        ("Ilham Aliyev", "AZ", "Ильхам Алиев"),
        ("Ceyhun Bayramov", "AZ", "Джейхун Байрамов"),
        ("Jeyhun Bayramov", "AZ", "Джейхун Байрамов"),
        ("Mehriban Əliyeva", None, "Мехрибан Алиева"),
        ("Heydər Əliyev", None, "Гейдар Алиев"),
        # Azerbaijani q before a vowel is г, at the end к: «Тахир Будагов» (azernews.az "Tahir Budagov", the Russian
        # reader of review s21), «Тофик» as the Russian press writes Tofiq
        ("Tahir Budaqov", "AZ", "Тахир Будагов"),
        ("Tofiq Sadıqov", "AZ", "Тофик Садыгов"),
        ("Şavkat Mirziyoyev", "UZ", "Шавкат Мирзиёев"),
        ("Shavkat Mirziyoyev", "UZ", "Шавкат Мирзиёев"),
        ("Baxtiyor Saidov", "UZ", "Бахтиёр Саидов"),
        ("Abdulla Aripov", "UZ", "Абдулла Арипов"),
        ("Jamshid Khodjaev", "UZ", "Джамшид Ходжаев"),
        ("Oʻzbekiston", None, "Узбекистон"),
        ("Serdar Berdimuhamedow", "TM", "Сердар Бердимухамедов"),
        ("Raşit Meredow", "TM", "Рашит Мередов"),
    ],
)
def test_russian(latin: str, country: str | None, cyrillic: str) -> None:
    result = transliterate_name(latin, "ru", country=country)
    assert (result.text, result.system) == (cyrillic, "turkic")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Recep Tayyip Erdoğan", "Режеп Тайип Ердоған"),
        ("İlham Əliyev", "Ильхам Әлиев"),
        ("Mevlüt Çavuşoğlu", "Мевлүт Чавушоғлу"),
        ("Gʻafur", "Ғафур"),
    ],
)
def test_kazakh_letters(latin: str, cyrillic: str) -> None:
    assert transliterate_name(latin, "kk", country=None if "ʻ" not in latin else "UZ").text == cyrillic


@pytest.mark.parametrize(
    ("latin", "country", "lang", "cyrillic"),
    [
        # a closing l after a back vowel stays hard (az.sputniknews.ru 2021 «Эркана Озорала»)
        ("Erkan Özoral", "TR", "ru", "Эркан Озорал"),
        ("Erkan Özoral", "TR", "kk", "Еркан Өзорал"),
        ("Erkan Özoral", "TR", "mn", "Эркан Өзорал"),
        ("Erdal Aksoy", "TR", "ru", "Эрдал Аксой"),
        # after a front vowel it is soft in Russian; Kazakh and Mongolian ү already mark it
        ("Abdullah Gül", "TR", "ru", "Абдуллах Гюль"),
        ("Abdullah Gül", "TR", "kk", "Абдуллах Гүл"),
        ("Abdullah Gül", "TR", "mn", "Абдуллах Гүл"),
        ("Kemal Aydın", "TR", "ru", "Кемаль Айдын"),
        # Mongolian ö/ü → ө/ү (zms.mn/a/93187 «Мевлүт Чавушолу»)
        ("Mevlüt Çavuşoğlu", None, "mn", "Мевлүт Чавушоглу"),
        # traditional forms: Ибрагим (mk-turkey.ru 2023 «Ибрагима Калына»), Хазар (apa.az "Khazar Ibrahim")
        ("Hazar İbrahim", "AZ", "ru", "Хазар Ибрагим"),
        ("Hazar Ibrahim", "AZ", "kk", "Хазар Ибрагим"),
        ("Hazar Ibrahim", "AZ", "mn", "Хазар Ибрахим"),
        ("İbrahim Kalın", None, "ru", "Ибрагим Калын"),
        ("Heydər Əliyev", None, "mn", "Гейдар Алиев"),
    ],
)
def test_closing_l_and_traditional_forms(latin: str, country: str | None, lang: str, cyrillic: str) -> None:
    assert transliterate_name(latin, lang, country=country).text == cyrillic


def test_erdogan_written_without_its_g_breve_is_kazakh_erdogan_with_gh():
    from briefing.transliterate import transliterate_name

    # Akorda: «Режеп Тайып Ердоған» (a Kazakh reader's review, 2026-11-28)
    assert transliterate_name("Mehmet Erdogan", "kk", country="TR").text == "Мехмет Ердоған"
    assert transliterate_name("Mehmet Erdogan", "ru", country="TR").text == "Мехмет Эрдоган"
